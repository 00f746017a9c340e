using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimGraph.Api;

public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddClaimGraphHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreReadyHealthCheck>("store", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c> answers 200 while the process runs (it checks nothing); <c>/health/ready</c> answers 200 once the
    /// store is open and seeded, and otherwise 503 with a problem body saying why.
    /// </summary>
    public static IEndpointRouteBuilder MapClaimGraphHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
            // Degraded is a store still opening or seeding: not ready yet.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return routes;
    }

    private static async Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Description),
            }, cancellationToken: context.RequestAborted);
            return;
        }

        var reasons = report.Entries.Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => entry.Value.Description ?? entry.Key);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Not ready.",
                Detail = string.Join(" ", reasons),
            },
        });
    }
}
