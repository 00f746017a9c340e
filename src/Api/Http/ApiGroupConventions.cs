
namespace ClaimGraph.Api;

public static class ApiGroupConventions
{
    /// <summary>
    /// What every REST feature group shares: a tag, the per-client rate limit, the store readiness gate (<see cref="StoreReadinessGate"/>),
    /// the REST request timeout, and the statuses any of its GETs can answer besides its own (304 on a matching ETag, 429, 503, 504).
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
        group.WithRequestTimeout(RequestLimitsExtensions.RestTimeoutPolicyName);
        group.ProducesProblem(StatusCodes.Status504GatewayTimeout);
        group.AddEndpointFilter(ReportCancellationAsCancellation);
        return group;
    }

    /// <summary>
    /// A store stopped by the request's token (the timeout, or the client going away) fails in its own terms, SQLite's
    /// "interrupted"; rethrown as the cancellation it is, the timeout middleware answers 504 and a disconnect is not
    /// logged as a store failure.
    /// </summary>
    private static async ValueTask<object?> ReportCancellationAsCancellation(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var cancellation = context.HttpContext.RequestAborted;
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (cancellation.IsCancellationRequested && exception is not OperationCanceledException)
        {
            throw new OperationCanceledException("The request was cancelled while the store was answering it.", exception, cancellation);
        }
    }
}
