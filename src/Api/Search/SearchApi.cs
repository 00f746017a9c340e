using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

public sealed record SearchQuery(
    [FromQuery(Name = "q")]
    [Required]
    [Description("Words to look for in entity names and aliases and in claim text; at most 200 characters and 16 distinct words by default (Search:MaxTextLength, Search:MaxTerms).")]
    [ParameterExample("decentralized training")]
    string? Q,
    [FromQuery(Name = "limit")]
    [Description("At most this many entities and this many claims, 1 to 100.")]
    [Range(1, 100)]
    [DefaultValue(SearchQuery.DefaultLimit)]
    [ParameterExample(5)]
    int? Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
}

public sealed record EntityHit(
    [property: Description("Relevance; higher is better. Comparable only within one response.")] double Score,
    [property: Description("The matching entity.")] EntitySummary Entity);

public sealed record ClaimHit(
    [property: Description("Relevance; higher is better. Comparable only within one response.")] double Score,
    [property: Description("The matching claim.")] ClaimSummary Claim);

public sealed record SearchResponse(
    [property: Description("The query as searched.")] string Query,
    [property: Description("Matching entities, best first.")] IReadOnlyList<EntityHit> Entities,
    [property: Description("Matching claims, best first.")] IReadOnlyList<ClaimHit> Claims);

public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/search", "Search");

        group.MapGet("", SearchAsync)
            .WithName("Search")
            .WithSummary("Search entities and claims")
            .WithDescription("Full-text search over entity names and aliases and over claim text; each list is ranked best first.");

        return group;
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchQuery query, IClaimGraphQueries store, IOptions<SearchTextOptions> searchText, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var text = query.Q?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("q", "The search text is required.");
        }
        else if (searchText.Value.FullTextProblem(text) is { } problem)
        {
            errors.Add("q", problem);
        }

        var limit = query.Limit ?? SearchQuery.DefaultLimit;
        if (limit is < 1 or > SearchQuery.MaxLimit)
        {
            errors.Add("limit", $"The limit must be between 1 and {SearchQuery.MaxLimit}; it was {limit}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var results = await store.SearchAsync(text!, limit, cancellationToken);
        return TypedResults.Ok(new SearchResponse(
            text!,
            results.Entities.Select(hit => new EntityHit(hit.Score, EntitySummary.From(hit.Entity))).ToList(),
            results.Claims.Select(hit => new ClaimHit(hit.Score, ClaimSummary.From(hit.Claim))).ToList()));
    }
}
