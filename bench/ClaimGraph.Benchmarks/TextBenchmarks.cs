using BenchmarkDotNet.Attributes;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// The text stages of ingest over the whole corpus per operation, so the Corpus MB/s column is their throughput:
/// sentence segmentation of every note's text, alias matching over every claim, the extraction stage (entity discovery and
/// typed relations over every note's claims, given their alias matches), and the full parse for comparison.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly List<TextSpan> _sentences = [];
    private readonly NoteParser _parser = new();
    private IReadOnlyList<CorpusFile> _files = [];
    private string[] _claimTexts = [];
    private AliasMatcher? _matcher;
    private NoteExtractor? _extractor;
    private (string[] Claims, IReadOnlyList<AliasMatch>[] Matches)[] _notes = [];

    // BenchmarkDotNet's in-process toolchain does not await an async [GlobalSetup]; block on it here instead.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _files = BenchmarkCorpus.Files;
        var catalog = await CatalogLoader.LoadAsync(BenchmarkCorpus.CatalogFolder, CancellationToken.None);
        _matcher = catalog.Matcher;
        _extractor = new NoteExtractor(catalog);
        _notes = _files
            .Select(file => _parser.Parse(file.Path, file.Text).Claims.Select(claim => claim.Text).ToArray())
            .Select(claims => (claims, claims.Select(text => _matcher.FindMatches(text)).ToArray()))
            .ToArray();
        _claimTexts = _notes.SelectMany(note => note.Claims).ToArray();
    }

    [Benchmark(Description = "Segment sentences (corpus)")]
    public int SegmentSentences()
    {
        var count = 0;
        foreach (var file in _files)
        {
            _sentences.Clear();
            SentenceSegmenter.Segment(file.Text, _sentences);
            count += _sentences.Count;
        }
        return count;
    }

    [Benchmark(Description = "Match aliases in every claim (corpus)")]
    public int MatchAliases()
    {
        var count = 0;
        foreach (var text in _claimTexts)
        {
            count += _matcher!.FindMatches(text).Count;
        }
        return count;
    }

    [Benchmark(Description = "Extract entities and relations from every note (corpus)")]
    public int ExtractEntitiesAndRelations()
    {
        var count = 0;
        foreach (var (claims, matches) in _notes)
        {
            var extraction = _extractor!.Extract(claims, matches);
            count += extraction.DiscoveredEntities.Count;
            foreach (var claim in extraction.Claims)
            {
                count += claim.Relations.Count;
            }
        }
        return count;
    }

    [Benchmark(Description = "Parse notes to claims (corpus)")]
    public int ParseNotes()
    {
        var count = 0;
        foreach (var file in _files)
        {
            count += _parser.Parse(file.Path, file.Text).Claims.Count;
        }
        return count;
    }
}
