using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>
/// Starts a bare host with one of the API's registrations and the given settings. Options checked at start fail
/// <c>StartAsync</c> with their own exception; a host started through <c>WebApplicationFactory</c> sometimes reports
/// <see cref="ObjectDisposedException"/> instead, because the app disposes its host while the factory still reads it.
/// The registration's hosted services are left out: they need the rest of the app, and start-time validation does not
/// run through them.
/// </summary>
public static class HostStart
{
    public static async Task StartAsync(Action<IHostApplicationBuilder> register, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder);
        builder.Services.RemoveAll<IHostedService>();
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
