using System.ComponentModel;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimGraph.Api;

[Description("How many relations of one origin use a predicate.")]
public sealed record RelationTypeOriginCount(
    [property: Description("curated, extracted or co-mention.")] string Origin,
    [property: Description("How many relations of that origin use the predicate.")] int Count);

[Description("A predicate of the relation vocabulary, with how the stored relations use it.")]
public sealed record RelationTypeResponse(
    [property: Description("UPPER_SNAKE predicate.")] string Predicate,
    [property: Description("What a relation with this predicate states.")] string Description,
    [property: Description("Whether extraction rules produce it (curated-only predicates are not extracted).")] bool Extracted,
    [property: Description("Whether it reads the same both ways (the subject is then the ordinally smaller id).")] bool Symmetric,
    [property: Description("For a curated-only predicate, the extraction predicate it corresponds to (RELEASED is found as DEVELOPS).")] string? ExtractedAs,
    [property: Description("How many relations use it (0 for a vocabulary predicate no relation uses yet).")] int Count,
    [property: Description("The origins it occurs with and how many relations each, most first.")] IReadOnlyList<RelationTypeOriginCount> Origins);

public static class RelationTypesApi
{
    public static RouteGroupBuilder MapRelationTypes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/relation-types", "RelationTypes");

        group.MapGet("", ListRelationTypesAsync)
            .WithName("ListRelationTypes")
            .WithSummary("List relation types")
            .WithDescription(
                "Every predicate of the relation vocabulary with its description, the origins it occurs with and how many relations use it, " +
                "most used first; predicates no relation uses yet are listed with count 0 so clients can discover them.");

        return group;
    }

    public static async Task<Ok<IReadOnlyList<RelationTypeResponse>>> ListRelationTypesAsync(IClaimGraphQueries store, CancellationToken cancellationToken)
    {
        var counts = await store.GetPredicateCountsAsync(cancellationToken);
        return TypedResults.Ok(Describe(counts));
    }

    /// <summary>The vocabulary joined with the stored counts, most used first, then by name.</summary>
    public static IReadOnlyList<RelationTypeResponse> Describe(IReadOnlyList<PredicateCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byPredicate = counts.ToLookup(count => count.Predicate, StringComparer.Ordinal);
        return RelationVocabulary.All
            .Select(definition =>
            {
                var origins = byPredicate[definition.Name]
                    .OrderByDescending(count => count.Count)
                    .ThenBy(count => RelationStrength.OriginRank(count.Origin))
                    .Select(count => new RelationTypeOriginCount(RelationKey.OriginName(count.Origin), count.Count))
                    .ToList();
                return new RelationTypeResponse(
                    definition.Name, definition.Description, definition.Extracted, definition.Symmetric, definition.ExtractedAs,
                    origins.Sum(origin => origin.Count), origins);
            })
            .OrderByDescending(type => type.Count)
            .ThenBy(type => type.Predicate, StringComparer.Ordinal)
            .ToList();
    }
}
