namespace ClaimGraph.GraphQL.Language;

/// <summary>Hard limits the parser enforces so a hostile document costs bounded time and memory.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest accepted document, in UTF-16 characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most significant tokens (punctuators, names, values) a document may contain.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting any configuration may allow: a larger <see cref="MaxDepth"/> is treated as this value, so
    /// lifting the limit cannot let a document recurse the parser (or the walkers after it) off the stack.
    /// </summary>
    public const int MaxDepthCeiling = 10_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types; at most <see cref="MaxDepthCeiling"/>
    /// takes effect. The parser also stops with the same kind of error when the thread's stack runs short first.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary><see cref="MaxDepth"/> as the parser applies it: never above <see cref="MaxDepthCeiling"/>.</summary>
    public int EffectiveMaxDepth => Math.Clamp(MaxDepth, 0, MaxDepthCeiling);

    /// <summary>Most field selections (aliases counted separately) a document may contain.</summary>
    public int MaxFields { get; init; } = 2_000;
}
