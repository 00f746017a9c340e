using System.Text;
using ClaimGraph.Core.Tests.Storage.Sqlite;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The ingest pipeline's promises over the real SQLite store, which writes several notes per transaction: a note the
/// store refuses is reported with its file and keeps no other note out; replacing, pruning and cancelling leave a
/// consistent store.
/// </summary>
public sealed class SqliteIngestGuaranteeTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _notes = Path.Combine(Path.GetTempPath(), "claimgraph-ingest-" + Guid.NewGuid().ToString("N"));
    private readonly string _database;

    public SqliteIngestGuaranteeTests()
    {
        Directory.CreateDirectory(_notes);
        _database = _notes + ".db";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_notes, recursive: true);
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A stand-in parser: the id is the first line, every line a claim (the catalog still links the entities).</summary>
    private static ParsedNote Parse(string path, string text) => HandMadeNotes.Note(text.Split('\n')[0].Trim().ToLowerInvariant(), text);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_notes, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private async Task<IngestReport> IngestAsync(
        IClaimGraphWriter writer, IClaimGraphQueries queries, IngestOptions? options = null, Action<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        await new NoteIngestor(writer, queries, Parse)
            .IngestAsync([_notes], await SeedCatalog.LoadAsync(), options ?? new IngestOptions(), progress, cancellationToken);

    [Fact]
    public async Task A_note_the_store_refuses_is_reported_with_its_file_and_the_others_are_stored()
    {
        // The store lacks one catalog entity, so the note mentioning it fails inside the store (a foreign key), not in parsing.
        await using var store = await SqliteClaimGraphStore.OpenAsync(_database, None);
        var writer = new CatalogWithoutEntityWriter(store, "anthropic");
        var notes = Enumerable.Range(1, 12).Select(i => Write($"n{i:00}.md", $"n{i:00}\nOpenAI works with Microsoft on note {i}.")).ToList();
        var refused = Write("n06b.md", "n06b\nAnthropic trains Claude.\nOpenAI answers.");
        var progress = new List<IngestProgress>();

        var report = await IngestAsync(writer, store, progress: progress.Add);

        report.Notes.Should().Be(new NoteCounts(Added: 12, Updated: 0, Unchanged: 0, Rejected: 1));
        report.Errors.Should().ContainSingle().Which.Should().Match<IngestError>(e =>
            e.File == refused && e.Message.StartsWith("InvalidOperationException: ", StringComparison.Ordinal) && e.Message.Contains("'anthropic'"));
        (await store.GetNoteSourcesAsync(None)).Select(s => s.SourcePath).Should().BeEquivalentTo(notes);
        report.Claims.Should().Be(24, "each stored note has its id line and one sentence as claims");
        progress.Select(p => p.Done).Should().Equal(Enumerable.Range(1, 13));
        progress.Single(p => p.File == refused).Outcome.Should().Be(IngestOutcome.Rejected);
        progress.Where(p => p.File != refused).Should().OnlyContain(p => p.Outcome == IngestOutcome.Added);
        await StoreConsistency.AssertAsync(_database);
    }

    [Fact]
    public async Task Changed_renamed_and_pruned_notes_leave_counts_that_match_the_rows()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(_database, None);
        Write("a.md", "alpha\nOpenAI works with Microsoft.\nOpenAI again.");
        var b = Write("b.md", "beta\nAnthropic and Google.");
        var c = Write("c.md", "gamma\nOpenAI and Anthropic.");
        (await IngestAsync(store, store)).Notes.Should().Be(new NoteCounts(3, 0, 0, 0));

        Write("a.md", "alpha\nMicrosoft alone.");
        Write(Path.GetFileName(b), "beta renamed\nGoogle alone.");
        File.Delete(c);
        var second = await IngestAsync(store, store, new IngestOptions { Prune = true });

        second.Notes.Should().Be(new NoteCounts(Added: 0, Updated: 2, Unchanged: 0, Rejected: 0));
        second.Pruned.Should().Be(1);
        (await store.GetNoteSourcesAsync(None)).Select(s => s.NoteId).Should().BeEquivalentTo("alpha", "beta renamed");
        var counts = (await store.GetEntitiesAsync(["openai", "anthropic", "microsoft", "google"], None)).Values.ToDictionary(e => e.Id, e => e.MentionCount);
        counts.Should().BeEquivalentTo(new Dictionary<string, int> { ["openai"] = 0, ["anthropic"] = 0, ["microsoft"] = 1, ["google"] = 1 });
        await StoreConsistency.AssertAsync(_database);

        var third = await IngestAsync(store, store);
        third.Notes.Should().Be(new NoteCounts(0, 0, 2, 0));
    }

    [Fact]
    public async Task Cancelling_during_a_run_leaves_only_complete_notes()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(_database, None);
        for (int i = 0; i < 150; i++)
        {
            Write($"n{i:000}.md", $"n{i:000}\nOpenAI works with Microsoft.\nAnthropic and Google, note {i}.");
        }

        using var cancellation = new CancellationTokenSource();
        var run = () => IngestAsync(store, store, progress: p =>
        {
            if (p.Done == 1)
            {
                cancellation.Cancel();
            }
        }, cancellationToken: cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        var stored = await store.GetNoteSourcesAsync(None);
        stored.Count.Should().BeInRange(1, 149);
        var claims = await store.GetClaimsOfNotesAsync(stored.Select(s => s.NoteId).ToList(), PageRequest.First(10), None);
        claims.Values.Should().OnlyContain(page => page.TotalCount == 3, "each stored note has all three of its claims");
        await StoreConsistency.AssertAsync(_database);

        var resumed = await IngestAsync(store, store);
        resumed.Notes.Should().Be(new NoteCounts(Added: 150 - stored.Count, Updated: 0, Unchanged: stored.Count, Rejected: 0));
        await StoreConsistency.AssertAsync(_database);
    }

    [Fact]
    public async Task An_updating_run_cut_at_any_point_keeps_one_note_per_file_and_converges_to_a_clean_ingest()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(_database, None);
        const int Notes = 300;
        for (int i = 0; i < Notes; i++)
        {
            Write($"n{i:000}.md", $"n{i:000}\nOpenAI works with Microsoft.\nAnthropic and Google, note {i}.");
        }

        await IngestAsync(store, store);
        for (int i = 0; i < Notes; i += 10)
        {
            // Retitled (so a new id) and rewritten: the old version must go in the transaction that stores the new one.
            Write($"n{i:000}.md", $"retitled {i:000}\nMicrosoft alone, note {i}.");
        }

        foreach (var cutAfter in new[] { 1, 2, 7, 30, 31, 64, 150, 299 })
        {
            using var cancellation = new CancellationTokenSource();
            var run = () => IngestAsync(store, store, progress: p =>
            {
                if (p.Done == cutAfter)
                {
                    cancellation.Cancel();
                }
            }, cancellationToken: cancellation.Token);
            try
            {
                await run();
            }
            catch (OperationCanceledException)
            {
                // The cut; what matters is what it left behind.
            }

            var sources = await store.GetNoteSourcesAsync(None);
            sources.GroupBy(source => source.SourcePath).Should().OnlyContain(group => group.Count() == 1, $"cut after {cutAfter} notes");
            sources.Should().HaveCount(Notes);
            await StoreConsistency.AssertAsync(_database);
        }

        (await IngestAsync(store, store)).Notes.Rejected.Should().Be(0);
        var resumed = await NotesAndClaimCountsAsync(store);

        await using var clean = await SqliteClaimGraphStore.OpenAsync(_database + ".clean.db", None);
        try
        {
            await IngestAsync(clean, clean);
            resumed.Should().Equal(await NotesAndClaimCountsAsync(clean));
            resumed.Keys.Where(id => id.StartsWith("retitled", StringComparison.Ordinal)).Should().HaveCount(Notes / 10);
        }
        finally
        {
            await clean.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_database + ".clean.db" + suffix);
            }
        }
    }

    [Fact]
    public async Task Two_notes_left_for_one_file_by_an_older_build_are_healed_by_the_next_run_and_by_prune()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(_database, None);
        var a = Write("a.md", "old title\nOpenAI works with Microsoft.");
        var b = Write("b.md", "new title\nMicrosoft alone.");
        var c = Write("c.md", "gamma\nAnthropic and Google.");
        var d = Write("d.md", "delta\nGoogle alone.");
        await IngestAsync(store, store);

        // What a kill between "store the retitled note" and "remove its old version" used to leave: two notes for a.md,
        // the file holding the new version; and two notes for c.md, whose file is then deleted.
        File.Copy(b, a, overwrite: true);
        await ExecuteAsync($"UPDATE notes SET source_path = '{a}' WHERE id = 'new title'; UPDATE notes SET source_path = '{c}' WHERE id = 'delta';");
        File.Delete(b);
        File.Delete(c);
        File.Delete(d);

        var report = await IngestAsync(store, store, new IngestOptions { Prune = true });

        report.Notes.Should().Be(new NoteCounts(Added: 0, Updated: 1, Unchanged: 0, Rejected: 0));
        report.Pruned.Should().Be(2, "both notes of the deleted c.md go");
        (await store.GetNoteSourcesAsync(None)).Select(source => (source.NoteId, source.SourcePath)).Should().Equal(("new title", a));
        (await store.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(0);
        await StoreConsistency.AssertAsync(_database);
        (await IngestAsync(store, store)).Notes.Should().Be(new NoteCounts(0, 0, 1, 0));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SortedDictionary<string, int>> NotesAndClaimCountsAsync(SqliteClaimGraphStore store)
    {
        var ids = (await store.GetNoteSourcesAsync(None)).Select(source => source.NoteId).ToList();
        var claims = await store.GetClaimsOfNotesAsync(ids, PageRequest.First(1), None);
        return new SortedDictionary<string, int>(
            ids.ToDictionary(id => id, id => claims.TryGetValue(id, out var page) ? page.TotalCount : 0), StringComparer.Ordinal);
    }

    /// <summary>Forwards to the store but leaves one entity out of the catalog upsert, so notes mentioning it fail in the store.</summary>
    private sealed class CatalogWithoutEntityWriter(SqliteClaimGraphStore store, string missingEntityId) : IClaimGraphWriter
    {
        public Task InitializeAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken) =>
            store.GetNoteSourcesAsync(cancellationToken);

        public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) =>
            store.UpsertEntitiesAsync(entities.Where(e => e.Id != missingEntityId).ToList(), cancellationToken);

        public Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken) =>
            store.WriteNoteAsync(batch, cancellationToken);

        public Task<IReadOnlyList<NoteWriteResult>> WriteNotesAsync(IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken) =>
            store.WriteNotesAsync(batches, cancellationToken);

        public Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
            store.RemoveNotesAsync(noteIds, cancellationToken);
    }
}
