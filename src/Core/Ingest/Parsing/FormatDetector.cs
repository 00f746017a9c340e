using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>Tells the three note families apart from their text alone; anything unrecognised is plain text.</summary>
public static class FormatDetector
{
    private const int HeaderLinesToInspect = 12;

    public static NoteFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text, SourceLine.Split(text));
    }

    internal static NoteFormat Detect(string text, IReadOnlyList<SourceLine> lines)
    {
        if (FrontMatter.StartsWithFrontMatter(text, lines))
        {
            return NoteFormat.TubeGraphMarkdown;
        }

        for (var i = 0; i < Math.Min(lines.Count, HeaderLinesToInspect); i++)
        {
            if (text.AsSpan(lines[i].Start, lines[i].Length).TrimStart().StartsWith("From: [[", StringComparison.OrdinalIgnoreCase))
            {
                return NoteFormat.TubeGraphMarkdown;
            }
        }

        // A saved web page keeps the article on one very long line; its URL glued to the first word or the
        // directory's byline tells it from a plain brief that merely has long paragraphs.
        var body = NewsletterDumpParser.BodyLineIndex(text, lines);
        if (body >= 0)
        {
            var line = lines[body];
            var start = line.Start + (line.Length - text.AsSpan(line.Start, line.Length).TrimStart().Length);
            if (NewsletterDumpParser.GluedUrlEnd(text, start, line.End) > start || NewsletterDumpParser.HasByline(text, lines, body))
            {
                return NoteFormat.NewsletterDump;
            }
        }

        return NoteFormat.PlainText;
    }
}
