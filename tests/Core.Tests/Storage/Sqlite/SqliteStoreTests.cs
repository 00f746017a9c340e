using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>What only the file-backed SQLite store promises: migrations, WAL, persistence, safe full-text input, registration.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryStoreFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "nested", "claimgraph.db");

    /// <summary>Writes a store file the way another build left it: its schema, its version and its rows.</summary>
    private async Task WriteFileAsync(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Opening_a_new_file_creates_its_folder_and_migrates_to_the_current_version()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);

        File.Exists(DatabasePath).Should().BeTrue();
        (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion).And.BeGreaterThan(0);
        (await store.GetJournalModeAsync(None)).Should().Be("wal");
    }

    [Fact]
    public async Task Opening_an_existing_empty_file_migrates_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllBytesAsync(DatabasePath, []);

        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);

        (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
        (await store.GetStatusAsync(None)).Should().Be(new StoreStatus(true, 0, null));
    }

    [Fact]
    public async Task Reopening_keeps_the_data_and_initializing_again_changes_nothing()
    {
        await using (var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None))
        {
            await store.UpsertEntitiesAsync(ContractGraph.Entities, None);
            await store.WriteNoteAsync(ContractGraph.NoteA(), None);
        }

        await using var reopened = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        await reopened.InitializeAsync(None);

        (await reopened.GetNotesAsync(["note-a"], None))["note-a"].Should().Be(ContractGraph.NoteA().Note);
        (await reopened.WriteNoteAsync(ContractGraph.NoteA(), None)).Should().Be(NoteWriteOutcome.Unchanged);
        (await reopened.ListClaimsAsync(new ClaimFilter(Text: "April"), PageRequest.First(5), None)).TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task A_version_1_file_is_migrated_with_its_data()
    {
        await WriteFileAsync(SqliteSchema.Migrations[0] + """
                PRAGMA user_version = 1;
                INSERT INTO entities (id, name, type, aliases, description) VALUES ('openai', 'OpenAI', 'Organization', '["OpenAI"]', '');
                INSERT INTO notes (id, title, format, content_hash, catalog_version, text, source_path)
                VALUES ('n', 'N', 'PlainText', 'h', 'c', 'OpenAI one. OpenAI two.', 'n.md');
                INSERT INTO claims (id, note_id, ordinal, text, section, span_start, span_end)
                VALUES ('n:12-23', 'n', 1, 'OpenAI two.', '[]', 12, 23), ('n:0-11', 'n', 0, 'OpenAI one.', '[]', 0, 11);
                INSERT INTO mentions (claim_id, entity_id, note_id, matched_text, span_start, span_end)
                VALUES ('n:12-23', 'openai', 'n', 'OpenAI', 12, 18), ('n:0-11', 'openai', 'n', 'OpenAI', 0, 6);
                """);

        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);

        (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
        var claims = await store.GetClaimsOfEntitiesAsync(["openai"], PageRequest.First(5), None);
        claims["openai"].Items.Select(claim => claim.Id).Should().Equal(["n:0-11", "n:12-23"], "the migration copied each claim's ordinal");
        (await store.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(2);
    }

    [Fact]
    public async Task A_version_4_file_loses_the_unused_link_target_index_and_keeps_its_links()
    {
        await WriteFileAsync(string.Join('\n', SqliteSchema.Migrations.Take(4)) + """
                PRAGMA user_version = 4;
                INSERT INTO notes (id, title, format, content_hash, catalog_version, text, source_path)
                VALUES ('n', 'N', 'PlainText', 'h', 'c', 'See [the paper](https://example.org/paper).', 'n.md');
                INSERT INTO links (note_id, ordinal, target, label, span_start, span_end)
                VALUES ('n', 0, 'https://example.org/paper', 'the paper', 4, 42);
                """);

        await using (var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None))
        {
            (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
            var links = await store.GetLinksOfNotesAsync(["n"], None);
            links["n"].Should().ContainSingle().Which.Target.Should().Be("https://example.org/paper");
        }

        (await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_links_target';")).Should().Be(0);
    }

    [Fact]
    public async Task A_version_8_file_keeps_its_evidence_when_evidence_is_keyed_by_claim()
    {
        await WriteFileAsync(string.Join('\n', SqliteSchema.Migrations.Take(8)) + """
                PRAGMA user_version = 8;
                INSERT INTO entities (id, name, type, aliases, description, source)
                VALUES ('nvidia', 'Nvidia', 'Organization', '["Nvidia"]', '', 'catalog'),
                       ('h100', 'H100', 'Product', '["H100"]', '', 'discovered');
                INSERT INTO notes (id, title, format, content_hash, catalog_version, text, source_path)
                VALUES ('n', 'N', 'PlainText', 'h', 'c', 'Nvidia built the H100. The H100 sold out.', 'n.md');
                INSERT INTO claims (id, note_id, ordinal, text, section, span_start, span_end)
                VALUES ('n:0-22', 'n', 0, 'Nvidia built the H100.', '[]', 0, 22), ('n:23-41', 'n', 1, 'The H100 sold out.', '[]', 23, 41);
                INSERT INTO mentions (claim_id, entity_id, note_id, matched_text, span_start, span_end, claim_ordinal)
                VALUES ('n:0-22', 'nvidia', 'n', 'Nvidia', 0, 6, 0), ('n:0-22', 'h100', 'n', 'H100', 17, 21, 0),
                       ('n:23-41', 'h100', 'n', 'H100', 27, 31, 1);
                UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id);
                INSERT INTO relations (id, subject_id, predicate, object_id, origin, evidence_count, note_count, confidence)
                VALUES ('nvidia|DEVELOPS|h100|extracted', 'nvidia', 'DEVELOPS', 'h100', 'extracted', 1, 1, 0.8);
                INSERT INTO relation_evidence (relation_id, claim_id, note_id, ordinal, quote, confidence, trigger_start, trigger_end, rule)
                VALUES ('nvidia|DEVELOPS|h100|extracted', 'n:0-22', 'n', 0, 'Nvidia built the H100', 0.8, 7, 12, 'develops-verb');
                """);

        await using (var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None))
        {
            (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
            var evidence = (await store.GetEvidenceAsync(["nvidia|DEVELOPS|h100|extracted"], PageRequest.First(5), None))["nvidia|DEVELOPS|h100|extracted"];
            evidence.TotalCount.Should().Be(1);
            var only = evidence.Items.Should().ContainSingle().Subject;
            only.Claim.Id.Should().Be("n:0-22");
            only.Quote.Should().Be("Nvidia built the H100");
            only.Confidence.Should().Be(0.8);
            only.Extraction.Should().NotBeNull();
            only.Extraction!.Rule.Should().Be("develops-verb");
            (await store.GetRelationsSupportedByClaimsAsync(["n:0-22"], None))["n:0-22"].Should().ContainSingle()
                .Which.Id.Should().Be("nvidia|DEVELOPS|h100|extracted");
            (await store.GetClaimsOfEntitiesAsync(["h100"], PageRequest.First(5), None))["h100"].Items.Select(claim => claim.Id)
                .Should().Equal(["n:0-22", "n:23-41"], "an entity's claims are found by note and ordinal");
            (await store.ListClaimsAsync(new ClaimFilter(EntityId: "nvidia"), PageRequest.First(5), None)).Items.Select(claim => claim.Id)
                .Should().Equal(["n:0-22"]);
        }

        (await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_evidence_claim';")).Should().Be(0);
        (await ScalarAsync("SELECT count(*) FROM pragma_index_info('ix_mentions_entity') WHERE name = 'claim_id';")).Should().Be(0);
    }

    [Fact]
    public async Task A_store_that_wrote_empties_the_wal_when_disposed_while_another_connection_keeps_the_file_open()
    {
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await using (var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None))
        {
            await other.OpenAsync();
            await using (var read = other.CreateCommand())
            {
                // A connection joins the WAL on its first read; only then does it keep the WAL from being removed.
                read.CommandText = "SELECT count(*) FROM notes;";
                await read.ExecuteScalarAsync();
            }

            await store.UpsertEntitiesAsync(ContractGraph.Entities, None);
            await store.WriteNoteAsync(ContractGraph.NoteA(), None);
            new FileInfo(DatabasePath + "-wal").Length.Should().BeGreaterThan(0, "the writes are in the WAL until a checkpoint");
        }

        new FileInfo(DatabasePath + "-wal").Length.Should().Be(0, "the store checkpointed what it wrote into the file");
        await using var reopened = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        (await reopened.GetNotesAsync(["note-a"], None)).Should().ContainKey("note-a");
    }

    [Fact]
    public async Task A_version_2_file_gets_the_claim_index_merge_setting_and_stays_searchable()
    {
        await WriteFileAsync(SqliteSchema.Migrations[0] + SqliteSchema.Migrations[1] + "PRAGMA user_version = 2;");

        await using (var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None))
        {
            (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
            await store.UpsertEntitiesAsync(ContractGraph.Entities, None);
            await store.WriteNoteAsync(ContractGraph.NoteA(), None);
            (await store.ListClaimsAsync(new ClaimFilter(Text: "April"), PageRequest.First(5), None)).TotalCount
                .Should().Be(1, "a claim is searchable as soon as its note commits, whatever the merge setting");
        }

        (await ScalarAsync("SELECT v FROM claims_fts_config WHERE k = 'automerge';")).Should().Be(16);
    }

    [Fact]
    public async Task Stores_opening_a_new_file_at_once_apply_each_migration_once()
    {
        // Hold the write lock so that every opener reads version 0 and then queues for the lock: the race the API and the
        // ingest worker run into when both start on a fresh file.
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var blocker = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await blocker.OpenAsync();
        await using (var wal = blocker.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync();
        }

        var writeLock = (SqliteTransaction)await blocker.BeginTransactionAsync();
        var opening = Enumerable.Range(0, 3).Select(_ => Task.Run(() => SqliteClaimGraphStore.OpenAsync(DatabasePath, None))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await writeLock.CommitAsync();
        await writeLock.DisposeAsync();

        var stores = await Task.WhenAll(opening);
        try
        {
            foreach (var store in stores)
            {
                (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
            }

            await stores[0].UpsertEntitiesAsync(ContractGraph.Entities, None);
            (await stores[2].GetStatsAsync(1, None)).Entities.Should().Be(10);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused()
    {
        await WriteFileAsync($"PRAGMA user_version = {SqliteSchema.CurrentVersion + 1};");

        var open = () => SqliteClaimGraphStore.OpenAsync(DatabasePath, None);

        (await open.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*newer than this build*");
    }

    [Fact]
    public async Task Status_of_a_corrupt_file_reports_the_problem_instead_of_throwing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllTextAsync(DatabasePath, new string('x', 8192));
        await using var store = new SqliteClaimGraphStore(DatabasePath);

        var status = await store.GetStatusAsync(None);

        status.Reachable.Should().BeFalse();
        status.Problem.Should().Contain(DatabasePath);
    }

    [Theory]
    [InlineData("\"", 0)]
    [InlineData("AND OR", 0)]
    [InlineData("*", 0)]
    [InlineData("NEAR(", 0)]
    [InlineData("NEAR(OpenAI released)", 0)]
    [InlineData("text:openai", 0)]
    [InlineData("\"unbalanced OR (", 0)]
    [InlineData("o3^ -released +", 2)]
    [InlineData("\"OpenAI\" released*", 2)]
    [InlineData("", 12)]
    [InlineData("   ", 12)]
    public async Task Hostile_full_text_input_is_searched_as_plain_words(string text, int expectedClaims)
    {
        await using var store = await LoadedInMemoryStoreAsync();

        var claims = await store.ListClaimsAsync(new ClaimFilter(Text: text), PageRequest.First(20), None);
        var search = await store.SearchAsync(text, 20, None);

        claims.TotalCount.Should().Be(expectedClaims);
        claims.Items.Should().HaveCount(expectedClaims);
        search.Claims.Should().HaveCount(text.Trim().Length == 0 ? 0 : expectedClaims);
    }

    [Fact]
    public async Task Full_text_operators_are_matched_as_words_not_obeyed()
    {
        await using var store = await LoadedInMemoryStoreAsync();

        var or = await store.ListClaimsAsync(new ClaimFilter(Text: "Kaito OR Hermes"), PageRequest.First(10), None);
        var column = await store.ListClaimsAsync(new ClaimFilter(Text: "text:Kaito"), PageRequest.First(10), None);

        or.TotalCount.Should().Be(0, "OR is a word that no claim contains, not an operator");
        column.TotalCount.Should().Be(0, "a column filter is not honoured");
    }

    [Fact]
    public async Task Readers_see_a_consistent_store_while_notes_are_written()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        await store.UpsertEntitiesAsync(ContractGraph.Entities, None);
        await store.WriteNoteAsync(ContractGraph.NoteA(), None);

        var writes = Task.Run(async () =>
        {
            for (int round = 0; round < 20; round++)
            {
                await store.WriteNoteAsync(ContractGraph.NoteB(contentHash: $"hash-{round}", withKaito: round % 2 == 0), None);
            }
        });
        var reads = Task.Run(async () =>
        {
            var claimCounts = new HashSet<int>();
            for (int round = 0; round < 40; round++)
            {
                var stats = await store.GetStatsAsync(3, None);
                claimCounts.Add(stats.Claims);
                (await store.GetNotesAsync(["note-a"], None)).Should().ContainKey("note-a");
            }

            return claimCounts;
        });
        await Task.WhenAll(writes, reads);

        (await reads).Should().BeSubsetOf([3, 6, 7], "a reader sees note-b fully written or not at all");
        (await store.GetStatsAsync(3, None)).Claims.Should().Be(6);
    }

    [Fact]
    public async Task Registration_serves_both_interfaces_from_one_store_at_a_path_under_the_repository_root()
    {
        // The folder is a checkout of its own: a relative path resolves against the repository root above the content root.
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, StoreLocation.SolutionFileName), "");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = "data/graph.db" });

        builder.AddClaimGraphStore();
        using var host = builder.Build();
        var writer = host.Services.GetRequiredService<IClaimGraphWriter>();
        var queries = host.Services.GetRequiredService<IClaimGraphQueries>();
        await writer.InitializeAsync(None);

        writer.Should().BeSameAs(queries);
        ((SqliteClaimGraphStore)writer).DataSource.Should().Be(Path.Combine(_folder.Path, "data", "graph.db"));
        File.Exists(Path.Combine(_folder.Path, "data", "graph.db")).Should().BeTrue();
        (await queries.GetStatusAsync(None)).Reachable.Should().BeTrue();
        host.Services.GetRequiredService<StoreLocation>().Should().Be(new StoreLocation(StoreProvider.Sqlite, Path.Combine(_folder.Path, "data", "graph.db")));
    }

    [Fact]
    public async Task Registration_accepts_an_in_memory_connection_string()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "sqlite",
            ["Store:Sqlite:Path"] = $"Data Source=registration-{Guid.NewGuid():N};Mode=Memory;Cache=Shared",
        });

        builder.AddClaimGraphStore();
        using var host = builder.Build();
        var writer = host.Services.GetRequiredService<IClaimGraphWriter>();
        await writer.UpsertEntitiesAsync(ContractGraph.Entities, None);

        (await host.Services.GetRequiredService<IClaimGraphQueries>().GetStatsAsync(1, None)).Entities.Should().Be(10);
        Directory.EnumerateFileSystemEntries(_folder.Path).Should().BeEmpty("an in-memory store creates no files");
    }

    [Fact]
    public void Registration_rejects_an_unknown_provider()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "Oracle" });

        var register = () => builder.AddClaimGraphStore();

        register.Should().Throw<InvalidOperationException>().WithMessage("Unknown Store:Provider 'Oracle'");
    }

    [Fact]
    public void An_in_memory_store_needs_a_shared_cache()
    {
        var create = () => new SqliteClaimGraphStore("Data Source=private;Mode=Memory");

        create.Should().Throw<ArgumentException>().WithMessage("*Cache=Shared*");
    }

    private static async Task<SqliteClaimGraphStore> LoadedInMemoryStoreAsync()
    {
        var store = await SqliteClaimGraphStore.OpenAsync($"Data Source=hostile-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", None);
        await store.UpsertEntitiesAsync(ContractGraph.Entities, None);
        foreach (var batch in ContractGraph.AllNotes())
        {
            await store.WriteNoteAsync(batch, None);
        }

        return store;
    }
}
