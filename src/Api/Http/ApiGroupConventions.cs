
namespace ClaimGraph.Api;

public static class ApiGroupConventions
{
    /// <summary>
    /// What every REST feature group shares: a tag, the per-client rate limit, the store readiness gate (<see cref="StoreReadinessGate"/>),
    /// and the statuses any of its GETs can answer besides its own (304 on a matching ETag, 429, 503).
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder routes, string prefix, string tag)
    {
        var group = routes.MapGroup(prefix).WithTags(tag);
        group.RequireRateLimiting(RateLimitingExtensions.PolicyName);
        group.WithMetadata(RequiresReadyStoreMetadata.Instance);
        group.WithMetadata(ServerCachedMetadata.Url);
        group.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
        group.ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }
}
