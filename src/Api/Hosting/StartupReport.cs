using ClaimGraph.Storage;
using Microsoft.Extensions.Configuration.Json;

namespace ClaimGraph.Api;

/// <summary>
/// Says at start which configuration files were loaded (so a missing appsettings.json is visible) and which store this
/// process opens, one Information line each.
/// </summary>
public sealed partial class StartupReport(IConfiguration configuration, IHostEnvironment environment, StoreLocation store, ILogger<StartupReport> logger)
    : IHostedService
{
    /// <summary>The JSON files among the configuration's sources that exist, as absolute paths, in load order.</summary>
    public static IReadOnlyList<string> LoadedFiles(IConfiguration configuration) =>
        configuration is not IConfigurationRoot root
            ? []
            : root.Providers
                .OfType<JsonConfigurationProvider>()
                .Select(provider => provider.Source.FileProvider?.GetFileInfo(provider.Source.Path ?? ""))
                .Where(file => file is { Exists: true, PhysicalPath: not null })
                .Select(file => file!.PhysicalPath!)
                .ToList();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var files = LoadedFiles(configuration);
        LogConfiguration(environment.ContentRootPath, files.Count == 0 ? "none" : string.Join(", ", files));
        LogStore(store.Provider, store.Where);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Content root {ContentRoot}; configuration files loaded: {Files}")]
    private partial void LogConfiguration(string contentRoot, string files);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store: {Provider} at {Location}")]
    private partial void LogStore(StoreProvider provider, string location);
}

public static class StartupReportExtensions
{
    public static IHostApplicationBuilder AddStartupReport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }
}
