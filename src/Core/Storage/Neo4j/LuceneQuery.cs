using System.Text;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// Turns what a user typed into a Lucene query for <c>db.index.fulltext.queryNodes</c> that can only mean "all of these
/// words": every whitespace-separated chunk becomes a required (<c>+</c>) quoted phrase, so Lucene operators
/// (<c>AND</c>, <c>-</c>, <c>*</c>, <c>field:</c>, <c>~</c>, brackets) lose their meaning. The same terms as the SQLite store's FTS5 query.
/// </summary>
public static class LuceneQuery
{
    /// <summary>The query, or null when the text has nothing searchable (no letter or digit).</summary>
    public static string? AllTerms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(chunk => chunk.Any(char.IsLetterOrDigit)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var term in terms)
        {
            if (query.Length > 0)
            {
                query.Append(' ');
            }

            query.Append("+\"");
            foreach (var character in term)
            {
                // Inside a phrase only the quote and the escape character itself are special.
                if (character is '"' or '\\')
                {
                    query.Append('\\');
                }

                query.Append(character);
            }

            query.Append('"');
        }

        return query.ToString();
    }
}
