using System.Text;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query that can only mean "these words": every whitespace-separated chunk becomes a
/// quoted phrase (FTS5 operators such as AND, NEAR(, * or column filters lose their meaning inside quotes), and chunks
/// without a letter or digit are dropped because the tokenizer would find nothing in them.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>Every term must match; null when the text has nothing searchable.</summary>
    public static string? AllTerms(string? text, bool prefixLastTerm = false)
    {
        var terms = Terms(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        for (int i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                query.Append(' ');
            }

            query.Append('"').Append(terms[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (prefixLastTerm && i == terms.Count - 1)
            {
                query.Append('*');
            }
        }

        return query.ToString();
    }

    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(chunk => chunk.Any(char.IsLetterOrDigit))
            .ToList();
    }
}
