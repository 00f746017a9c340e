using System.Globalization;
using System.Text;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// A channel name as it is stored: without the invisible characters that copied names carry (bidi isolates and marks,
/// zero-width characters, the byte-order mark, soft hyphens), so <c>⁨cleoabram⁩</c> and <c>cleoabram</c> are one channel.
/// </summary>
public static class ChannelName
{
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Any(IsInvisible))
        {
            return name.Trim();
        }

        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!IsInvisible(c))
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString().Trim();
    }

    /// <summary>
    /// The spelling to store: a TubeGraph note lives in its channel's folder, so when the folder names the same channel
    /// in other letter case (<c>acquiredfm/</c> for <c>[[acquiredFM]]</c>) the folder's spelling wins. Every note of the
    /// folder then stores one spelling whatever order the files are read in.
    /// </summary>
    public static string? Canonical(string? channel, string sourcePath)
    {
        if (channel is null)
        {
            return null;
        }

        var cleaned = Clean(channel);
        if (cleaned.Length == 0)
        {
            return null;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(sourcePath));
        return folder is { Length: > 0 } && string.Equals(Clean(folder), cleaned, StringComparison.OrdinalIgnoreCase)
            ? Clean(folder)
            : cleaned;
    }

    /// <summary>Format characters (Cf: bidi controls, zero-width joiners and spaces, BOM, soft hyphen) and the zero-width space.</summary>
    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\u200B';
}
