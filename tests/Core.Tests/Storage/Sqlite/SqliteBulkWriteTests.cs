using System.Text;
using ClaimGraph.Core.Tests.Ingest;
using ClaimGraph.Ingest;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static ClaimGraph.Core.Tests.Storage.ContractGraph;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>
/// Bulk writes: a large run into a store holding few notes drops the query indexes and builds them once at the end.
/// What is stored must not depend on it, and no deletion may run while the indexes are gone.
/// </summary>
public sealed class SqliteBulkWriteTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => _folder.StoreFile(name);

    private static async Task<SqliteClaimGraphStore> OpenAsync(string path, int bulkWriteMinNotes)
    {
        var store = new SqliteClaimGraphStore(path, bulkWriteMinNotes);
        await store.InitializeAsync(None);
        await store.UpsertEntitiesAsync(Entities, None);
        return store;
    }

    [Fact]
    public async Task The_deferrable_indexes_are_the_ones_the_migrations_create()
    {
        await using var store = await OpenAsync(PathOf("schema"), 0);

        var indexes = await IndexesAsync(PathOf("schema"));

        foreach (var (name, create) in SqliteSchema.DeferrableIndexes)
        {
            indexes.Should().ContainKey(name).WhoseValue.Should().Be(create);
        }
    }

    [Fact]
    public async Task Ingesting_the_seeds_in_bulk_stores_exactly_what_a_plain_ingest_stores()
    {
        var catalog = await SeedCatalog.LoadAsync();
        await using (var plain = new SqliteClaimGraphStore(PathOf("plain"), bulkWriteMinNotes: 0))
        {
            await new NoteIngestor(plain, plain).IngestAsync([SeedCatalog.NotesDirectory], catalog, new IngestOptions(), null, None);
        }

        await using (var bulk = new SqliteClaimGraphStore(PathOf("bulk"), bulkWriteMinNotes: 1))
        {
            var watched = new IndexWatchingWriter(bulk, PathOf("bulk"));
            var report = await new NoteIngestor(watched, bulk).IngestAsync([SeedCatalog.NotesDirectory], catalog, new IngestOptions(), null, None);

            report.Errors.Should().BeEmpty();
            watched.IndexCountsWhileWriting.Should().NotBeEmpty().And.OnlyContain(
                count => count == watched.IndexCountAtStart - SqliteSchema.DeferrableIndexes.Count, "every group was written without the deferred indexes");
            bulk.IndexesDeferred.Should().BeFalse();
        }

        (await IndexesAsync(PathOf("bulk"))).Should().BeEquivalentTo(await IndexesAsync(PathOf("plain")));
        (await ContentAsync(PathOf("bulk"))).Should().Equal(await ContentAsync(PathOf("plain")));
        await StoreConsistency.AssertAsync(PathOf("bulk"));
    }

    [Fact]
    public async Task Replacing_a_stored_note_during_a_bulk_write_builds_the_indexes_first()
    {
        var path = PathOf("replace");
        await using var store = await OpenAsync(path, bulkWriteMinNotes: 1);
        await store.WriteNotesAsync([NoteA()], None);

        await using (await store.BeginBulkWriteAsync(10, None))
        {
            store.IndexesDeferred.Should().BeTrue();
            await store.WriteNotesAsync([NoteB(), NoteC()], None);
            store.IndexesDeferred.Should().BeTrue("adding notes deletes nothing");

            var results = await store.WriteNotesAsync([NoteA("hash-a2"), NoteD()], None);

            results.Select(r => r.Outcome).Should().Equal(NoteWriteOutcome.Updated, NoteWriteOutcome.Added);
            store.IndexesDeferred.Should().BeFalse();
            (await IndexesAsync(path)).Keys.Should().Contain(SqliteSchema.DeferrableIndexes.Select(index => index.Name));
        }

        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_group_that_repeats_a_note_builds_the_indexes_before_writing_it_twice()
    {
        var path = PathOf("repeat");
        await using var store = await OpenAsync(path, bulkWriteMinNotes: 1);
        await using var bulk = await store.BeginBulkWriteAsync(10, None);

        await store.WriteNotesAsync([NoteA(), NoteB(), NoteA("hash-a2")], None);

        store.IndexesDeferred.Should().BeFalse();
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task Removing_notes_during_a_bulk_write_builds_the_indexes_first()
    {
        var path = PathOf("remove");
        await using var store = await OpenAsync(path, bulkWriteMinNotes: 1);
        await using var bulk = await store.BeginBulkWriteAsync(10, None);
        await store.WriteNotesAsync(AllNotes(), None);

        (await store.RemoveNotesAsync(["note-b"], None)).Should().Be(1);

        store.IndexesDeferred.Should().BeFalse();
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_store_holding_more_than_a_quarter_of_the_incoming_notes_is_written_as_usual()
    {
        await using var store = await OpenAsync(PathOf("share"), bulkWriteMinNotes: 1);
        await store.WriteNotesAsync([NoteA(), NoteB()], None);

        await using (await store.BeginBulkWriteAsync(7, None))
        {
            store.IndexesDeferred.Should().BeFalse("2 stored notes are more than a quarter of 7");
        }

        await using (await store.BeginBulkWriteAsync(8, None))
        {
            store.IndexesDeferred.Should().BeTrue("2 stored notes are a quarter of 8");
        }

        store.IndexesDeferred.Should().BeFalse();
    }

    [Theory]
    [InlineData(0, 1_000)]
    [InlineData(500, 499)]
    public async Task A_run_below_the_configured_size_or_with_bulk_writes_off_keeps_every_index(int bulkWriteMinNotes, int incoming)
    {
        await using var store = await OpenAsync(PathOf("small"), bulkWriteMinNotes);

        await using (await store.BeginBulkWriteAsync(incoming, None))
        {
            store.IndexesDeferred.Should().BeFalse();
            (await IndexesAsync(PathOf("small"))).Keys.Should().Contain(SqliteSchema.DeferrableIndexes.Select(index => index.Name));
        }
    }

    [Fact]
    public async Task A_bulk_write_cut_short_leaves_the_indexes_to_the_next_open()
    {
        var path = PathOf("cut");
        await using (var store = await OpenAsync(path, bulkWriteMinNotes: 1))
        {
            // The scope is never disposed: the process "dies" with the indexes dropped.
            _ = await store.BeginBulkWriteAsync(10, None);
            await store.WriteNotesAsync(AllNotes(), None);
            (await IndexesAsync(path)).Keys.Should().NotContain(SqliteSchema.DeferrableIndexes.Select(index => index.Name));
        }

        await using (var reopened = await SqliteClaimGraphStore.OpenAsync(path, None))
        {
            (await IndexesAsync(path)).Keys.Should().Contain(SqliteSchema.DeferrableIndexes.Select(index => index.Name));
            (await reopened.GetStatsAsync(5, None)).Notes.Should().Be(AllNotes().Count);
        }

        await StoreConsistency.AssertAsync(path);
    }

    private static async Task<Dictionary<string, string>> IndexesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL;";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    /// <summary>Every row of every content table, rendered in a fixed order.</summary>
    private static async Task<List<string>> ContentAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var table in new[] { "notes", "claims", "mentions", "links", "entities", "entity_proposals", "relations", "relation_evidence" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table};";
            await using var reader = await command.ExecuteReaderAsync();
            var tableRows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder(table);
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    row.Append('|').Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }

                tableRows.Add(row.ToString());
            }

            rows.AddRange(tableRows.Order(StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>Passes every call to the store and counts the file's indexes whenever a group is written.</summary>
    private sealed class IndexWatchingWriter(SqliteClaimGraphStore store, string path) : IClaimGraphWriter
    {
        public List<int> IndexCountsWhileWriting { get; } = [];

        public int IndexCountAtStart { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken) => store.GetNoteSourcesAsync(cancellationToken);

        public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
        {
            await store.UpsertEntitiesAsync(entities, cancellationToken);
            IndexCountAtStart = (await IndexesAsync(path)).Count;
        }

        public Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken) => store.WriteNoteAsync(batch, cancellationToken);

        public async Task<IReadOnlyList<NoteWriteResult>> WriteNotesAsync(IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken)
        {
            IndexCountsWhileWriting.Add((await IndexesAsync(path)).Count);
            return await store.WriteNotesAsync(batches, cancellationToken);
        }

        public Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) => store.RemoveNotesAsync(noteIds, cancellationToken);

        public ValueTask<IAsyncDisposable> BeginBulkWriteAsync(int incomingNotes, CancellationToken cancellationToken) =>
            store.BeginBulkWriteAsync(incomingNotes, cancellationToken);
    }
}
