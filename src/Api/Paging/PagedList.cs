using System.ComponentModel;

namespace ClaimGraph.Api;

/// <summary>One page of a list. <see cref="Next"/> is the link to the following page, null on the last page.</summary>
public sealed record PagedList<T>(
    [property: Description("The items of this page, in the requested order.")] IReadOnlyList<T> Items,
    [property: Description("How many items match the query across all pages.")] int TotalCount,
    [property: Description("Relative URL of the next page (same query with a cursor); null on the last page.")] string? Next);
