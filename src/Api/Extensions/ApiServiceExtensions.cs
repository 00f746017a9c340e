using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace ClaimGraph.Api;

public static class ApiServiceExtensions
{
    /// <summary>JSON, problem details for every error, the exception handlers, and the readiness gate.</summary>
    public static IHostApplicationBuilder AddClaimGraphApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var request = context.HttpContext.Request;
            context.ProblemDetails.Instance ??= $"{request.PathBase}{request.Path}";
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        });
        builder.Services.AddExceptionHandler<BadParameterExceptionHandler>();
        builder.Services.AddExceptionHandler<StoreFailureExceptionHandler>();
        builder.Services.AddExceptionHandler<UnexpectedExceptionHandler>();

        // A value that does not bind (limit=abc) must reach BadParameterExceptionHandler as an exception in every
        // environment, so the client gets a problem body naming the parameter rather than an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        builder.Services.AddSingleton<StoreReadiness>();
        return builder;
    }

    public static IApplicationBuilder UseStoreReadinessGate(this IApplicationBuilder app) => app.UseMiddleware<StoreReadinessGate>();
}
