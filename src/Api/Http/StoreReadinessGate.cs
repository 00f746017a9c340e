using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api;

/// <summary>
/// Marks an endpoint (or a group) that can only answer once the store is ready. <paramref name="exempt"/> picks out
/// requests the endpoint answers without the store (GraphiQL's page shares its URL with the GraphQL endpoint).
/// </summary>
public sealed class RequiresReadyStoreMetadata(Func<HttpRequest, bool>? exempt = null)
{
    public static RequiresReadyStoreMetadata Instance { get; } = new();

    public bool Exempts(HttpRequest request) => exempt?.Invoke(request) ?? false;
}

/// <summary>
/// Answers 503 with a problem body and <c>Retry-After</c> for endpoints marked <see cref="RequiresReadyStoreMetadata"/>
/// while the store is opening, seeding or unreachable. A middleware rather than an endpoint filter because it must run
/// before parameter binding, which is where the store itself is resolved — and a store that cannot be opened may fail
/// right there.
/// </summary>
public sealed class StoreReadinessGate(RequestDelegate next, StoreReadiness readiness)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        var current = readiness.Current;
        var requirement = context.GetEndpoint()?.Metadata.GetMetadata<RequiresReadyStoreMetadata>();
        if (current.IsReady || requirement is null || requirement.Exempts(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The store is not ready.",
                Detail = current.Reason,
            },
        });
    }
}
