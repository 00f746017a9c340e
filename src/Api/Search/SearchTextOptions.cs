using ClaimGraph.Storage;

namespace ClaimGraph.Api;

/// <summary>
/// How much text a client may search with, bound from the <c>Search</c> configuration section (<c>Search__MaxTerms=8</c>).
/// Every text filter of REST and GraphQL is held to <see cref="MaxTextLength"/>; the full-text ones (search, claims by
/// text) also to <see cref="MaxTerms"/>, because words, not characters, are what a full-text query costs the store.
/// </summary>
public sealed class SearchTextOptions
{
    public const string SectionName = "Search";

    /// <summary>Longest search or filter text, in characters, after trimming.</summary>
    public int MaxTextLength { get; set; } = 200;

    /// <summary>
    /// Most words a full-text search may look for, repeated words counted once (<c>a a a</c> is one word); a word joined by
    /// punctuation counts each part (<c>open-source</c> is two), as the full-text index splits it.
    /// </summary>
    public int MaxTerms { get; set; } = 16;

    /// <summary>Why <paramref name="text"/> may not be searched for, naming the limit it breaks; null when it may.</summary>
    public string? FullTextProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LengthProblem(text) is { } tooLong)
        {
            return tooLong;
        }

        var words = SearchTerms.Parse(text).WordCount;
        return words > MaxTerms
            ? $"The search text may hold at most {MaxTerms} distinct words ({SectionName}:{nameof(MaxTerms)}, repeated words counted once); it holds {words}."
            : null;
    }

    /// <summary>Why <paramref name="text"/> may not be used as a filter, naming the limit it breaks; null when it may.</summary>
    public string? LengthProblem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > MaxTextLength
            ? $"The text may be at most {MaxTextLength} characters ({SectionName}:{nameof(MaxTextLength)}); it has {text.Length}."
            : null;
    }

    /// <summary>Problems with the bound values, each naming its configuration key; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxTextLength <= 0)
        {
            problems.Add($"{SectionName}:{nameof(MaxTextLength)} must be positive; got {MaxTextLength}.");
        }

        if (MaxTerms <= 0)
        {
            problems.Add($"{SectionName}:{nameof(MaxTerms)} must be positive; got {MaxTerms}.");
        }

        return problems;
    }
}
