using System.Globalization;

namespace ClaimGraph.Storage;

/// <summary>
/// The words a search text asks for, as both stores' full-text queries use them: every whitespace-separated chunk that
/// holds a letter or digit is one term, matched as a phrase of its words (<c>open-source</c> is the phrase "open source").
/// A repeated term is kept once (compared case-insensitively, as the full-text indexes fold case): "a a a" asks for the
/// same rows as "a", but a full-text engine reads a term's postings once per occurrence in the query and ranks each row
/// against every occurrence, so repeats cost time and change nothing.
/// </summary>
public sealed class SearchTerms
{
    private SearchTerms(IReadOnlyList<string> terms, bool prefixLast, int wordCount)
    {
        Terms = terms;
        LastTermIsPrefix = prefixLast;
        WordCount = wordCount;
    }

    /// <summary>The distinct terms, in the order they first appear.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>
    /// Whether the last of <see cref="Terms"/> is the text's last chunk and appears only once, so that matching it as a
    /// prefix (for search-as-you-type) widens the search as intended; a last chunk that repeats an earlier one must
    /// still match whole, since the earlier occurrence requires it.
    /// </summary>
    public bool LastTermIsPrefix { get; }

    /// <summary>
    /// How many words the full-text engine reads postings for: the words of every distinct term (a term joined by
    /// punctuation counts each of its parts). This, not the characters, is what a search costs the store.
    /// </summary>
    public int WordCount { get; }

    public static SearchTerms Empty { get; } = new([], false, 0);

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var chunks = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(chunk => chunk.Any(char.IsLetterOrDigit))
            .ToList();
        if (chunks.Count == 0)
        {
            return Empty;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<string>();
        var words = 0;
        foreach (var chunk in chunks)
        {
            if (seen.TryGetValue(chunk, out var count))
            {
                seen[chunk] = count + 1;
                continue;
            }

            seen[chunk] = 1;
            terms.Add(chunk);
            words += CountWords(chunk);
        }

        var last = chunks[^1];
        var prefixLast = seen[last] == 1;
        return new SearchTerms(terms, prefixLast, words);
    }

    /// <summary>Runs of letters and digits: what the full-text tokenizers (FTS5 unicode61, Lucene's standard analyzer) index as words.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        foreach (var character in text)
        {
            var isWordCharacter = IsWordCharacter(character);
            if (isWordCharacter && !inWord)
            {
                words++;
            }

            inWord = isWordCharacter;
        }

        return words;
    }

    private static bool IsWordCharacter(char character) => char.GetUnicodeCategory(character) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate => true,
        _ => false,
    };
}
