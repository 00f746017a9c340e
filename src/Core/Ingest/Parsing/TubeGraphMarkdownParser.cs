using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Reads a TubeGraph markdown note line by line: front matter, the <c>From: [[channel]]</c> line, headings (the section
/// path), paragraphs, list items, block quotes and callouts, tables (one claim per data row) and horizontal rules.
/// Fenced code is not prose and yields no claims; a fence marked <c>markdown</c> (or <c>md</c>) is prose, written as a
/// block by the tool that made the note, and is read like the rest of the body.
/// </summary>
internal sealed class TubeGraphMarkdownParser
{
    private const int MaxCalloutTitleWords = 12;

    private readonly string text;
    private readonly List<SourceLine> lines;
    private readonly List<ParsedLink> links = [];
    private readonly InlineReader inline;
    private readonly VisibleText block = new();
    private readonly ClaimAssembler claims = new();
    private readonly List<(int Level, string Text)> headings = [];
    private IReadOnlyList<string> section = [];
    private string? calloutTitle;
    private int calloutDepth;
    private int blockQuoteDepth;
    private string? channel;
    private string? firstHeading;

    private TubeGraphMarkdownParser(string text)
    {
        this.text = text;
        lines = SourceLine.Split(text);
        inline = new InlineReader(text, links, markdown: true);
    }

    public static ParsedNote Parse(string sourcePath, string text)
    {
        var parser = new TubeGraphMarkdownParser(text);
        var frontMatter = FrontMatter.StartsWithFrontMatter(text, parser.lines)
            ? FrontMatter.Read(text, parser.lines)
            : new FrontMatter(null, null, 0);
        parser.ReadBody(frontMatter.BodyLineIndex);
        var title = frontMatter.Title ?? parser.firstHeading;
        return new ParsedNote(
            NoteIdentity.IdFor(title, sourcePath, text),
            title ?? NoteIdentity.FileTitle(sourcePath),
            parser.channel,
            null,
            frontMatter.VideoId,
            frontMatter.VideoId is null ? null : $"https://www.youtube.com/watch?v={frontMatter.VideoId}",
            NoteFormat.TubeGraphMarkdown,
            text,
            parser.claims.Claims,
            parser.links);
    }

    private void ReadBody(int firstLine)
    {
        var inFence = false;
        var fence = '`';
        var inMarkdownFence = false;
        for (var index = firstLine; index < lines.Count; index++)
        {
            var line = lines[index];
            var (start, end, depth) = StripBlockQuote(line);
            var content = text.AsSpan(start, end - start);
            var indented = content.TrimStart();
            if (inFence)
            {
                if (indented.StartsWith(new string(fence, 3), StringComparison.Ordinal))
                {
                    inFence = false;
                }

                continue;
            }

            if (depth != blockQuoteDepth)
            {
                Flush();
                blockQuoteDepth = depth;
            }

            if (calloutTitle is not null && depth < calloutDepth)
            {
                calloutTitle = null;
                UpdateSection();
            }

            if (indented.IsEmpty)
            {
                Flush();
                continue;
            }

            var contentStart = start + (content.Length - indented.Length);
            if (indented.StartsWith("```", StringComparison.Ordinal) || indented.StartsWith("~~~", StringComparison.Ordinal))
            {
                Flush();
                var info = indented.TrimStart(indented[0]).Trim();
                if (inMarkdownFence && info.IsEmpty)
                {
                    inMarkdownFence = false;
                }
                else if (!inMarkdownFence && (info.Equals("markdown", StringComparison.OrdinalIgnoreCase) || info.Equals("md", StringComparison.OrdinalIgnoreCase)))
                {
                    inMarkdownFence = true;
                }
                else
                {
                    inFence = true;
                    fence = indented[0];
                }

                continue;
            }

            if (TryHeading(contentStart, end) || IsRule(indented) || TryFromLine(contentStart, end, depth) ||
                TryCallout(contentStart, end, depth) || TryTableRow(index, contentStart, end))
            {
                continue;
            }

            if (InlineReader.StartsWithBlockTag(text, contentStart, end))
            {
                Flush();
                inline.Read(contentStart, end, block);
                Flush();
                continue;
            }

            var itemStart = ListItemContentStart(contentStart, end);
            if (itemStart >= 0)
            {
                Flush();
                inline.Read(itemStart, end, block);
                continue;
            }

            if (!block.IsEmpty)
            {
                block.Whitespace(line.Start > 0 ? line.Start - 1 : line.Start);
            }

            inline.Read(contentStart, end, block);
        }

        Flush();
    }

    private (int Start, int End, int Depth) StripBlockQuote(SourceLine line)
    {
        var start = line.Start;
        var end = line.End;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var depth = 0;
        var k = start;
        while (true)
        {
            while (k < end && text[k] is ' ' or '\t')
            {
                k++;
            }

            if (k < end && text[k] == '>')
            {
                depth++;
                k++;
                start = k;
                continue;
            }

            break;
        }

        return (depth == 0 ? line.Start : start, end, depth);
    }

    private bool TryHeading(int start, int end)
    {
        var level = 0;
        while (start + level < end && text[start + level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (start + level < end && !char.IsWhiteSpace(text[start + level])))
        {
            return false;
        }

        Flush();
        var headingEnd = end;
        while (headingEnd > start + level && text[headingEnd - 1] == '#')
        {
            headingEnd--;
        }

        if (headingEnd < end && headingEnd > start + level && !char.IsWhiteSpace(text[headingEnd - 1]))
        {
            headingEnd = end; // "# C#" keeps its '#'
        }

        inline.Read(start + level, headingEnd, block);
        var heading = block.ToString().Trim();
        block.Clear();
        while (headings.Count > 0 && headings[^1].Level >= level)
        {
            headings.RemoveAt(headings.Count - 1);
        }

        if (heading.Length > 0)
        {
            headings.Add((level, heading));
            firstHeading ??= level == 1 ? heading : null;
        }

        UpdateSection();
        return true;
    }

    private static bool IsRule(ReadOnlySpan<char> content)
    {
        var marker = content[0];
        if (marker is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in content)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private bool TryFromLine(int start, int end, int depth)
    {
        if (channel is not null || depth > 0 || claims.Claims.Count > 0 || headings.Count > 0 ||
            !text.AsSpan(start, end - start).StartsWith("From:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Flush();
        var scratch = new VisibleText();
        new InlineReader(text, [], markdown: true).Read(start + "From:".Length, end, scratch);
        var name = scratch.ToString().Trim();
        channel = name.Length > 0 ? name : null;
        return true;
    }

    /// <summary>
    /// A callout header <c>&gt; [!NOTE] Title</c>: a short title without closing punctuation names the callout and joins the
    /// section path of its body; anything longer is the callout's first sentence.
    /// </summary>
    private bool TryCallout(int start, int end, int depth)
    {
        if (depth == 0 || end - start < 3 || text[start] != '[' || text[start + 1] != '!')
        {
            return false;
        }

        var close = text.AsSpan(start, end - start).IndexOf(']');
        if (close < 0)
        {
            return false;
        }

        Flush();
        var titleStart = start + close + 1;
        if (titleStart < end && text[titleStart] is '+' or '-')
        {
            titleStart++;
        }

        calloutDepth = depth;
        calloutTitle = null;
        inline.Read(titleStart, end, block);
        var title = block.ToString().Trim();
        var isTitle = block.Timestamps.Count == 0 && title.Length > 0 && !SentenceEnd(title) &&
                      title.Split(' ').Length <= MaxCalloutTitleWords;
        if (isTitle)
        {
            block.Clear();
            calloutTitle = title;
        }

        UpdateSection();
        return true;
    }

    private static bool SentenceEnd(string text) => text[^1] is '.' or '!' or '?' or '"' or '”' or ')';

    private bool TryTableRow(int index, int start, int end)
    {
        if (text[start] != '|')
        {
            return false;
        }

        Flush();
        if (IsTableSeparator(start, end))
        {
            return true;
        }

        if (index + 1 < lines.Count)
        {
            var next = lines[index + 1];
            var (nextStart, nextEnd, _) = StripBlockQuote(next);
            var trimmed = text.AsSpan(nextStart, nextEnd - nextStart).TrimStart();
            var trimmedStart = nextEnd - trimmed.Length;
            if (!trimmed.IsEmpty && IsTableSeparator(trimmedStart, nextEnd))
            {
                return true; // the header row names columns; it states nothing
            }
        }

        var rowEnd = end > start + 1 && text[end - 1] == '|' ? end - 1 : end;
        inline.Read(start + 1, rowEnd, block);
        claims.AddBlock(block, section, split: false);
        block.Clear();
        return true;
    }

    private bool IsTableSeparator(int start, int end)
    {
        var dashes = 0;
        for (var k = start; k < end; k++)
        {
            switch (text[k])
            {
                case '-':
                    dashes++;
                    break;
                case '|' or ':' or ' ' or '\t':
                    break;
                default:
                    return false;
            }
        }

        return dashes > 0 && text[start] == '|';
    }

    private int ListItemContentStart(int start, int end)
    {
        var k = start;
        if (text[k] is '*' or '-' or '+')
        {
            k++;
        }
        else
        {
            while (k < end && k - start < 9 && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            if (k == start || k >= end || text[k] is not ('.' or ')'))
            {
                return -1;
            }

            k++;
        }

        if (k < end && text[k] is not (' ' or '\t'))
        {
            return -1;
        }

        while (k < end && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k + 3 <= end && text[k] == '[' && text[k + 2] == ']' && text[k + 1] is ' ' or 'x' or 'X')
        {
            k += 3; // task list box
        }

        return k;
    }

    private void UpdateSection()
    {
        var path = new List<string>(headings.Count + 1);
        foreach (var (_, heading) in headings)
        {
            path.Add(heading);
        }

        if (calloutTitle is not null)
        {
            path.Add(calloutTitle);
        }

        section = path;
    }

    private void Flush()
    {
        claims.AddBlock(block, section);
        block.Clear();
    }
}
