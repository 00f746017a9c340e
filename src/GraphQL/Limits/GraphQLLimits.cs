using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Limits;

/// <summary>Limits checked after validation and before execution (and, for the timeout, during it).</summary>
public sealed record GraphQLLimits
{
    public static GraphQLLimits Default { get; } = new();

    /// <summary>Deepest field nesting an operation may select (the root's fields are depth 1).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Highest estimated cost: each field costs its <see cref="FieldDefinition.Cost"/>, times the page size of every list above it.
    /// The default leaves room for the standard introspection query (estimated at about 52,000).
    /// </summary>
    public int MaxCost { get; init; } = 100_000;

    /// <summary>Page size assumed for list fields selected without a page-size argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Arguments that bound how many items a field returns.</summary>
    public IReadOnlyList<string> PageSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>Largest page-size argument value accepted.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>Overrides <see cref="MaxPageSize"/> for particular fields: return null to keep the default.</summary>
    public Func<FieldContainerType, FieldDefinition, int?>? MaxPageSizeForField { get; init; }

    /// <summary>Longest time execution may take; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
