using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClaimGraph.Api;

public sealed record PathQuery(
    [FromQuery(Name = "from")]
    [Required]
    [Description("Id of the entity the paths start at.")]
    [ParameterExample("bittensor")]
    string? From,
    [FromQuery(Name = "to")]
    [Required]
    [Description("Id of the entity the paths end at.")]
    [ParameterExample("openai")]
    string? To,
    [FromQuery(Name = "maxHops")]
    [Description("Longest path considered, 1 to 6 relations.")]
    [Range(1, PathQuery.MaxHopsLimit)]
    [DefaultValue(PathQuery.DefaultMaxHops)]
    [ParameterExample(3)]
    int? MaxHops,
    [FromQuery(Name = "maxPaths")]
    [Description("At most this many paths of the shortest length, 1 to 50.")]
    [Range(1, PathQuery.MaxPathsLimit)]
    [DefaultValue(PathQuery.DefaultMaxPaths)]
    [ParameterExample(5)]
    int? MaxPaths)
{
    public const int DefaultMaxHops = 4;
    public const int MaxHopsLimit = 6;
    public const int DefaultMaxPaths = 10;
    public const int MaxPathsLimit = 50;
}

public sealed record PathHopResponse(
    [property: Description("Entity id this hop leaves from.")] string From,
    [property: Description("Entity id this hop arrives at.")] string To,
    [property: Description("The relation joining them; it may point either way.")] RelationSummary Relation,
    [property: Description("The strongest supporting claims, at most three.")] IReadOnlyList<EvidenceResponse> Evidence);

public sealed record PathResponse(
    [property: Description("Entities along the path, from first to last.")] IReadOnlyList<EntityRef> Entities,
    [property: Description("The relations between consecutive entities, with evidence.")] IReadOnlyList<PathHopResponse> Hops);

public sealed record PathsResponse(
    [property: Description("Start entity.")] EntityRef From,
    [property: Description("End entity.")] EntityRef To,
    [property: Description("The hop limit that applied.")] int MaxHops,
    [property: Description("Length (in relations) of the shortest paths; null when none exists within maxHops.")] int? Length,
    [property: Description("Every shortest path found, up to maxPaths.")] IReadOnlyList<PathResponse> Paths);

public static class PathsApi
{
    private const int EvidencePerHop = 3;

    public static RouteGroupBuilder MapPaths(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/paths", "Paths");

        group.MapGet("", FindPathsAsync)
            .WithName("FindPaths")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Find shortest paths between two entities")
            .WithDescription(
                "Shortest paths over relations (taken in either direction) between two entities, each hop with the claims that support it. " +
                "An empty list means no path of at most maxHops relations exists.");

        return group;
    }

    public static async Task<Results<Ok<PathsResponse>, ValidationProblem, ProblemHttpResult>> FindPathsAsync(
        [AsParameters] PathQuery query, IClaimGraphQueries store, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var from = query.From?.Trim();
        var to = query.To?.Trim();
        if (string.IsNullOrEmpty(from))
        {
            errors.Add("from", "The start entity id is required.");
        }

        if (string.IsNullOrEmpty(to))
        {
            errors.Add("to", "The end entity id is required.");
        }
        else if (string.Equals(from, to, StringComparison.Ordinal))
        {
            errors.Add("to", "The end entity must differ from the start entity.");
        }

        IdSyntax.CheckSlug(errors, "from", "an entity", string.IsNullOrEmpty(from) ? null : from);
        IdSyntax.CheckSlug(errors, "to", "an entity", string.IsNullOrEmpty(to) ? null : to);
        var maxHops = query.MaxHops ?? PathQuery.DefaultMaxHops;
        if (maxHops is < 1 or > PathQuery.MaxHopsLimit)
        {
            errors.Add("maxHops", $"maxHops must be between 1 and {PathQuery.MaxHopsLimit}; it was {maxHops}.");
        }

        var maxPaths = query.MaxPaths ?? PathQuery.DefaultMaxPaths;
        if (maxPaths is < 1 or > PathQuery.MaxPathsLimit)
        {
            errors.Add("maxPaths", $"maxPaths must be between 1 and {PathQuery.MaxPathsLimit}; it was {maxPaths}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var ends = await store.GetEntitiesAsync([from!, to!], cancellationToken);
        foreach (var id in new[] { from!, to! })
        {
            if (!ends.ContainsKey(id))
            {
                return ApiProblems.NotFound(context, "Entity", id);
            }
        }

        var paths = await store.FindShortestPathsAsync(from!, to!, maxHops, maxPaths, cancellationToken);
        var hops = paths.SelectMany(path => path.Hops).DistinctBy(hop => hop.Id).ToList();
        var entities = await store.GetEntitiesAsync(
            paths.SelectMany(path => path.EntityIds).Concat(hops.SelectMany(hop => new[] { hop.SubjectId, hop.ObjectId })).ToHashSet(StringComparer.Ordinal),
            cancellationToken);
        var evidence = await RelationEvidence.LoadAsync(store, hops.Select(hop => hop.Id).ToList(), EvidencePerHop, cancellationToken);

        return TypedResults.Ok(new PathsResponse(
            EntityRef.From(ends[from!]),
            EntityRef.From(ends[to!]),
            maxHops,
            paths.Count == 0 ? null : paths.Min(path => path.Hops.Count),
            paths.Select(path => new PathResponse(
                path.EntityIds.Select(id => EntityRef.From(entities, id)).ToList(),
                path.Hops.Select((hop, index) => new PathHopResponse(
                    path.EntityIds[index],
                    path.EntityIds[index + 1],
                    RelationSummary.From(hop, entities),
                    evidence.TryGetValue(hop.Id, out var claims) ? claims : [])).ToList())).ToList()));
    }
}
