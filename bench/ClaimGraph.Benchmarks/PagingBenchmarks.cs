using BenchmarkDotNet.Attributes;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// The first page of <c>GET /api/notes</c> against a page at position <see cref="DeepPosition"/>, on a SQLite store of
/// <see cref="StoreNotes"/> notes (the corpus's texts repeated until the store holds that many, the size of the store
/// on which a deep page once took 0.9 s). The deep page is read as the API reads it, by the key of the item before it,
/// and, for comparison, by offset as the API read it before.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    public const int StoreNotes = 21_500;
    public const int DeepPosition = 21_000;
    private const int PageSize = 20;

    private SqliteClaimGraphStore? _store;
    private DirectoryInfo? _folder;
    private PageKey? _keyBeforeDeepPage;
    private int _total;

    // BenchmarkDotNet's in-process toolchain does not await an async [GlobalSetup]; block on it here instead.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder?.Delete(recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Notes page 1")]
    public async Task<int> FirstPage() =>
        (await _store!.ListNotesAsync(new NoteFilter(), PageRequest.First(PageSize), CancellationToken.None)).Items.Count;

    [Benchmark(Description = "Notes page at 21,000, by key (the API's cursor)")]
    public async Task<int> DeepPageByKey() =>
        (await _store!.ListNotesAsync(
            new NoteFilter(), new PageRequest(PageSize, DeepPosition, _keyBeforeDeepPage, _total), CancellationToken.None)).Items.Count;

    [Benchmark(Description = "Notes page at 21,000, by offset (the cursor before)")]
    public async Task<int> DeepPageByOffset() =>
        (await _store!.ListNotesAsync(new NoteFilter(), new PageRequest(PageSize, DeepPosition), CancellationToken.None)).Items.Count;

    private async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("claimgraph-paging-");
        _store = await SqliteClaimGraphStore.OpenAsync(Path.Combine(_folder.FullName, "claimgraph.db"), CancellationToken.None);
        var files = BenchmarkCorpus.Files;
        var batches = new List<NoteBatch>(256);
        for (var i = 0; i < StoreNotes; i++)
        {
            var file = files[i % files.Count];
            var title = $"{Path.GetFileNameWithoutExtension(file.Path)} {i / files.Count}";
            var note = new Note($"note-{i:00000}", title, "bench", null, null, null, NoteFormat.TubeGraphMarkdown,
                $"hash-{i}", "bench", file.Text, $"replica-{i}/{Path.GetFileName(file.Path)}");
            batches.Add(new NoteBatch(note, [], [], [], [], []));
            if (batches.Count == 256 || i == StoreNotes - 1)
            {
                var results = await _store.WriteNotesAsync(batches, CancellationToken.None);
                if (results.FirstOrDefault(r => !r.Stored) is { } failed)
                {
                    throw new InvalidOperationException($"note {failed.NoteId} was not stored", failed.Error);
                }

                batches.Clear();
            }
        }

        var before = await _store.ListNotesAsync(new NoteFilter(), new PageRequest(1, DeepPosition - 1), CancellationToken.None);
        _keyBeforeDeepPage = before.Keys![0];
        _total = before.TotalCount;
        Console.WriteLine($"// Paging store: {_total} notes of {files.Count} corpus texts ({BenchmarkCorpus.TotalBytes / 1e6:0.0} MB each copy)");
    }
}
