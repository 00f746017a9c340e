using BenchmarkDotNet.Attributes;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// The SQLite group-commit write path with and without open-world extraction's rows, on synthetic notes (the current
/// pipeline produces no discovered entities or extracted evidence yet). Both write the same notes, claims and catalog
/// mentions; <see cref="OpenWorld"/> adds per note 8 discovered-entity proposals (drawn from a shared pool of 150, so
/// entities are proposed by many notes and re-derived), a mention of one per claim, and an extracted relation with its
/// trace per claim beside the co-mention. One operation writes every note into a fresh store in groups of 256, as the
/// ingest does; the ratio of the two means is the cost of the extra rows.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class OpenWorldWriteBenchmarks
{
    private const int NoteCount = 400;
    private const int ClaimsPerNote = 30;
    private const int GroupSize = 256;
    private const int DiscoveredPool = 150;
    private const int DiscoveredPerNote = 8;

    private static readonly string[] CatalogIds = [.. Enumerable.Range(0, 40).Select(i => $"catalog-{i}")];

    private IReadOnlyList<NoteBatch> _notes = [];
    private string _folder = "";
    private SqliteClaimGraphStore? _store;

    [Params(false, true)]
    public bool OpenWorld { get; set; }

    [GlobalSetup]
    public void Setup() => _notes = [.. Enumerable.Range(0, NoteCount).Select(i => Note(i, OpenWorld))];

    [IterationSetup]
    public void CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("claimgraph-write-bench-").FullName;
        _store = new SqliteClaimGraphStore(Path.Combine(_folder, "bench.db"));
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        var catalog = CatalogIds.Select(id => new Entity(id, id, EntityType.Organization, [id], "")).ToList();
        _store.UpsertEntitiesAsync(catalog, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        _store?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Write 400 notes (30 claims each) in groups of 256")]
    public async Task<int> WriteNotes()
    {
        int stored = 0;
        foreach (var group in _notes.Chunk(GroupSize))
        {
            var results = await _store!.WriteNotesAsync(group, CancellationToken.None);
            stored += results.Count(result => result.Stored);
        }

        return stored == NoteCount ? stored : throw new InvalidOperationException($"Only {stored} of {NoteCount} notes were stored.");
    }

    private static NoteBatch Note(int index, bool openWorld)
    {
        var id = $"note-{index}";
        var random = new Random(index);
        var discovered = openWorld
            ? Enumerable.Range(0, DiscoveredPerNote)
                .Select(_ => random.Next(DiscoveredPool)).Distinct()
                .Select(n => new Entity($"found-{n}", $"Found {n}", (EntityType)(random.Next(2) == 0 ? 0 : 1), [$"Found {n}", $"F{n}"], "",
                    EntitySource.Discovered))
                .ToList()
            : [];
        var texts = new List<string>();
        var claims = new List<Claim>();
        var mentions = new List<Mention>();
        var evidence = new List<RelationEvidence>();
        int position = 0;
        for (int ordinal = 0; ordinal < ClaimsPerNote; ordinal++)
        {
            var first = CatalogIds[random.Next(CatalogIds.Length)];
            var second = CatalogIds[random.Next(CatalogIds.Length)];
            var found = discovered.Count > 0 ? discovered[ordinal % discovered.Count] : null;
            var text = found is null
                ? $"{first} invested in {second} during round {ordinal} of the note {index}."
                : $"{first} invested in {second} during round {ordinal}, {found.Name} said in note {index}.";
            var span = new TextSpan(position, position + text.Length);
            var claim = new Claim(Claim.IdFor(id, span), id, ordinal, text, ["Section"], span, null, null);
            claims.Add(claim);
            texts.Add(text);
            position = span.End + 1;
            mentions.Add(new Mention(claim.Id, first, first, new TextSpan(span.Start, span.Start + first.Length)));
            int secondAt = text.IndexOf(second, first.Length, StringComparison.Ordinal);
            mentions.Add(new Mention(claim.Id, second, second, new TextSpan(span.Start + secondAt, span.Start + secondAt + second.Length)));
            if (first != second)
            {
                var (a, b) = string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first);
                evidence.Add(new RelationEvidence(new RelationKey(a, RelationKey.CoMentioned, b, RelationOrigin.CoMention), claim.Id, null));
                if (openWorld)
                {
                    int trigger = text.IndexOf("invested in", StringComparison.Ordinal);
                    evidence.Add(new RelationEvidence(new RelationKey(first, RelationVocabulary.InvestedIn, second, RelationOrigin.Extracted), claim.Id, null,
                        new ExtractionTrace(new TextSpan(trigger, trigger + "invested in".Length), "invest-verb", 0.5 + random.NextDouble() / 2)));
                }
            }

            if (found is not null)
            {
                int at = text.IndexOf(found.Name, StringComparison.Ordinal);
                mentions.Add(new Mention(claim.Id, found.Id, found.Name, new TextSpan(span.Start + at, span.Start + at + found.Name.Length)));
            }
        }

        var note = new Note(id, $"Note {index}", "Bench", null, null, null, NoteFormat.PlainText, $"hash-{index}", "bench", string.Join("\n", texts),
            $"notes/{id}.md");
        return new NoteBatch(note, claims, mentions, evidence, [], discovered);
    }
}
