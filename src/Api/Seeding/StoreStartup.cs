using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Storage;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

/// <summary>
/// Opens the store (schema created or migrated) and, when it holds no notes and seeding is enabled, ingests the seed
/// catalog before declaring the store ready. Runs in the background so <c>/health/live</c> answers at once; until it
/// finishes, <c>/health/ready</c> and the REST endpoints answer 503 naming the reason. A store that cannot be opened
/// (a database server still starting, a bad path) is retried with backoff rather than ending the process.
/// </summary>
public sealed partial class StoreStartup(
    IServiceProvider services,
    StoreReadiness readiness,
    IOptions<SeedingOptions> options,
    IHostEnvironment environment,
    ILogger<StoreStartup> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartStoreAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                readiness.Set(StoreState.Unavailable, $"The store could not be opened: {e.Message} (retrying every {delay.TotalSeconds:0} s).");
                LogStoreUnavailable(e, delay);
            }

            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    private async Task StartStoreAsync(CancellationToken cancellationToken)
    {
        readiness.Set(StoreState.Starting, "The store is being opened.");

        // Resolved here, inside the retry loop, because opening a store can fail in its constructor (a folder that
        // cannot be created); the container does not cache a failed singleton, so the next attempt tries again.
        var writer = services.GetRequiredService<IClaimGraphWriter>();
        var queries = services.GetRequiredService<IClaimGraphQueries>();
        await writer.InitializeAsync(cancellationToken);
        var status = await queries.GetStatusAsync(cancellationToken);
        if (!status.Reachable)
        {
            throw new InvalidOperationException(status.Problem ?? "the store reports itself unreachable");
        }

        var outcome = "The store is open.";
        if (status.NoteCount == 0)
        {
            outcome = await SeedAsync(writer, queries, cancellationToken);
        }
        else
        {
            LogStoreHasNotes(status.NoteCount);
        }

        readiness.Set(StoreState.Ready, outcome);
        LogReady();
    }

    /// <summary>Fills the empty store from the seed catalog; returns what happened, for the readiness report.</summary>
    private async Task<string> SeedAsync(IClaimGraphWriter writer, IClaimGraphQueries queries, CancellationToken cancellationToken)
    {
        var seeding = options.Value;
        if (!seeding.Enabled)
        {
            LogSeedingDisabled();
            return "The store is open and empty; seeding is disabled (Seeding:Enabled=false).";
        }

        var directory = SeedsLocator.Find(seeding.Path, environment.ContentRootPath);
        if (directory is null)
        {
            var looked = seeding.Path ?? "the repository's seeds/ folder or seeds/ beside the app";
            LogNoSeeds(looked);
            return $"The store is open and empty; no seed catalog was found at {looked} (set Seeding:Path).";
        }

        readiness.Set(StoreState.Seeding, $"The store is empty; the seed notes in {directory} are being ingested.");
        LogSeeding(directory);

        var catalog = await CatalogLoader.LoadAsync(directory, cancellationToken);
        var ingestor = new NoteIngestor(writer, queries);
        var report = await ingestor.IngestAsync(
            [Path.Combine(directory, CatalogLoader.NotesFolderName)], catalog, new IngestOptions(), progress: null, cancellationToken);

        foreach (var error in report.Errors)
        {
            LogSeedError(error.ToString());
        }

        var stored = report.Notes.Added + report.Notes.Updated;
        LogSeeded(stored, report.Notes.Rejected, report.Claims, report.Mentions, report.Relations, report.ElapsedMs);
        return $"The store is open; seeded {stored} notes from {directory} ({report.Notes.Rejected} rejected, {report.Errors.Count} errors logged).";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The store could not be opened; retrying in {Delay}")]
    private partial void LogStoreUnavailable(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store holds {Notes} notes; seeding is not needed")]
    private partial void LogStoreHasNotes(long notes);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is ready")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and Seeding:Enabled is false; it stays empty until notes are ingested")]
    private partial void LogSeedingDisabled();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and no seed catalog was found at {Path}; set Seeding:Path")]
    private partial void LogNoSeeds(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty: ingesting the seed catalog in {Directory}")]
    private partial void LogSeeding(string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding: {Error}")]
    private partial void LogSeedError(string error);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded {Notes} notes ({Rejected} rejected): {Claims} claims, {Mentions} mentions, {Relations} relations in {ElapsedMs} ms")]
    private partial void LogSeeded(int notes, int rejected, int claims, int mentions, int relations, long elapsedMs);
}
