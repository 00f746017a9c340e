using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>Reads the timestamp forms found in notes: <c>HH:MM:SS</c>, <c>H:MM:SS</c>, <c>MM:SS</c> and SMPTE-style <c>HH:MM:SS:FF</c>.</summary>
public static class TimestampText
{
    /// <summary>
    /// Parses <paramref name="text"/>; a malformed value (<c>02:54:82</c>, <c>0003:57</c>) still yields a
    /// <see cref="Timestamp"/>, with null seconds, so the claim keeps it and shows it is invalid.
    /// </summary>
    public static Timestamp Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Timestamp(text, SecondsOf(text.AsSpan().Trim()));
    }

    /// <summary>True when <paramref name="text"/> has the shape of a timestamp (digits separated by colons), valid or not.</summary>
    public static bool LooksLikeTimestamp(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var colons = 0;
        foreach (var c in text)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return colons is >= 1 and <= 3;
    }

    private static int? SecondsOf(ReadOnlySpan<char> text)
    {
        Span<Range> parts = stackalloc Range[5];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 4)
        {
            return null;
        }

        Span<int> values = stackalloc int[4];
        for (var i = 0; i < count; i++)
        {
            var part = text[parts[i]];
            if (part.IsEmpty || part.Length > 3 || !int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }

            // Seconds (and frames) are always written with two digits; hours and minutes with one or two.
            var isSeconds = i == (count == 4 ? 2 : count - 1);
            var isFrames = count == 4 && i == 3;
            if ((isSeconds || isFrames) ? part.Length != 2 : part.Length > (count == 2 ? 3 : 2))
            {
                return null;
            }
        }

        return count switch
        {
            2 when values[1] < 60 => (values[0] * 60) + values[1],
            // HH:MM:SS:FF is a video timecode; the frame count does not change the second a link should jump to.
            3 or 4 when values[1] < 60 && values[2] < 60 => (values[0] * 3600) + (values[1] * 60) + values[2],
            _ => null,
        };
    }
}
