using System.Globalization;
using System.Text;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Lower-case ASCII kebab slugs for ids: <c>"Prime Intellect"</c> → <c>prime-intellect</c>,
/// <c>"Café Déjà-vu!"</c> → <c>cafe-deja-vu</c>, <c>"OpenAI's o3"</c> → <c>openais-o3</c>, <c>"GPT-4.5"</c> → <c>gpt-4-5</c>.
/// </summary>
public static class Slug
{
    /// <summary>
    /// Folds Latin diacritics, drops apostrophes (so possessives stay one word), turns every other run of non-alphanumeric
    /// characters into one <c>-</c>, and trims dashes at both ends. Returns an empty string when the text has no ASCII
    /// letter or digit left after folding (for example CJK-only text); callers choose their own fallback.
    /// </summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingDash = slug.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                slug.Append('-');
                pendingDash = false;
            }

            slug.Append(folded);
        }

        return slug.ToString();
    }

    private static string? Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return char.IsAsciiLetterUpper(c) ? ((char)(c + 32)).ToString() : c.ToString();
        }

        // The build runs with invariant globalization, where string normalization cannot decompose letters, so
        // Latin-1 and Latin Extended-A letters fold through a table instead.
        return c is >= '\u00C0' and <= '\u017F' ? LatinFolds[c - 0xC0] : null;
    }

    private static readonly string?[] LatinFolds = BuildLatinFolds();

    private static string?[] BuildLatinFolds()
    {
        var folds = new string?[0x17F - 0xC0 + 1];
        void Set(int from, int to, string value)
        {
            for (var code = from; code <= to; code++)
            {
                folds[code - 0xC0] = value;
            }
        }

        Set(0xC0, 0xC5, "a"); Set(0xC6, 0xC6, "ae"); Set(0xC7, 0xC7, "c"); Set(0xC8, 0xCB, "e"); Set(0xCC, 0xCF, "i");
        Set(0xD0, 0xD0, "d"); Set(0xD1, 0xD1, "n"); Set(0xD2, 0xD6, "o"); Set(0xD8, 0xD8, "o"); Set(0xD9, 0xDC, "u");
        Set(0xDD, 0xDD, "y"); Set(0xDE, 0xDE, "th"); Set(0xDF, 0xDF, "ss"); Set(0xE0, 0xE5, "a"); Set(0xE6, 0xE6, "ae");
        Set(0xE7, 0xE7, "c"); Set(0xE8, 0xEB, "e"); Set(0xEC, 0xEF, "i"); Set(0xF0, 0xF0, "d"); Set(0xF1, 0xF1, "n");
        Set(0xF2, 0xF6, "o"); Set(0xF8, 0xF8, "o"); Set(0xF9, 0xFC, "u"); Set(0xFD, 0xFD, "y"); Set(0xFE, 0xFE, "th");
        Set(0xFF, 0xFF, "y"); Set(0x100, 0x105, "a"); Set(0x106, 0x10D, "c"); Set(0x10E, 0x111, "d"); Set(0x112, 0x11B, "e");
        Set(0x11C, 0x123, "g"); Set(0x124, 0x127, "h"); Set(0x128, 0x131, "i"); Set(0x132, 0x133, "ij"); Set(0x134, 0x135, "j");
        Set(0x136, 0x138, "k"); Set(0x139, 0x142, "l"); Set(0x143, 0x14B, "n"); Set(0x14C, 0x151, "o"); Set(0x152, 0x153, "oe");
        Set(0x154, 0x159, "r"); Set(0x15A, 0x161, "s"); Set(0x162, 0x167, "t"); Set(0x168, 0x173, "u"); Set(0x174, 0x175, "w");
        Set(0x176, 0x178, "y"); Set(0x179, 0x17E, "z"); Set(0x17F, 0x17F, "s");
        return folds;
    }
}
