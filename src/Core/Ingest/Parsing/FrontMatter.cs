using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>The YAML block between the first two <c>---</c> lines of a TubeGraph note.</summary>
internal sealed record FrontMatter(string? Title, string? VideoId, int BodyLineIndex)
{
    public static bool StartsWithFrontMatter(string text, IReadOnlyList<SourceLine> lines) =>
        lines.Count > 0 && IsFence(text, lines[0]);

    /// <summary>Reads the front matter; throws <see cref="InvalidInputException"/> naming the line when it is not closed or not YAML.</summary>
    public static FrontMatter Read(string text, IReadOnlyList<SourceLine> lines)
    {
        var close = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(text, lines[i]))
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            throw new InvalidInputException("front matter opened with '---' on line 1 is never closed by a second '---' line", 1);
        }

        var yamlStart = lines[0].End < text.Length ? lines[1].Start : lines[0].End;
        var yaml = text[yamlStart..lines[close].Start];
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet counts lines from 1 within the block, which starts on the note's second line.
            var line = (int)Math.Min(int.MaxValue, e.Start.Line + 1);
            throw new InvalidInputException($"front matter is not valid YAML: {FirstLine(e.Message)}", Math.Clamp(line, 2, lines[close].Number));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on a flow collection left open at the end.
            var line = UnclosedFlowLine(text, lines, close) ?? 2;
            throw new InvalidInputException("front matter is not valid YAML: a '[' or '{' is never closed", line);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatter(null, null, close + 1);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new InvalidInputException("front matter must be a YAML mapping of fields such as 'title' and 'videoId'", 2);
        }

        return new FrontMatter(ScalarField(mapping, "title"), ScalarField(mapping, "videoId"), close + 1);
    }

    private static string? ScalarField(YamlMappingNode mapping, string name)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } keyText } && keyText.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                if (value is not YamlScalarNode scalar)
                {
                    throw new InvalidInputException($"front matter field '{name}' must be a single value, not a list or mapping", (int)value.Start.Line + 1);
                }

                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }
        }

        return null;
    }

    private static bool IsFence(string text, SourceLine line)
    {
        var content = text.AsSpan(line.Start, line.Length).TrimEnd();
        if (line.Number == 1 && content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        return content is "---";
    }

    private static int? UnclosedFlowLine(string text, IReadOnlyList<SourceLine> lines, int close)
    {
        for (var i = 1; i < close; i++)
        {
            var content = text.AsSpan(lines[i].Start, lines[i].Length);
            var depth = 0;
            foreach (var c in content)
            {
                depth += c switch
                {
                    '[' or '{' => 1,
                    ']' or '}' => -1,
                    _ => 0,
                };
            }

            if (depth > 0)
            {
                return lines[i].Number;
            }
        }

        return null;
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline];
    }
}
