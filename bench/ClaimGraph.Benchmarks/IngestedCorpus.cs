using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// The benchmark corpus ingested once per process into a SQLite store in a temporary folder (deleted at exit), shared
/// by every store and GraphQL benchmark; the jobs run in process, so one ingest serves them all.
/// </summary>
public sealed class IngestedCorpus
{
    private static readonly Lazy<Task<IngestedCorpus>> Shared = new(() => IngestAsync(CancellationToken.None));

    private IngestedCorpus(SqliteClaimGraphStore store, string entityId, string pathFromId, string pathToId)
    {
        Store = store;
        EntityId = entityId;
        PathFromId = pathFromId;
        PathToId = pathToId;
    }

    public SqliteClaimGraphStore Store { get; }

    /// <summary>The entity the single-entity benchmarks read: the most mentioned one.</summary>
    public string EntityId { get; }

    public string PathFromId { get; }

    public string PathToId { get; }

    public static Task<IngestedCorpus> GetAsync() => Shared.Value;

    private static async Task<IngestedCorpus> IngestAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("claimgraph-bench-");
        var store = await SqliteClaimGraphStore.OpenAsync(Path.Combine(folder.FullName, "claimgraph.db"), cancellationToken);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            store.Dispose();
            folder.Delete(recursive: true);
        };

        var catalog = await CatalogLoader.LoadAsync(BenchmarkCorpus.CatalogFolder, cancellationToken);
        var report = await new NoteIngestor(store, store).IngestAsync(
            [BenchmarkCorpus.NotesFolder], catalog, new IngestOptions(), progress: null, cancellationToken);
        Console.WriteLine($"// Ingested {BenchmarkCorpus.NotesFolder}: {report.Notes.Added} notes, {report.ClaimsWritten} claims, {report.Errors.Count} errors");

        var stats = await store.GetStatsAsync(topEntities: 2, cancellationToken);
        if (stats.TopEntities.Count < 2)
        {
            throw new InvalidOperationException($"{BenchmarkCorpus.NotesFolder} mentions fewer than two catalog entities; nothing to benchmark.");
        }
        var top = stats.TopEntities[0].Id;
        // prime-intellect → openai is the path the REST and GraphQL tests use; other corpora fall back to the two most mentioned.
        var known = await store.GetEntitiesAsync(["prime-intellect", "openai"], cancellationToken);
        var (from, to) = known.Count == 2 ? ("prime-intellect", "openai") : (top, stats.TopEntities[1].Id);
        return new IngestedCorpus(store, top, from, to);
    }
}
