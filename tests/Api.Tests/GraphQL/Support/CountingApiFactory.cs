using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>The seeded API host with its <see cref="IClaimGraphQueries"/> wrapped in a <see cref="CountingClaimGraphQueries"/>.</summary>
public sealed class CountingApiFactory : ClaimGraphApiFactory
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

    private static IClaimGraphQueries Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        (IClaimGraphQueries)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
