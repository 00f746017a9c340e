using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Reads a plain-text brief: paragraphs split into sentences, page boilerplate dropped. A short line without closing
/// punctuation is a heading: before any claim it is the title, later it names the section of what follows
/// ("Related Insights").
/// </summary>
internal static class PlainTextParser
{
    private const int MaxHeadingWords = 10;

    public static ParsedNote Parse(string sourcePath, string text)
    {
        var lines = SourceLine.Split(text);
        var links = new List<ParsedLink>();
        var inline = new InlineReader(text, links, markdown: false);
        var block = new VisibleText();
        var claims = new ClaimAssembler { IsChrome = SiteChrome.IsChrome };
        IReadOnlyList<string> section = [];
        string? title = null;
        var index = 0;
        while (index < lines.Count)
        {
            if (IsBlank(text, lines[index]))
            {
                index++;
                continue;
            }

            var first = index;
            while (index < lines.Count && !IsBlank(text, lines[index]))
            {
                index++;
            }

            for (var k = first; k < index; k++)
            {
                if (k > first)
                {
                    block.Whitespace(lines[k].Start - 1);
                }

                inline.Read(lines[k].Start, lines[k].End, block);
            }

            var paragraph = block.ToString();
            if (SiteChrome.IsChrome(paragraph))
            {
                block.Clear();
                continue;
            }

            if (index - first == 1 && IsHeading(paragraph))
            {
                var heading = SiteChrome.Normalize(paragraph);
                if (title is null && claims.Claims.Count == 0 && !SiteChrome.IsSectionHeading(heading))
                {
                    title = heading;
                }
                else
                {
                    section = [heading];
                }

                block.Clear();
                continue;
            }

            claims.AddBlock(block, section);
            block.Clear();
        }

        // Without a real title the id comes from the file name, which stays put when the first sentence is edited;
        // the first sentence only serves as a readable label.
        return new ParsedNote(
            NoteIdentity.IdFor(title, sourcePath, text),
            title ?? NoteIdentity.DerivedTitle(claims.Claims, sourcePath),
            null,
            null,
            null,
            null,
            NoteFormat.PlainText,
            text,
            claims.Claims,
            links);
    }

    internal static bool IsHeading(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > 100 || trimmed[^1] is '.' or '!' or '?' or ',' or ';' || !char.IsUpper(trimmed[0]) && !char.IsDigit(trimmed[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in trimmed)
        {
            if (c == ' ' && ++words > MaxHeadingWords)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string text, SourceLine line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();
}
