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
    /// Folds diacritics, drops apostrophes (so possessives stay one word), turns every other run of non-alphanumeric
    /// characters into one <c>-</c>, and trims dashes at both ends. Returns an empty string when the text has no ASCII
    /// letter or digit left after folding (for example CJK-only text); callers choose their own fallback.
    /// </summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4')
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
            return char.ToLowerInvariant(c).ToString();
        }

        // Letters that do not decompose into a base letter plus a mark.
        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'ø' or 'Ø' => "o",
            'ł' or 'Ł' => "l",
            'đ' or 'Đ' or 'ð' or 'Ð' => "d",
            'þ' or 'Þ' => "th",
            'ı' => "i",
            _ => null,
        };
    }
}
