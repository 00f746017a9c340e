using ClaimGraph.Storage;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

/// <summary>
/// Reads the store's data version every <see cref="HttpCachingOptions.DataVersionPollInterval"/> and keeps the server
/// cache in step: a new version drops every cached answer; a version that cannot be read switches the cache off until
/// it can. Nothing is cached before the store is ready, nor with a store that has no data version (Neo4j).
/// </summary>
public sealed partial class DataVersionMonitor(
    ServerResponseCache cache,
    StoreReadiness readiness,
    IServiceProvider services,
    IOptions<HttpCachingOptions> options,
    ILogger<DataVersionMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ServerCache)
        {
            return;
        }

        // Off the host's start-up path: resolving the store may open a file, and a store that cannot be opened must not
        // stop the host (the readiness endpoint reports it).
        await Task.Yield();
        long? seen = null;
        var failing = false;
        using var timer = new PeriodicTimer(options.Value.DataVersionPollInterval);
        do
        {
            if (!readiness.Current.IsReady)
            {
                // Opening or seeding: nothing is served yet, and the version read once the store is ready is the one
                // the first answers are computed from.
                if (cache.IsActive)
                {
                    cache.Deactivate();
                }
                seen = null;
                continue;
            }
            try
            {
                if (services.GetService<IStoreDataVersion>() is not { } source)
                {
                    LogNoDataVersion(logger);
                    return;
                }
                var version = await source.ReadDataVersionAsync(stoppingToken);
                if (version != seen)
                {
                    cache.Invalidate();
                    seen = version;
                }
                if (!cache.IsActive)
                {
                    cache.Activate();
                    failing = false;
                    LogCaching(logger);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (!failing)
                {
                    LogUnreadable(logger, exception.Message);
                    failing = true;
                }
                cache.Deactivate();
                seen = null;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store reports no data version, so answers are not cached on the server.")]
    private static partial void LogNoDataVersion(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Serving cached answers until the store's data version changes.")]
    private static partial void LogCaching(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store's data version cannot be read, so nothing is served from the server cache until it can: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
