namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Recognises a TubeGraph channel index page, <c>&lt;channel&gt;/&lt;channel&gt;.md</c>: a list of the channel's videos
/// (headings) and their topic pages (wiki links), with no prose to take claims from. Such a page is not a note; the
/// ingest leaves it out of the store and says so in its report.
/// </summary>
public static class ChannelIndexPage
{
    /// <summary>The share of non-blank body lines that must be headings or wiki-link list items (one stray line is tolerated).</summary>
    private const double MinListShare = 0.8;

    /// <summary>True when the file is named after its folder (<c>bankless/bankless.md</c>), letter case and invisible characters aside.</summary>
    public static bool IsNamedLikeOne(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return folder is { Length: > 0 }
            && string.Equals(ChannelName.Clean(Path.GetFileNameWithoutExtension(path)), ChannelName.Clean(folder), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The reason the file is skipped when it is a channel index page; null when it is a note.</summary>
    public static string? Recognize(string path, string text)
    {
        if (!IsNamedLikeOne(path))
        {
            return null;
        }

        int lines = 0, listLines = 0, links = 0;
        foreach (var line in Body(text))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            lines++;
            if (trimmed.StartsWith('#'))
            {
                listLines++;
            }
            else if ((trimmed.StartsWith("- [[", StringComparison.Ordinal) || trimmed.StartsWith("* [[", StringComparison.Ordinal))
                && trimmed.EndsWith("]]", StringComparison.Ordinal))
            {
                listLines++;
                links++;
            }
        }

        return links > 0 && listLines >= MinListShare * lines
            ? $"skipped: a channel index page ({links} topic links under video headings), not a note"
            : null;
    }

    /// <summary>The lines after the front matter (if any).</summary>
    private static IEnumerable<string> Body(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        if (lines.Length > 0 && lines[0].TrimEnd('\r', ' ') == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r', ' ') == "---");
            start = close < 0 ? 0 : close + 1;
        }

        return lines.Skip(start);
    }
}
