using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

/// <summary>Bound from <c>Rest</c>: how long a REST request may take before it is stopped with 504.</summary>
public sealed class RestTimeoutOptions
{
    public const string SectionName = "Rest";

    /// <summary>Longest a REST request may run, in seconds; 0 for no limit.</summary>
    public double TimeoutSeconds { get; set; } = 30;
}

public static class RequestLimitsExtensions
{
    public const string RestTimeoutPolicyName = "rest";

    /// <summary>
    /// The bounds every request is held to besides the rate limit: how much text it may search with (<c>Search</c>) and
    /// how long a REST request may run (<c>Rest:TimeoutSeconds</c>); each checked at start.
    /// </summary>
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchTextOptions>()
            .BindConfiguration(SearchTextOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SearchTextOptions>, SearchTextOptionsValidation>();
        builder.Services.AddOptions<RestTimeoutOptions>()
            .BindConfiguration(RestTimeoutOptions.SectionName)
            .Validate(options => options.TimeoutSeconds >= 0, $"{RestTimeoutOptions.SectionName}:TimeoutSeconds must be 0 (no limit) or positive.")
            .ValidateOnStart();

        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>()
            .Configure<IOptions<RestTimeoutOptions>>((timeouts, rest) =>
            {
                var seconds = rest.Value.TimeoutSeconds;
                timeouts.AddPolicy(RestTimeoutPolicyName, new RequestTimeoutPolicy
                {
                    Timeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
                    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                    WriteTimeoutResponse = context => WriteTimeoutAsync(context, seconds),
                });
            });
        return builder;
    }

    /// <summary>Stops a REST request that runs past <c>Rest:TimeoutSeconds</c>; its store work is interrupted through the request's token.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseRequestTimeouts();

    private sealed class SearchTextOptionsValidation : IValidateOptions<SearchTextOptions>
    {
        public ValidateOptionsResult Validate(string? name, SearchTextOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }

    private static async Task WriteTimeoutAsync(HttpContext context, double seconds)
    {
        context.Response.Headers.CacheControl = "no-store";
        var problem = ApiProblems.WithRequestDetails(context, new ProblemDetails
        {
            Status = StatusCodes.Status504GatewayTimeout,
            Title = "The request took too long.",
            Detail = $"It was stopped after {seconds.ToString("0.###", CultureInfo.InvariantCulture)} s ({RestTimeoutOptions.SectionName}:{nameof(RestTimeoutOptions.TimeoutSeconds)}); narrow it or try again.",
        });
        // Not through the problem details service or WriteAsJsonAsync: both write with RequestAborted, which is the expired
        // timeout's token here, and the write would be silently cancelled.
        context.Response.ContentType = "application/problem+json";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(problem, JsonSerializerOptions.Web), CancellationToken.None);
    }
}
