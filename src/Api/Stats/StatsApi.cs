using System.ComponentModel;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimGraph.Api;

public sealed record TopEntityResponse(
    [property: Description("Entity id.")] string Id,
    [property: Description("Canonical name.")] string Name,
    [property: Description("How many claims mention the entity.")] int Mentions);

public sealed record StatsResponse(
    [property: Description("Stored notes.")] int Notes,
    [property: Description("Claims across all notes.")] int Claims,
    [property: Description("Entities, from the catalog and discovered in the notes.")] int Entities,
    [property: Description("Mentions of entities in claims.")] int Mentions,
    [property: Description("Relations: curated, extracted and co-mention.")] int Relations,
    [property: Description("Relations per UPPER_SNAKE predicate.")] IReadOnlyDictionary<string, int> RelationsByPredicate,
    [property: Description("Relations per origin: curated, extracted and co-mention (each present, 0 when none).")] IReadOnlyDictionary<string, int> RelationsByOrigin,
    [property: Description("Entities per source: catalog and discovered (each present, 0 when none).")] IReadOnlyDictionary<string, int> EntitiesBySource,
    [property: Description("The most mentioned entities, most first.")] IReadOnlyList<TopEntityResponse> TopEntities);

public static class StatsApi
{
    public const int TopEntityCount = 10;

    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/stats", "Stats");

        group.MapGet("", GetStatsAsync)
            .WithName("GetStats")
            .WithSummary("Get counts of the claim graph")
            .WithDescription(
                "Counts of notes, claims, entities, mentions and relations; relations per predicate and per origin, entities per source; " +
                "and the ten most mentioned entities.");

        return group;
    }

    public static async Task<Ok<StatsResponse>> GetStatsAsync(IClaimGraphQueries store, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(TopEntityCount, cancellationToken);
        return TypedResults.Ok(new StatsResponse(
            stats.Notes,
            stats.Claims,
            stats.Entities,
            stats.Mentions,
            stats.Relations,
            new SortedDictionary<string, int>(stats.RelationsByPredicate.ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, int>(
                stats.RelationsByOrigin.ToDictionary(pair => RelationKey.OriginName(pair.Key), pair => pair.Value), StringComparer.Ordinal),
            new SortedDictionary<string, int>(
                stats.EntitiesBySource.ToDictionary(pair => EntitySourceNames.Name(pair.Key), pair => pair.Value), StringComparer.Ordinal),
            stats.TopEntities.Select(entity => new TopEntityResponse(entity.Id, entity.Name, entity.Mentions)).ToList()));
    }
}
