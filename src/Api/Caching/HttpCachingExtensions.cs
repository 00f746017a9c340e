using ClaimGraph.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

public static class HttpCachingExtensions
{
    /// <summary>ETags and <c>Cache-Control</c> for REST answers, and the server cache kept in step with the store's data version.</summary>
    public static IHostApplicationBuilder AddHttpCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HttpCachingOptions>()
            .BindConfiguration(HttpCachingOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HttpCachingOptions>, HttpCachingOptionsValidation>();
        builder.Services.AddSingleton(services =>
            new ServerResponseCache(services.GetRequiredService<IOptions<HttpCachingOptions>>().Value.ServerCacheMegabytes * 1024L * 1024L));
        builder.Services.AddHostedService<DataVersionMonitor>();
        return builder;
    }

    /// <summary>After the rate limiter and the readiness gate, so a cached answer is still rate limited and never served before the store is ready.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app) => app.UseMiddleware<HttpCachingMiddleware>();

    /// <summary>GraphQL answers are reused only for queries that ran without any error.</summary>
    public static ServerCachedMetadata GraphQLServerCaching { get; } = new(
        keyIncludesBody: true,
        context => context.Features.Get<GraphQLExecutionFeature>() is { IsRepeatableQuery: true });

    private sealed class HttpCachingOptionsValidation : IValidateOptions<HttpCachingOptions>
    {
        public ValidateOptionsResult Validate(string? name, HttpCachingOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
