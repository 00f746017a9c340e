using System.Text;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query that can only mean "these words": every distinct term of
/// <see cref="SearchTerms"/> becomes a quoted phrase (FTS5 operators such as AND, NEAR(, * or column filters lose their
/// meaning inside quotes). Repeated terms are left out: FTS5 opens a postings iterator per phrase and bm25 ranks each
/// row against every phrase's positions, so 99 copies of a common word cost seconds and match what one copy matches.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>Every term must match; null when the text has nothing searchable.</summary>
    public static string? AllTerms(string? text, bool prefixLastTerm = false)
    {
        var search = SearchTerms.Parse(text);
        var terms = search.Terms;
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
            if (prefixLastTerm && search.LastTermIsPrefix && i == terms.Count - 1)
            {
                query.Append('*');
            }
        }

        return query.ToString();
    }
}
