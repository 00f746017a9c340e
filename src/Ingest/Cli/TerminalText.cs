using System.Globalization;
using System.Text;

namespace ClaimGraph.Ingest.Cli;

/// <summary>
/// Text from the inputs (file names, error messages) made safe to print: control characters (a newline would split a
/// progress line, an escape sequence would drive the terminal) and bidi or invisible format characters (U+202E would
/// reverse what follows) are written as <c>\u{XXXX}</c>.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
