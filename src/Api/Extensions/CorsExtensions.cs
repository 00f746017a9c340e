using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api;

/// <summary>Bound from <c>Cors</c>: the dashboard origins allowed to call the API from a browser; <c>*</c> allows any.</summary>
public sealed class DashboardCorsOptions
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}

public static class CorsExtensions
{
    public static IHostApplicationBuilder AddDashboardCors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardCorsOptions>().BindConfiguration(DashboardCorsOptions.SectionName);
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<DashboardCorsOptions>>((cors, dashboard) =>
            cors.AddDefaultPolicy(policy =>
            {
                var origins = dashboard.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                // Dashboards revalidate with ETags and honour rate limits, so they need to read these headers;
                // POST and Content-Type are for GraphQL clients.
                policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                    .WithHeaders(HeaderNames.ContentType, HeaderNames.IfNoneMatch, HeaderNames.Accept)
                    .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, HeaderNames.CacheControl);
            }));
        return builder;
    }
}
