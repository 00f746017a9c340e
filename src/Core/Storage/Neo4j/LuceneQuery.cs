using System.Text;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// Turns what a user typed into a Lucene query for <c>db.index.fulltext.queryNodes</c> that can only mean "all of these
/// words": every distinct term of <see cref="SearchTerms"/> becomes a required (<c>+</c>) quoted phrase, so Lucene operators
/// (<c>AND</c>, <c>-</c>, <c>*</c>, <c>field:</c>, <c>~</c>, brackets) lose their meaning. The same terms as the SQLite store's FTS5 query.
/// </summary>
public static class LuceneQuery
{
    /// <summary>
    /// The query, or null when the text has nothing searchable (no letter or digit). With <paramref name="prefixLastTerm"/>
    /// a last term made only of letters and digits also matches as a prefix (<c>open</c> finds <c>OpenAI</c>), for search-as-you-type.
    /// </summary>
    public static string? AllTerms(string? text, bool prefixLastTerm = false)
    {
        var search = SearchTerms.Parse(text);
        var terms = search.Terms;
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (query.Length > 0)
            {
                query.Append(' ');
            }

            // A bare term needs no escaping when it is letters and digits only; wildcard terms skip the analyzer, so lower-case it here.
            if (prefixLastTerm && search.LastTermIsPrefix && i == terms.Count - 1 && term.All(char.IsLetterOrDigit))
            {
                query.Append('+').Append(term.ToLowerInvariant()).Append('*');
                continue;
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
