namespace ClaimGraph.GraphQL.Language;

/// <summary>Hard limits the parser enforces so a hostile document costs bounded time and memory.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest accepted document, in UTF-16 characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most significant tokens (punctuators, names, values) a document may contain.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most field selections (aliases counted separately) a document may contain.</summary>
    public int MaxFields { get; init; } = 2_000;
}
