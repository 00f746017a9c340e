using System.Text.RegularExpressions;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Reads a newsletter page saved from a podcast directory: a few header lines (title, "Publication - A podcast by
/// Author", directory UI), then the whole article on one line that starts with its URL glued to the first word, with
/// numbered headings and list bullets glued into the text. Directory UI, in any of its languages, is dropped.
/// </summary>
internal static partial class NewsletterDumpParser
{
    /// <summary>A line this long holds the article body rather than page furniture.</summary>
    internal const int MinBodyLineLength = 1000;

    private const int MaxHeadingLength = 200;

    public static ParsedNote Parse(string sourcePath, string text)
    {
        var lines = SourceLine.Split(text);
        var bodyIndex = BodyLineIndex(text, lines);
        var links = new List<ParsedLink>();
        var inline = new InlineReader(text, links, markdown: false);
        var block = new VisibleText();
        var claims = new ClaimAssembler { IsChrome = SiteChrome.IsChrome };
        string? title = null, publication = null, author = null, sourceUrl = null;
        IReadOnlyList<string> section = [];
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var content = text.AsSpan(line.Start, line.Length).Trim();
            if (content.IsEmpty || (index != bodyIndex && SiteChrome.IsChrome(content.ToString())))
            {
                continue;
            }

            if (index == bodyIndex)
            {
                var bodyStart = line.Start + (text.AsSpan(line.Start, line.Length).Length - text.AsSpan(line.Start, line.Length).TrimStart().Length);
                var urlEnd = GluedUrlEnd(text, bodyStart, line.End);
                if (urlEnd > bodyStart)
                {
                    sourceUrl = text[bodyStart..urlEnd];
                    bodyStart = urlEnd;
                }

                section = ReadBody(text, bodyStart, line.End, inline, block, claims);
                continue;
            }

            var lineText = content.ToString();
            if (index < bodyIndex && Byline().Match(lineText) is { Success: true } byline)
            {
                publication = byline.Groups["publication"].Value.Trim();
                author = byline.Groups["author"].Value.Trim();
                continue;
            }

            if (index < bodyIndex && title is null && PlainTextParser.IsHeading(lineText))
            {
                title = SiteChrome.Normalize(lineText);
                continue;
            }

            if (sourceUrl is null && Uri.TryCreate(lineText, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                sourceUrl = lineText;
                continue;
            }

            inline.Read(line.Start, line.End, block);
            claims.AddBlock(block, section);
            block.Clear();
        }

        return new ParsedNote(
            NoteIdentity.IdFor(title, sourcePath, text),
            title ?? NoteIdentity.DerivedTitle(claims.Claims, sourcePath),
            publication,
            author,
            null,
            sourceUrl,
            NoteFormat.NewsletterDump,
            text,
            claims.Claims,
            links);
    }

    /// <summary>The longest line when it is long enough to be an article body; -1 otherwise.</summary>
    internal static int BodyLineIndex(string text, IReadOnlyList<SourceLine> lines)
    {
        var best = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length >= MinBodyLineLength && (best < 0 || lines[i].Length > lines[best].Length))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>True when a directory byline ("Interconnects - Een podcast door Nathan Lambert") is among the first lines.</summary>
    internal static bool HasByline(string text, IReadOnlyList<SourceLine> lines, int bodyIndex)
    {
        for (var i = 0; i < Math.Min(bodyIndex < 0 ? lines.Count : bodyIndex, 12); i++)
        {
            var content = text.AsSpan(lines[i].Start, lines[i].Length).Trim();
            if (!content.IsEmpty && content.Length < 300 && Byline().IsMatch(content))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a URL glued to the article's first word ends: URL characters run on into the word, so the URL stops at
    /// the first capital letter of its last path segment (slugs are lower case), or at the first non-URL character.
    /// Returns <paramref name="start"/> when the line does not start with a URL.
    /// </summary>
    internal static int GluedUrlEnd(string text, int start, int end)
    {
        if (!(text.AsSpan(start, end - start).StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
              text.AsSpan(start, end - start).StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return start;
        }

        var k = start + text.AsSpan(start, end - start).IndexOf("//", StringComparison.Ordinal) + 2;
        var stop = k;
        while (stop < end && IsUrlChar(text[stop]))
        {
            stop++;
        }

        var lastSlash = text.AsSpan(k, stop - k).LastIndexOf('/');
        if (lastSlash >= 0)
        {
            var segmentStart = k + lastSlash + 1;
            for (var i = segmentStart; i < stop; i++)
            {
                if (text[i] is '?' or '#')
                {
                    break;
                }

                if (char.IsAsciiLetterUpper(text[i]) && i > segmentStart)
                {
                    stop = i;
                    break;
                }
            }
        }

        while (stop > k && text[stop - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'')
        {
            stop--;
        }

        return stop;
    }

    /// <summary>Reads the article line: numbered headings ("1. o3 as a technical breakthroughThe default…") open sections, "* " opens a list item.</summary>
    private static IReadOnlyList<string> ReadBody(string text, int start, int end, InlineReader inline, VisibleText block, ClaimAssembler claims)
    {
        IReadOnlyList<string> section = [];
        var expected = 1;
        var segmentStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) && TryNumberedHeading(text, i, end, expected, out var headingStart, out var headingEnd))
            {
                Emit(segmentStart, i);
                inline.Read(headingStart, headingEnd, block);
                section = [block.ToString().Trim()];
                block.Clear();
                expected++;
                segmentStart = i = headingEnd;
                continue;
            }

            if (c == '*' && i + 2 < end && text[i + 1] == ' ' && !char.IsWhiteSpace(text[i + 2]))
            {
                Emit(segmentStart, i);
                segmentStart = i = i + 2;
                continue;
            }

            i++;
        }

        Emit(segmentStart, end);
        return section;

        void Emit(int from, int to)
        {
            if (to > from)
            {
                inline.Read(from, to, block);
                claims.AddBlock(block, section);
                block.Clear();
            }
        }
    }

    /// <summary>
    /// "N. Heading text" right after the end of a sentence, numbered in sequence from 1, whose text runs until a
    /// lower-case word glued to a capitalised one ("scalingThe"), before any sentence ends.
    /// </summary>
    private static bool TryNumberedHeading(string text, int i, int end, int expected, out int headingStart, out int headingEnd)
    {
        headingStart = headingEnd = -1;
        if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || !(text[i - 1] is '.' or '!' or '?' or ':' or '"' or '”' or ')' || char.IsWhiteSpace(text[i - 1]))))
        {
            return false;
        }

        var k = i;
        var number = 0;
        while (k < end && char.IsAsciiDigit(text[k]) && k - i < 2)
        {
            number = (number * 10) + (text[k] - '0');
            k++;
        }

        if (number != expected || k + 2 >= end || text[k] != '.' || text[k + 1] != ' ')
        {
            return false;
        }

        headingStart = k + 2;
        var limit = Math.Min(end - 1, headingStart + MaxHeadingLength);
        var wordStart = headingStart;
        for (var q = headingStart + 1; q < limit; q++)
        {
            var current = text[q];
            if (current == ' ')
            {
                wordStart = q + 1;
                continue;
            }

            if (current is '.' or '!' or '?' && text[q + 1] == ' ')
            {
                return false;
            }

            if (char.IsUpper(current) && char.IsLower(text[q - 1]) && char.IsLower(text[q + 1]) && IsLowerWord(text.AsSpan(wordStart, q - wordStart)))
            {
                headingEnd = q;
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLower(c) || char.IsDigit(c) || c is '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static bool IsUrlChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '[' or ']' or '@' or '!'
            or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '%';

    [GeneratedRegex(@"^(?<publication>.+?)\s+[-–—|]\s+(?:een podcast door|a podcast by|un podcast de|ein podcast von|un podcast di|um podcast de|podcast door|podcast by|podcast von|podcast de)\s+(?<author>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
