using System.Buffers;
using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Turns one source range of a note into visible text: hides HTML, emphasis markers, wiki-link brackets and
/// timestamp anchors, keeping every visible character's source index. In plain mode only whitespace and
/// bracketed timestamps are interpreted.
/// </summary>
internal sealed class InlineReader(string source, List<ParsedLink> links, bool markdown)
{
    // Closers are searched for at most this far, so a long line full of unmatched openers stays linear.
    private const int MaxConstructLength = 1000;

    private static readonly SearchValues<char> BracketsAndNewline = SearchValues.Create("[]\n");

    private static readonly FrozenSet<string> HtmlElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "aside", "audio", "b", "blockquote", "br", "caption", "center", "cite", "code", "dd", "del", "details",
        "div", "dl", "dt", "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "source", "span", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul", "video", "svg", "script", "style",
        "path", "use", "g", "circle", "rect", "line", "polyline", "polygon", "nav", "section", "header", "footer", "article");

    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "aside", "blockquote", "details", "div", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p",
        "pre", "summary", "table", "tr", "td", "th", "thead", "tbody", "ul", "section", "header", "footer", "article", "nav");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HtmlElementLookup =
        HtmlElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockElementLookup =
        BlockElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the line at <paramref name="start"/> opens with a block-level HTML tag (<c>&lt;div …&gt;</c>, <c>&lt;/p&gt;</c>).</summary>
    public static bool StartsWithBlockTag(string text, int start, int end)
    {
        if (start >= end || text[start] != '<')
        {
            return false;
        }

        var nameStart = start + 1 < end && text[start + 1] == '/' ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > nameStart && BlockElementLookup.Contains(text.AsSpan(nameStart, nameEnd - nameStart));
    }

    public void Read(int start, int end, VisibleText visible)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                visible.Whitespace(i);
                i++;
                continue;
            }

            var next = c == '(' ? ReadParenthesizedTimestamps(i, end, visible) : -1;
            if (next < 0 && markdown)
            {
                next = ReadMarkup(i, end, visible);
            }
            else if (next < 0 && c == '[')
            {
                next = ReadTimestampGroup(i, end, visible);
            }

            if (next >= 0)
            {
                i = next;
                continue;
            }

            visible.Append(c, i);
            i++;
        }
    }

    /// <summary>Reads the markup construct at <paramref name="i"/>; returns where reading goes on, or -1 when there is none.</summary>
    private int ReadMarkup(int i, int end, VisibleText visible)
    {
        var c = source[i];
        return c switch
        {
            '\\' when i + 1 < end && char.IsAsciiLetterOrDigit(source[i + 1]) is false && !char.IsWhiteSpace(source[i + 1]) && source[i + 1] < 128
                => Escape(i, visible),
            '`' => ReadCodeSpan(i, end, visible),
            '[' when i + 1 < end && source[i + 1] == '[' => ReadWikiLink(i, end, visible),
            '[' => ReadTimestampGroup(i, end, visible) is var t and >= 0 ? t : ReadMarkdownLink(i, end, visible),
            '!' when i + 1 < end && source[i + 1] == '[' && (i + 2 >= end || source[i + 2] != '[') => ReadMarkdownLink(i + 1, end, visible, i),
            '<' => ReadTag(i, end, visible),
            '*' or '_' or '~' => ReadDelimiterRun(i, end, visible),
            _ => -1,
        };
    }

    private int Escape(int i, VisibleText visible)
    {
        visible.Open(i);
        visible.Append(source[i + 1], i + 1);
        return i + 2;
    }

    private int ReadCodeSpan(int i, int end, VisibleText visible)
    {
        var run = i;
        while (run < end && source[run] == '`')
        {
            run++;
        }

        var ticks = run - i;
        var close = source.AsSpan(run, Math.Min(end, run + MaxConstructLength) - run).IndexOf(source.AsSpan(i, ticks));
        if (close < 0)
        {
            return -1;
        }

        close += run;
        visible.Open(i);
        var code = source.AsSpan(run, close - run).Trim();
        if (code.StartsWith("[[", StringComparison.Ordinal) && code.EndsWith("]]", StringComparison.Ordinal))
        {
            // Generated notes sometimes wrap a wiki link in backticks; the author meant the link, not code.
            Read(run, close, visible);
            visible.Close(close + ticks);
            return close + ticks;
        }

        for (var k = run; k < close; k++)
        {
            if (char.IsWhiteSpace(source[k]))
            {
                visible.Whitespace(k);
            }
            else
            {
                visible.Append(source[k], k);
            }
        }

        visible.Close(close + ticks);
        return close + ticks;
    }

    private int ReadWikiLink(int i, int end, VisibleText visible)
    {
        var close = source.AsSpan(i + 2, Math.Min(end, i + 2 + MaxConstructLength) - i - 2).IndexOf("]]", StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        var innerStart = i + 2;
        var innerEnd = innerStart + close;
        while (innerEnd + 2 < end && source[innerEnd + 2] == ']')
        {
            innerEnd++; // "[[target | [source]]]": the label's own bracket closes first
        }

        var inner = source.AsSpan(innerStart, innerEnd - innerStart);
        if (inner.Contains('\n') || inner.Contains("[[", StringComparison.Ordinal))
        {
            return -1;
        }

        var pipe = inner.IndexOf('|');
        var targetEnd = pipe < 0 ? innerEnd : innerStart + pipe;
        var (targetStart, targetStop) = Trim(innerStart, targetEnd);
        var (labelStart, labelEnd) = pipe < 0 ? (targetStart, targetStop) : Trim(innerStart + pipe + 1, innerEnd);
        if (labelStart == labelEnd)
        {
            (labelStart, labelEnd) = (targetStart, targetStop);
        }

        var linkEnd = innerEnd + 2;
        visible.Open(i);
        var labelVisibleStart = visible.Length;
        if (pipe < 0)
        {
            for (var k = labelStart; k < labelEnd; k++)
            {
                if (char.IsWhiteSpace(source[k]))
                {
                    visible.Whitespace(k);
                }
                else
                {
                    visible.Append(source[k], k);
                }
            }
        }
        else
        {
            Read(labelStart, labelEnd, visible); // labels carry emphasis and even timestamp anchors
        }

        visible.Close(linkEnd);
        var target = source[targetStart..targetStop];
        if (target.Length > 0)
        {
            var label = visible.Length > labelVisibleStart ? visible.Substring(labelVisibleStart, visible.Length - labelVisibleStart).Trim() : target;
            links.Add(new ParsedLink(target, label, new TextSpan(i, linkEnd)));
        }

        return linkEnd;
    }

    private int ReadMarkdownLink(int i, int end, VisibleText visible, int? imageStart = null)
    {
        var textEnd = FindClosingBracket(i, end);
        if (textEnd < 0 || textEnd + 1 >= end || source[textEnd + 1] != '(')
        {
            return -1;
        }

        var urlEnd = source.AsSpan(textEnd + 2, Math.Min(end, textEnd + 2 + MaxConstructLength) - textEnd - 2).IndexOfAny(')', '\n');
        if (urlEnd < 0 || source[textEnd + 2 + urlEnd] != ')')
        {
            return -1;
        }

        var linkEnd = textEnd + 2 + urlEnd + 1;
        visible.Open(imageStart ?? i);
        Read(i + 1, textEnd, visible);
        visible.Close(linkEnd);
        return linkEnd;
    }

    private int FindClosingBracket(int open, int end)
    {
        var limit = Math.Min(end, open + MaxConstructLength);
        var depth = 0;
        var k = open;
        while (k < limit)
        {
            var next = source.AsSpan(k, limit - k).IndexOfAny(BracketsAndNewline);
            if (next < 0)
            {
                return -1;
            }

            k += next;
            switch (source[k])
            {
                case '[' when ++depth > 2:
                    return -1; // link text nests one bracket level at most ("[[source]](url)")
                case ']' when --depth == 0:
                    return k;
                case '\n':
                    return -1;
            }

            k++;
        }

        return -1;
    }

    /// <summary>
    /// Reads a run of timestamps (<c>[00:01:02]</c>, <c>[00:01, 00:05]</c>, or anchors) separated by commas, dashes or "and".
    /// The whitespace before the run is dropped when punctuation follows it, so "assistance [t]." reads "assistance.".
    /// </summary>
    private int ReadTimestampGroup(int i, int end, VisibleText visible)
    {
        var found = new List<Timestamp>();
        var groupEnd = ScanTimestampGroup(i, end, found);
        if (groupEnd < 0)
        {
            return -1;
        }

        EmitTimestampGroup(new TextSpan(i, groupEnd), end, found, visible);
        return groupEnd;
    }

    /// <summary>"(<c>[00:01:02]</c>)": the brackets only held the timestamps, so they go with them rather than show as "()".</summary>
    private int ReadParenthesizedTimestamps(int i, int end, VisibleText visible)
    {
        var k = i + 1;
        while (k < end && char.IsWhiteSpace(source[k]))
        {
            k++;
        }

        if (k >= end || source[k] is not ('[' or '<'))
        {
            return -1;
        }

        var found = new List<Timestamp>();
        var groupEnd = ScanTimestampGroup(k, end, found);
        if (groupEnd < 0)
        {
            return -1;
        }

        while (groupEnd < end && char.IsWhiteSpace(source[groupEnd]))
        {
            groupEnd++;
        }

        if (groupEnd >= end || source[groupEnd] != ')')
        {
            return -1;
        }

        EmitTimestampGroup(new TextSpan(i, groupEnd + 1), end, found, visible);
        return groupEnd + 1;
    }

    private void EmitTimestampGroup(TextSpan span, int end, List<Timestamp> found, VisibleText visible)
    {
        if (span.End >= end || source[span.End] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']')
        {
            visible.DropPendingWhitespace();
        }

        foreach (var timestamp in found)
        {
            visible.AddTimestamp(timestamp, span);
        }
    }

    /// <summary>
    /// Finds a run of timestamps (<c>[00:01:02]</c>, <c>[00:01, 00:05]</c>, or anchors) separated by commas, dashes or
    /// "and", collecting them into <paramref name="found"/>; returns the end of the run, or -1 when none starts at <paramref name="i"/>.
    /// </summary>
    private int ScanTimestampGroup(int i, int end, List<Timestamp> found)
    {
        var groupEnd = ReadOneTimestamp(i, end, out var first);
        if (groupEnd < 0)
        {
            return -1;
        }

        found.AddRange(first);
        while (true)
        {
            var k = groupEnd;
            while (k < end && (char.IsWhiteSpace(source[k]) || source[k] is ',' or ';' or '-' or '–' or '&'))
            {
                k++;
            }

            if (k + 3 < end && source.AsSpan(k, 4).Equals("and ", StringComparison.OrdinalIgnoreCase))
            {
                k += 4;
                while (k < end && char.IsWhiteSpace(source[k]))
                {
                    k++;
                }
            }

            if (k >= end || source[k] is not ('[' or '<'))
            {
                return groupEnd;
            }

            var nextEnd = ReadOneTimestamp(k, end, out var more);
            if (nextEnd < 0)
            {
                return groupEnd;
            }

            found.AddRange(more);
            groupEnd = nextEnd;
        }
    }

    private int ReadOneTimestamp(int i, int end, out List<Timestamp> timestamps)
    {
        timestamps = [];
        if (source[i] == '[')
        {
            var close = source.AsSpan(i + 1, Math.Min(end, i + 64) - i - 1).IndexOf(']');
            if (close < 0)
            {
                return -1;
            }

            var inner = source.AsSpan(i + 1, close);
            foreach (var part in inner.Split(','))
            {
                if (!TimestampText.LooksLikeTimestamp(inner[part]))
                {
                    timestamps.Clear();
                    return -1;
                }

                timestamps.Add(TimestampText.Parse(inner[part].Trim().ToString()));
            }

            return i + 1 + close + 1;
        }

        if (!markdown || source[i] != '<')
        {
            return -1;
        }

        var tagEnd = TagEnd(i, end);
        if (tagEnd < 0)
        {
            return -1;
        }

        var tag = source.AsSpan(i, tagEnd - i);
        if (!(tag.StartsWith("<a ", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("<p ", StringComparison.OrdinalIgnoreCase) ||
              tag.StartsWith("<span ", StringComparison.OrdinalIgnoreCase)) ||
            !(tag.Contains("yt-timestamp", StringComparison.OrdinalIgnoreCase) || tag.Contains("data-t=", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }

        var name = tag[1..tag.IndexOfAny(' ', '\t')];
        var closing = $"</{name}>";
        var closeAt = source.AsSpan(tagEnd, Math.Min(end, tagEnd + MaxConstructLength) - tagEnd).IndexOf(closing, StringComparison.OrdinalIgnoreCase);
        if (closeAt < 0)
        {
            return -1;
        }

        var value = AttributeValue(tag, "data-t=");
        if (value is null)
        {
            var innerText = source.AsSpan(tagEnd, closeAt).Trim().Trim("[]");
            value = innerText.ToString();
        }

        timestamps.Add(TimestampText.Parse(value));
        return tagEnd + closeAt + closing.Length;
    }

    private static string? AttributeValue(ReadOnlySpan<char> tag, string attribute)
    {
        var at = tag.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + attribute.Length)..];
        if (rest.IsEmpty)
        {
            return null;
        }

        if (rest[0] is '"' or '\'')
        {
            var close = rest[1..].IndexOf(rest[0]);
            return close < 0 ? null : rest.Slice(1, close).Trim().ToString();
        }

        var stop = rest.IndexOfAny(' ', '>', '/');
        return (stop < 0 ? rest : rest[..stop]).ToString();
    }

    private int TagEnd(int i, int end)
    {
        var limit = Math.Min(end, i + 4096);
        for (var k = i + 1; k < limit; k++)
        {
            switch (source[k])
            {
                case '>':
                    return k + 1;
                case '<' or '\n':
                    return -1;
            }
        }

        return -1;
    }

    private int ReadTag(int i, int end, VisibleText visible)
    {
        var timestampEnd = ReadTimestampGroup(i, end, visible);
        if (timestampEnd >= 0)
        {
            return timestampEnd;
        }

        var closing = i + 1 < end && source[i + 1] == '/';
        var nameStart = closing ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(source[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || nameEnd >= end || source[nameEnd] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r'))
        {
            return -1;
        }

        var name = source.AsSpan(nameStart, nameEnd - nameStart);
        if (!HtmlElementLookup.Contains(name))
        {
            return -1;
        }

        var tagEnd = TagEnd(i, end);
        if (tagEnd < 0)
        {
            return -1;
        }

        if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase) ||
            BlockElementLookup.Contains(name))
        {
            visible.Whitespace(i);
            return tagEnd;
        }

        if (!closing && (name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("script", StringComparison.OrdinalIgnoreCase) ||
                         name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            var closeTag = $"</{name}>";
            var closeAt = source.AsSpan(tagEnd, end - tagEnd).IndexOf(closeTag, StringComparison.OrdinalIgnoreCase);
            return closeAt < 0 ? end : tagEnd + closeAt + closeTag.Length;
        }

        if (closing || source[tagEnd - 2] == '/')
        {
            visible.Close(tagEnd);
        }
        else
        {
            visible.Open(i);
        }

        return tagEnd;
    }

    /// <summary>Emphasis and strike-through markers are hidden unless they stand alone between spaces or inside a word (snake_case).</summary>
    private int ReadDelimiterRun(int i, int end, VisibleText visible)
    {
        var c = source[i];
        var runEnd = i;
        while (runEnd < end && source[runEnd] == c)
        {
            runEnd++;
        }

        if (c == '~' && runEnd - i < 2)
        {
            return -1;
        }

        var before = i > 0 ? source[i - 1] : ' ';
        var after = runEnd < end ? source[runEnd] : ' ';
        var spaceBefore = char.IsWhiteSpace(before);
        var spaceAfter = char.IsWhiteSpace(after);
        if (spaceBefore && spaceAfter)
        {
            return -1;
        }

        if (c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return -1;
        }

        // CommonMark's flanking rules decide whether a run closes the text before it or opens the text after it.
        var leftFlanking = !spaceAfter && (!char.IsPunctuation(after) || spaceBefore || char.IsPunctuation(before));
        var rightFlanking = !spaceBefore && (!char.IsPunctuation(before) || spaceAfter || char.IsPunctuation(after));
        if (rightFlanking && !leftFlanking)
        {
            visible.Close(runEnd);
        }
        else
        {
            visible.Open(i);
        }

        return runEnd;
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
