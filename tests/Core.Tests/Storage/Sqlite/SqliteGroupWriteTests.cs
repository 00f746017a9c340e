using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static ClaimGraph.Core.Tests.Storage.ContractGraph;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>
/// Group commit in the SQLite store: several notes per transaction, each still stored completely or not at all, with
/// entity mention counts and relation counts kept by the writer instead of per-row triggers.
/// </summary>
public sealed class SqliteGroupWriteTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string PathOf(string name) => _folder.StoreFile(name);

    private static async Task<SqliteClaimGraphStore> StoreWithEntitiesAsync(string path)
    {
        var store = await SqliteClaimGraphStore.OpenAsync(path, None);
        await store.UpsertEntitiesAsync(Entities, None);
        return store;
    }

    private static NoteBatch WithUnknownEntity(NoteBatch batch) =>
        batch with { Mentions = [.. batch.Mentions, batch.Mentions[0] with { EntityId = "not-in-catalog" }] };

    private static async Task<Dictionary<string, int>> MentionCountsAsync(IClaimGraphQueries queries) =>
        (await queries.GetEntitiesAsync(Entities.Select(e => e.Id).ToList(), None)).Values.ToDictionary(e => e.Id, e => e.MentionCount);

    [Fact]
    public async Task A_group_stores_every_good_note_and_reports_only_the_bad_one()
    {
        var path = PathOf("group");
        await using var store = await StoreWithEntitiesAsync(path);

        var results = await store.WriteNotesAsync([NoteA(), WithUnknownEntity(NoteB()), NoteC(), NoteD()], None);

        results.Select(r => (r.NoteId, r.Outcome)).Should().Equal(
            ("note-a", NoteWriteOutcome.Added), ("note-b", null), ("note-c", NoteWriteOutcome.Added), ("note-d", NoteWriteOutcome.Added));
        results.Where(r => r.NoteId != "note-b").Should().OnlyContain(r => r.Stored && r.Error == null);
        results[1].Stored.Should().BeFalse();
        results[1].Error.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain("'not-in-catalog'");
        (await store.GetNotesAsync(["note-a", "note-b", "note-c", "note-d"], None)).Keys.Should().BeEquivalentTo("note-a", "note-c", "note-d");
        (await store.GetClaimsAsync(NoteB().Claims.Select(c => c.Id).ToList(), None)).Should().BeEmpty();
        (await store.GetRelationsAsync([RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated)], None)).Should().BeEmpty();
        (await MentionCountsAsync(store))["openai"].Should().Be(5);
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_group_leaves_the_same_store_as_writing_its_notes_one_at_a_time()
    {
        await using var oneByOne = await StoreWithEntitiesAsync(PathOf("one-by-one"));
        foreach (var batch in AllNotes())
        {
            await oneByOne.WriteNoteAsync(batch, None);
        }

        await using var grouped = await StoreWithEntitiesAsync(PathOf("grouped"));
        var results = await grouped.WriteNotesAsync(AllNotes(), None);

        results.Should().OnlyContain(r => r.Outcome == NoteWriteOutcome.Added);
        (await grouped.GetStatsAsync(20, None)).Should().BeEquivalentTo(await oneByOne.GetStatsAsync(20, None));
        (await MentionCountsAsync(grouped)).Should().BeEquivalentTo(await MentionCountsAsync(oneByOne));
        var relationIds = AllNotes().SelectMany(b => b.Evidence).Select(e => e.Relation.Id).Distinct().ToList();
        (await grouped.GetRelationsAsync(relationIds, None)).Should().BeEquivalentTo(await oneByOne.GetRelationsAsync(relationIds, None));
        (await grouped.ListClaimsAsync(new ClaimFilter(Text: "reasoning"), PageRequest.First(10), None)).Items
            .Select(c => c.Id).Should().Equal(
                (await oneByOne.ListClaimsAsync(new ClaimFilter(Text: "reasoning"), PageRequest.First(10), None)).Items.Select(c => c.Id));
        await StoreConsistency.AssertAsync(PathOf("grouped"));
    }

    [Fact]
    public async Task Unchanged_notes_in_a_group_are_skipped_and_changed_ones_replaced()
    {
        var path = PathOf("unchanged");
        await using var store = await StoreWithEntitiesAsync(path);
        await store.WriteNotesAsync(AllNotes(), None);

        var results = await store.WriteNotesAsync([NoteA(), NoteB(contentHash: "hash-b2", withKaito: false), NoteC()], None);

        results.Select(r => r.Outcome).Should().Equal(NoteWriteOutcome.Unchanged, NoteWriteOutcome.Updated, NoteWriteOutcome.Unchanged);
        var counts = await MentionCountsAsync(store);
        (counts["kaito"], counts["bittensor"], counts["openai"]).Should().Be((0, 1, 5));
        (await store.GetRelationsAsync([RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated)], None)).Should().BeEmpty();
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task Mention_and_relation_counts_follow_replacements_within_a_group_and_removals()
    {
        var path = PathOf("counts");
        await using var store = await StoreWithEntitiesAsync(path);
        await store.WriteNotesAsync(AllNotes(), None);

        // The same note twice in one group: the second version replaces the first inside the transaction.
        var twice = await store.WriteNotesAsync([NoteB(contentHash: "hash-b2", withKaito: false), NoteB(contentHash: "hash-b3")], None);

        twice.Select(r => r.Outcome).Should().Equal(NoteWriteOutcome.Updated, NoteWriteOutcome.Updated);
        var counts = await MentionCountsAsync(store);
        (counts["kaito"], counts["bittensor"], counts["nous-research"]).Should().Be((1, 2, 3));
        var kaitoFunding = RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated);
        (await store.GetRelationsAsync([kaitoFunding], None))[kaitoFunding].EvidenceCount.Should().Be(1);
        await StoreConsistency.AssertAsync(path);

        (await store.RemoveNotesAsync(["note-a", "note-c"], None)).Should().Be(2);

        counts = await MentionCountsAsync(store);
        (counts["openai"], counts["o3"], counts["microsoft"], counts["deepseek"]).Should().Be((0, 0, 1, 2));
        (await store.GetRelationsAsync([RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated)], None)).Should().BeEmpty();
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task Evidence_written_once_per_group_keeps_the_first_quote_of_a_claim_and_every_note_s_rows()
    {
        // Relations and evidence are queued per note and written sorted at the end of the group; the sort must not change
        // which of two quotes in one claim is kept, nor lose the rows of a note replaced later in the same group.
        var path = PathOf("evidence-order");
        await using var store = await StoreWithEntitiesAsync(path);
        var twoQuotes = new NoteBuilder(
                "note-q", "Two quotes", channel: null, author: null, videoId: null, sourceUrl: null, NoteFormat.PlainText, "hash-q")
            .Claim("OpenAI released o3 in April.", [], null)
            .Mention("openai", "OpenAI").Mention("o3", "o3")
            .Curated("openai", "RELEASED", "o3", "released o3 in April")
            .Curated("openai", "RELEASED", "o3", "OpenAI released o3")
            .Build();

        var results = await store.WriteNotesAsync([NoteC(), twoQuotes, NoteA(), NoteB(), NoteA(contentHash: "hash-a2")], None);

        results.Should().OnlyContain(r => r.Stored);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var quote = connection.CreateCommand();
        quote.CommandText = "SELECT quote FROM relation_evidence WHERE relation_id = $relation AND note_id = 'note-q';";
        quote.Parameters.AddWithValue("$relation", RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated));
        (await quote.ExecuteScalarAsync()).Should().Be("released o3 in April");
        await using var noteA = connection.CreateCommand();
        noteA.CommandText = "SELECT count(*) FROM relation_evidence WHERE note_id = 'note-a';";
        (await noteA.ExecuteScalarAsync()).Should().Be((long)NoteA().Evidence.Count);
        var released = RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated);
        (await store.GetRelationsAsync([released], None))[released].EvidenceCount.Should().Be(2);
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task Proposals_written_once_per_group_follow_a_note_replaced_later_in_the_group()
    {
        // Proposals are queued per note and written at the end of the group (or before a note's old rows are deleted):
        // a note that proposes an entity and is replaced later in the same group must leave no proposal behind.
        static NoteBatch Discovering(string id, string hash, params string[] aliases) => new NoteBuilder(
                id, "Discovery " + id, null, null, null, null, NoteFormat.PlainText, hash)
            .Claim("Goldman Sachs invested in OpenAI.", [], null)
            .Mention("goldman-sachs", "Goldman Sachs").Mention("openai", "OpenAI")
            .CoMention("goldman-sachs", "openai")
            .Discover("goldman-sachs", "Goldman Sachs", EntityType.Organization, aliases)
            .Build();
        var withoutProposal = new NoteBuilder("note-p", "Discovery note-p", null, null, null, null, NoteFormat.PlainText, "hash-p2")
            .Claim("Nothing about banks.", [], null)
            .Build();
        NoteBatch[] notes = [Discovering("note-p", "hash-p", "Goldman"), Discovering("note-q", "hash-q", "GS"), withoutProposal];

        await using var oneByOne = await StoreWithEntitiesAsync(PathOf("proposals-one-by-one"));
        foreach (var batch in notes)
        {
            await oneByOne.WriteNoteAsync(batch, None);
        }

        var path = PathOf("proposals-grouped");
        await using var grouped = await StoreWithEntitiesAsync(path);
        var results = await grouped.WriteNotesAsync(notes, None);

        results.Select(r => r.Outcome).Should().Equal(NoteWriteOutcome.Added, NoteWriteOutcome.Added, NoteWriteOutcome.Updated);
        var entity = (await grouped.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"];
        entity.Should().BeEquivalentTo((await oneByOne.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"]);
        entity.Aliases.Should().NotContain("Goldman", "only note-p gave that alias, and its new version proposes nothing");
        entity.MentionCount.Should().Be(1);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var proposers = connection.CreateCommand();
        proposers.CommandText = "SELECT group_concat(note_id) FROM entity_proposals;";
        (await proposers.ExecuteScalarAsync()).Should().Be("note-q");
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task Entities_and_relations_that_only_gain_rows_in_later_groups_end_as_if_derived_from_all_their_rows()
    {
        // Later groups add to what earlier ones stored: proposals that agree with the stored entity (which the writer
        // leaves as it is) and proposals that change its name, type, aliases or description; evidence of higher and
        // lower confidence for a relation stored before.
        static NoteBatch Proposing(string id, string name, EntityType type, double confidence, params string[] aliases) => new NoteBuilder(
                id, "Acme " + id, null, null, null, null, NoteFormat.PlainText, "hash-" + id)
            .Claim($"{name} uses OpenAI.", [], null)
            .Mention("acme", name).Mention("openai", "OpenAI")
            .Extracted("acme", "USES", "openai", "uses", "uses-active", confidence)
            .Discover("acme", name, type, aliases)
            .Build();

        var path = PathOf("gaining");
        await using var store = await StoreWithEntitiesAsync(path);
        var uses = RelationId("acme", "USES", "openai", RelationOrigin.Extracted);
        NoteBatch[][] groups =
        [
            [Proposing("n1", "Acme", EntityType.Other, 0.6)],
            [Proposing("n2", "Acme", EntityType.Other, 0.5), Proposing("n3", "Acme", EntityType.Organization, 0.7)],
            [Proposing("n4", "Acme", EntityType.Other, 0.4, "Acme Corp")],
            [Proposing("n5", "ACME", EntityType.Product, 0.9), Proposing("n6", "ACME", EntityType.Product, 0.3)],
            [Proposing("n7", "ACME", EntityType.Product, 0.2), Proposing("n8", "ACME", EntityType.Other, 0.2)],
        ];
        var expected = new[]
        {
            (Name: "Acme", Type: EntityType.Other, Aliases: new[] { "Acme" }, Evidence: 1, Confidence: 0.6),
            ("Acme", EntityType.Organization, ["Acme"], 3, 0.7),
            ("Acme", EntityType.Organization, ["Acme", "Acme Corp"], 4, 0.7),
            ("Acme", EntityType.Product, ["ACME", "Acme", "Acme Corp"], 6, 0.9),
            ("ACME", EntityType.Product, ["ACME", "Acme", "Acme Corp"], 8, 0.9),
        };

        foreach (var (group, (name, type, aliases, evidence, confidence)) in groups.Zip(expected))
        {
            (await store.WriteNotesAsync(group, None)).Should().OnlyContain(r => r.Outcome == NoteWriteOutcome.Added);
            var acme = (await store.GetEntitiesAsync(["acme"], None))["acme"];
            (acme.Name, acme.Type).Should().Be((name, type));
            acme.Aliases.Should().Equal(aliases);
            var relation = (await store.GetRelationsAsync([uses], None))[uses];
            (relation.EvidenceCount, relation.NoteCount).Should().Be((evidence, evidence));
            relation.Confidence.Should().Be(confidence);
            await StoreConsistency.AssertAsync(path);
        }
    }

    private static NoteBatch Discovering(string id, string claim, params (string Id, string Name)[] discovered)
    {
        var builder = new NoteBuilder(id, "Discovery " + id, null, null, null, null, NoteFormat.PlainText, "hash-" + id)
            .Claim(claim, [], null);
        foreach (var (entityId, name) in discovered)
        {
            builder = builder.Mention(entityId, name).Discover(entityId, name, EntityType.Organization, []);
        }

        return builder.Build();
    }

    [Fact]
    public async Task A_note_naming_an_entity_discovered_earlier_in_its_group_without_proposing_it_is_refused()
    {
        // Discovered entities are created when the group's queued rows are written, after every note's check: an entity
        // proposed by an earlier note of the group is not in the store yet when the next note is checked.
        var path = PathOf("free-rider");
        await using var store = await StoreWithEntitiesAsync(path);
        var proposer = Discovering("note-p", "Goldman Sachs invested.", ("goldman-sachs", "Goldman Sachs"));
        var freeRider = Discovering("note-q", "Goldman Sachs again.", ("goldman-sachs", "Goldman Sachs")) with { DiscoveredEntities = [] };

        var results = await store.WriteNotesAsync([proposer, freeRider], None);

        results[0].Stored.Should().BeTrue();
        results[1].Stored.Should().BeFalse();
        results[1].Error.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Match("*note-q*goldman-sachs*DiscoveredEntities*");
        (await store.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"].MentionCount.Should().Be(1);
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_catalog_entity_proposed_earlier_in_the_group_may_be_named_by_a_later_note_without_proposing_it()
    {
        // The proposal of a catalog id creates nothing (the catalog entity stays), so naming it is not a free ride.
        var path = PathOf("catalog-proposed");
        await using var store = await StoreWithEntitiesAsync(path);
        var proposer = Discovering("note-p", "OpenAI shipped.", ("openai", "OpenAI"));
        var namer = Discovering("note-q", "OpenAI again.", ("openai", "OpenAI")) with { DiscoveredEntities = [] };

        var results = await store.WriteNotesAsync([proposer, namer], None);

        results.Should().OnlyContain(r => r.Stored);
        (await store.GetEntitiesAsync(["openai"], None))["openai"].Source.Should().Be(EntitySource.Catalog);
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_group_gives_entities_claims_mentions_and_links_the_order_of_writing_its_notes_one_at_a_time()
    {
        // Claims, mentions, links and discovered entities are written once per group; their rowids (and each link's
        // ordinal) must still follow the order the notes and their rows came in.
        NoteBatch[] notes =
        [
            Discovering("note-p", "Zeta Labs and Alpha Works met.", ("zeta-labs", "Zeta Labs"), ("alpha-works", "Alpha Works")),
            NoteA(),
            Discovering("note-q", "Mid Corp and Zeta Labs met.", ("mid-corp", "Mid Corp"), ("zeta-labs", "Zeta Labs")),
            NoteB(),
        ];
        await using (var oneByOne = await StoreWithEntitiesAsync(PathOf("seq-one-by-one")))
        {
            foreach (var batch in notes)
            {
                await oneByOne.WriteNoteAsync(batch, None);
            }
        }

        await using (var grouped = await StoreWithEntitiesAsync(PathOf("seq-grouped")))
        {
            (await grouped.WriteNotesAsync(notes, None)).Should().OnlyContain(r => r.Stored);
        }

        foreach (var sql in new[]
        {
            "SELECT group_concat(seq || '=' || id, ' ') FROM (SELECT seq, id FROM entities ORDER BY seq);",
            "SELECT group_concat(seq || '=' || id, ' ') FROM (SELECT seq, id FROM claims ORDER BY seq);",
            "SELECT group_concat(rowid || '=' || claim_id || '/' || entity_id, ' ') FROM (SELECT rowid, * FROM mentions ORDER BY rowid);",
            "SELECT group_concat(note_id || '#' || ordinal || '=' || target || '/' || label || '@' || span_start, ' ') FROM (SELECT * FROM links ORDER BY note_id, ordinal);",
        })
        {
            (await ScalarTextAsync(PathOf("seq-grouped"), sql)).Should().Be(await ScalarTextAsync(PathOf("seq-one-by-one"), sql));
        }

        (await ScalarTextAsync(PathOf("seq-grouped"), "SELECT group_concat(id, ' ') FROM (SELECT id FROM entities WHERE source = 'discovered' ORDER BY seq);"))
            .Should().Be("zeta-labs alpha-works mid-corp");
        (await ScalarTextAsync(PathOf("seq-grouped"), "SELECT group_concat(note_id || '#' || ordinal || '=' || target, ' ') FROM (SELECT * FROM links ORDER BY note_id, ordinal);"))
            .Should().Be("note-a#0=OpenAI note-a#1=Models note-b#0=BitTensor");
        await StoreConsistency.AssertAsync(PathOf("seq-grouped"));
    }

    private static async Task<string?> ScalarTextAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() as string;
    }

    [Fact]
    public async Task A_group_larger_than_sqlite_s_default_checkpoint_stays_in_the_wal_until_the_store_closes()
    {
        // SQLite's default checkpoints the WAL after any commit that leaves it over 1,000 pages (4 MB); the writer
        // raises that bound, so a 6 MB group is committed to the WAL alone and reaches the file at a later checkpoint
        // (here the last connection closing), with nothing lost on the way.
        var path = PathOf("checkpoint");
        var text = string.Join(' ', Enumerable.Repeat("OpenAI shipped a model and DeepSeek answered it.", 2_500));
        var notes = Enumerable.Range(0, 50).Select(i => new NoteBuilder(
                $"note-{i}", $"Long {i}", null, null, null, null, NoteFormat.PlainText, $"hash-{i}")
            .Claim(text, [], null)
            .Build()).ToList();
        await using (var store = await StoreWithEntitiesAsync(path))
        {
            // Other test classes clear every connection pool when they finish; were the store's pooled connections the
            // last ones open, that would checkpoint and delete the WAL before it is measured. An unpooled connection
            // keeps the database open and is no writer, so the commit's own checkpoint behaviour is what is measured.
            await using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
            await holder.OpenAsync();
            await using (var read = new SqliteCommand("SELECT count(*) FROM sqlite_master", holder))
            {
                await read.ExecuteScalarAsync(); // SQLite opens the WAL on a connection's first read, not at open
            }

            (await store.WriteNotesAsync(notes, None)).Should().OnlyContain(r => r.Outcome == NoteWriteOutcome.Added);

            new FileInfo(path + "-wal").Length.Should().BeGreaterThan(6_000_000, "the group's pages are committed to the WAL");
            new FileInfo(path).Length.Should().BeLessThan(1_000_000, "no checkpoint copied them into the file at the commit");
        }

        SqliteConnection.ClearAllPools();
        new FileInfo(path).Length.Should().BeGreaterThan(6_000_000, "closing the store checkpoints the WAL into the file");
        await using var reopened = await SqliteClaimGraphStore.OpenAsync(path, None);
        (await reopened.GetStatsAsync(0, None)).Notes.Should().Be(50);
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_cancelled_group_writes_nothing()
    {
        var path = PathOf("cancelled");
        await using var store = await StoreWithEntitiesAsync(path);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var write = () => store.WriteNotesAsync(AllNotes(), cancellation.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync(0, None)).Claims.Should().Be(0);
        (await store.GetNoteSourcesAsync(None)).Should().BeEmpty();
        await StoreConsistency.AssertAsync(path);
    }

    [Fact]
    public async Task A_version_3_file_is_migrated_with_its_mention_counts_and_the_writer_keeps_them()
    {
        var path = PathOf("v3");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False;Foreign Keys=True"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join('\n', SqliteSchema.Migrations.Take(3)) + """
                PRAGMA user_version = 3;
                INSERT INTO entities (id, name, type, aliases, description) VALUES ('openai', 'OpenAI', 'Organization', '["OpenAI"]', '');
                INSERT INTO notes (id, title, format, content_hash, catalog_version, text, source_path)
                VALUES ('n', 'N', 'PlainText', 'h', 'c', 'OpenAI one. OpenAI two.', 'n.md');
                INSERT INTO claims (id, note_id, ordinal, text, section, span_start, span_end) VALUES
                    ('n:0-11', 'n', 0, 'OpenAI one.', '[]', 0, 11), ('n:12-23', 'n', 1, 'OpenAI two.', '[]', 12, 23);
                INSERT INTO mentions (claim_id, entity_id, note_id, claim_ordinal, matched_text, span_start, span_end) VALUES
                    ('n:0-11', 'openai', 'n', 0, 'OpenAI', 0, 6), ('n:12-23', 'openai', 'n', 1, 'OpenAI', 12, 18);
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteClaimGraphStore.OpenAsync(path, None);

        (await store.GetSchemaVersionAsync(None)).Should().Be(SqliteSchema.CurrentVersion);
        (await store.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(2);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var triggers = connection.CreateCommand();
            triggers.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'mentions_count_%';";
            Convert.ToInt64(await triggers.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(0);
        }

        await store.UpsertEntitiesAsync(Entities, None);
        await store.WriteNotesAsync([NoteA(), NoteC()], None);
        (await store.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(2 + 5);
        (await store.RemoveNotesAsync(["n"], None)).Should().Be(1);
        (await store.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(5);
        await StoreConsistency.AssertAsync(path);
    }
}

/// <summary>Checks a store file's derived data against its rows: what the writer keeps up to date must agree with a recount.</summary>
internal static class StoreConsistency
{
    public static async Task AssertAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        (await ScalarAsync(connection, """
            SELECT count(*) FROM entities e WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id);
            """)).Should().Be(0, "every entity's mention count equals its mention rows");
        (await ScalarAsync(connection, """
            SELECT count(*) FROM relations r
            WHERE r.evidence_count <> (SELECT count(*) FROM relation_evidence ev WHERE ev.relation_id = r.id)
               OR r.note_count <> (SELECT count(DISTINCT ev.note_id) FROM relation_evidence ev WHERE ev.relation_id = r.id)
               OR r.evidence_count = 0
               OR r.confidence <> (SELECT max(ev.confidence) FROM relation_evidence ev WHERE ev.relation_id = r.id);
            """)).Should().Be(0, "every relation's counts and confidence follow its evidence and no relation is left without evidence");
        (await ScalarAsync(connection, """
            SELECT count(*) FROM entities e
            WHERE e.source = 'discovered' AND NOT EXISTS (SELECT 1 FROM entity_proposals p WHERE p.entity_id = e.id);
            """)).Should().Be(0, "no discovered entity outlives the last note proposing it");
        var (stored, derived) = await DiscoveredEntitiesAsync(connection);
        stored.Should().BeEquivalentTo(derived, "every discovered entity is derived from all its proposals");
        (await ScalarAsync(connection, """
            SELECT (SELECT count(*) FROM claims WHERE note_id NOT IN (SELECT id FROM notes))
                 + (SELECT count(*) FROM mentions WHERE note_id NOT IN (SELECT id FROM notes) OR claim_id NOT IN (SELECT id FROM claims))
                 + (SELECT count(*) FROM links WHERE note_id NOT IN (SELECT id FROM notes))
                 + (SELECT count(*) FROM relation_evidence WHERE note_id NOT IN (SELECT id FROM notes) OR claim_id NOT IN (SELECT id FROM claims));
            """)).Should().Be(0, "no row outlives its note or claim");
        await using var integrity = connection.CreateCommand();
        integrity.CommandText = "INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check');";
        await integrity.ExecuteNonQueryAsync();
    }

    /// <summary>The discovered entities as stored, and as <see cref="DiscoveredEntities.Resolve"/> derives them from their proposals.</summary>
    private static async Task<(List<Entity> Stored, List<Entity> Derived)> DiscoveredEntitiesAsync(SqliteConnection connection)
    {
        var stored = new List<Entity>();
        await using (var rows = connection.CreateCommand())
        {
            rows.CommandText = "SELECT id, name, type, aliases, description FROM entities WHERE source = 'discovered' ORDER BY id;";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(EntityOf(reader));
            }
        }

        var proposals = new List<Entity>();
        await using (var rows = connection.CreateCommand())
        {
            rows.CommandText = """
                SELECT p.entity_id, p.name, p.type, p.aliases, p.description FROM entity_proposals p
                WHERE p.entity_id IN (SELECT id FROM entities WHERE source = 'discovered');
                """;
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                proposals.Add(EntityOf(reader));
            }
        }

        var derived = proposals.GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => DiscoveredEntities.Resolve(g.Key, g.ToList()))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return (stored, derived);

        static Entity EntityOf(SqliteDataReader reader) => new(
            reader.GetString(0), reader.GetString(1), Enum.Parse<EntityType>(reader.GetString(2)),
            System.Text.Json.JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [], reader.GetString(4), EntitySource.Discovered);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
