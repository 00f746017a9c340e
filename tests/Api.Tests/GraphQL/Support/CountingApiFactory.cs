using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>
/// The seeded API host with its <see cref="IClaimGraphQueries"/> wrapped in a <see cref="CountingClaimGraphQueries"/>.
/// The server cache is off unless <paramref name="settings"/> turn it on: these hosts count store calls per request.
/// </summary>
public sealed class CountingApiFactory(IReadOnlyDictionary<string, string?>? settings = null)
    : ClaimGraphApiFactory(WithServerCacheOffByDefault(settings))
{
    public CountingClaimGraphQueries Queries => Services.GetRequiredService<CountingClaimGraphQueries>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(descriptor => descriptor.ServiceType == typeof(IClaimGraphQueries));
            services.Remove(original);
            services.AddSingleton(provider => new CountingClaimGraphQueries(Resolve(original, provider)));
            services.AddSingleton<IClaimGraphQueries>(provider => provider.GetRequiredService<CountingClaimGraphQueries>());
        });
    }

    private static Dictionary<string, string?> WithServerCacheOffByDefault(IReadOnlyDictionary<string, string?>? settings)
    {
        var effective = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["HttpCaching:ServerCache"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }
        return effective;
    }

    private static IClaimGraphQueries Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IClaimGraphQueries)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
