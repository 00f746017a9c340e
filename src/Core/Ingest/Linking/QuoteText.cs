using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.Ingest.Linking;

/// <summary>
/// How curated quotes are compared with notes: verbatim, except that every run of whitespace counts as one space,
/// so a quote copied across a line break still matches.
/// </summary>
public static partial class QuoteText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Finds <paramref name="quote"/> in <paramref name="text"/> under whitespace normalization and returns the span of the
    /// original text it covers, or null.
    /// </summary>
    public static (int Start, int End)? Find(string text, string quote)
    {
        var normalizedQuote = Normalize(quote);
        if (normalizedQuote.Length == 0)
        {
            return null;
        }

        var normalized = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (pendingSpace < 0 && normalized.Length > 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            if (pendingSpace >= 0)
            {
                normalized.Append(' ');
                offsets.Add(pendingSpace);
                pendingSpace = -1;
            }

            normalized.Append(text[i]);
            offsets.Add(i);
        }

        var index = normalized.ToString().IndexOf(normalizedQuote, StringComparison.Ordinal);
        return index < 0 ? null : (offsets[index], offsets[index + normalizedQuote.Length - 1] + 1);
    }

    /// <summary>
    /// A reader's view of note markup, close enough to check a quote: HTML tags dropped, wiki links replaced by their label
    /// (or target), bold markers removed.
    /// </summary>
    public static string StripMarkup(string text)
    {
        var withoutTags = HtmlTagPattern().Replace(text, "");
        var withoutLinks = WikiLinkPattern().Replace(withoutTags, m => m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : m.Groups["target"].Value.Trim());
        return withoutLinks.Replace("**", "", StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^<>]+>")]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"\[\[(?<target>[^\[\]|]*)(?:\|(?<label>[^\[\]]*))?\]\]")]
    private static partial Regex WikiLinkPattern();
}
