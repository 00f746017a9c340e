using System.ComponentModel;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimGraph.Api;

public sealed record RelationTypeResponse(
    [property: Description("UPPER_SNAKE predicate.")] string Predicate,
    [property: Description("How many relations use it.")] int Count);

public static class RelationTypesApi
{
    public static RouteGroupBuilder MapRelationTypes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/relation-types", "RelationTypes");

        group.MapGet("", ListRelationTypesAsync)
            .WithName("ListRelationTypes")
            .WithSummary("List relation types")
            .WithDescription("Every predicate in use with how many relations use it, most used first.");

        return group;
    }

    public static async Task<Ok<IReadOnlyList<RelationTypeResponse>>> ListRelationTypesAsync(IClaimGraphQueries store, CancellationToken cancellationToken)
    {
        var counts = await store.GetPredicateCountsAsync(cancellationToken);
        IReadOnlyList<RelationTypeResponse> types = counts
            .OrderByDescending(count => count.Count)
            .ThenBy(count => count.Predicate, StringComparer.Ordinal)
            .Select(count => new RelationTypeResponse(count.Predicate, count.Count))
            .ToList();
        return TypedResults.Ok(types);
    }
}
