using BenchmarkDotNet.Attributes;
using ClaimGraph.Storage;

namespace ClaimGraph.Benchmarks;

/// <summary>Read paths of the SQLite store on the ingested corpus, one call per operation.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private IngestedCorpus? _corpus;

    // BenchmarkDotNet's in-process toolchain does not await an async [GlobalSetup]; block on it here instead.
    [GlobalSetup]
    public void Setup() => _corpus = IngestedCorpus.GetAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Entity by id")]
    public async Task<int> EntityById() =>
        (await _corpus!.Store.GetEntitiesAsync([_corpus.EntityId], CancellationToken.None)).Count;

    [Benchmark(Description = "Top 5 notes of entity (GET /api/entities/{id})")]
    public async Task<int> TopNotesOfEntity() =>
        (await _corpus!.Store.GetNotesOfEntitiesAsync([_corpus.EntityId], 5, CancellationToken.None)).Values.Sum(notes => notes.Count);

    [Benchmark(Description = "Relations page (20, both directions)")]
    public async Task<int> RelationsPage()
    {
        var pages = await _corpus!.Store.GetRelationsOfEntitiesAsync(
            [_corpus.EntityId], new RelationFilter(), new PageRequest(20), CancellationToken.None);
        return pages.Values.Sum(page => page.Items.Count);
    }

    [Benchmark(Description = "Shortest paths, at most 3 hops")]
    public async Task<int> ShortestPathThreeHops() =>
        (await _corpus!.Store.FindShortestPathsAsync(_corpus.PathFromId, _corpus.PathToId, maxHops: 3, maxPaths: 10, CancellationToken.None)).Count;
}
