using ClaimGraph.Model;
using ClaimGraph.Storage;
using static ClaimGraph.Core.Tests.Storage.ContractGraph;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>Creates fresh, empty, initialized stores for the contract suite. Used as an xunit class fixture.</summary>
public interface IClaimGraphStoreFactory : IAsyncDisposable
{
    /// <summary>A new empty store with its schema in place; each contract case gets its own.</summary>
    Task<(IClaimGraphWriter Writer, IClaimGraphQueries Queries)> CreateAsync();
}

/// <summary>
/// The store contract: cases every <see cref="IClaimGraphWriter"/>/<see cref="IClaimGraphQueries"/> pair must pass, over
/// the small graph in <see cref="ContractGraph"/>. A store's test class subclasses this with its factory; see
/// <see cref="StoreFactAttribute"/> for how a store that needs a server reports itself skipped when it is not configured.
/// </summary>
public abstract class ClaimGraphStoreContract<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : class, IClaimGraphStoreFactory
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IClaimGraphWriter _writer = null!;
    private IClaimGraphQueries _queries = null!;

    protected IClaimGraphWriter Writer => _writer;

    protected IClaimGraphQueries Queries => _queries;

    /// <summary>A fresh store with the catalog's entities but no notes.</summary>
    protected async Task EmptyStoreAsync()
    {
        (_writer, _queries) = await factory.CreateAsync();
        await _writer.UpsertEntitiesAsync(Entities, None);
    }

    /// <summary>A fresh store holding the whole contract graph.</summary>
    protected async Task LoadedStoreAsync()
    {
        await EmptyStoreAsync();
        foreach (var batch in AllNotes())
        {
            (await _writer.WriteNoteAsync(batch, None)).Should().Be(NoteWriteOutcome.Added);
        }
    }

    // ---- writes and round trips ----

    [StoreFact]
    public async Task Note_round_trips_every_field()
    {
        await LoadedStoreAsync();
        var notes = await Queries.GetNotesAsync(["note-a", "note-b"], None);

        notes["note-a"].Should().Be(NoteA().Note);
        notes["note-b"].Should().Be(NoteB().Note);
    }

    [StoreFact]
    public async Task Note_summaries_carry_every_field_but_the_text()
    {
        await LoadedStoreAsync();
        var summaries = await Queries.GetNoteSummariesAsync(["note-a", "note-b", "note-a"], None);

        summaries.Keys.Should().BeEquivalentTo(["note-a", "note-b"]);
        summaries["note-a"].Should().Be(NoteSummary.From(NoteA().Note));
        summaries["note-b"].Should().Be(NoteSummary.From(NoteB().Note));
        summaries["note-a"].VideoUrl.Should().Be(NoteA().Note.VideoUrl);
    }

    [StoreFact]
    public async Task Claims_round_trip_with_span_timestamp_and_deep_link()
    {
        await LoadedStoreAsync();
        var expected = NoteA().Claims;

        var claims = await Queries.GetClaimsAsync(expected.Select(claim => claim.Id).ToList(), None);

        claims.Should().HaveCount(3);
        foreach (var claim in expected)
        {
            claims[claim.Id].Should().BeEquivalentTo(claim);
        }

        var first = claims[expected[0].Id];
        first.Timestamp.Should().Be(new Timestamp("01:05:00", 65, Repaired: true), "a repaired reading keeps its text and says so");
        first.DeepLink.Should().Be("https://www.youtube.com/watch?v=abc123&t=65s");
        first.Section.Should().Equal("Models", "Releases");
        first.Span.Slice(NoteA().Note.Text).Should().Be(first.Text);

        var invalid = claims[expected[1].Id];
        invalid.Timestamp.Should().Be(new Timestamp("02:54:82", null));
        invalid.Timestamp!.IsValid.Should().BeFalse();
        invalid.DeepLink.Should().BeNull();

        claims[expected[2].Id].Timestamp.Should().BeNull();
        claims[expected[2].Id].Section.Should().BeEmpty();
    }

    [StoreFact]
    public async Task Mentions_links_and_entities_round_trip()
    {
        await LoadedStoreAsync();
        var batch = NoteA();

        var mentions = await Queries.GetMentionsOfClaimsAsync(batch.Claims.Select(claim => claim.Id).ToList(), None);
        var links = await Queries.GetLinksOfNotesAsync(["note-a"], None);
        var entities = await Queries.GetEntitiesAsync(["openai", "lonely"], None);

        mentions.Values.SelectMany(list => list).Should().BeEquivalentTo(batch.Mentions);
        mentions[batch.Claims[0].Id].Select(mention => mention.EntityId).Should().Equal("openai", "o3");
        links["note-a"].Should().Equal(batch.Links);
        entities["openai"].Should().BeEquivalentTo(new EntityInfo(
            "openai", "OpenAI", EntityType.Organization, ["OpenAI", "Open AI"], "Maker of ChatGPT.", MentionCount: 5));
        entities["lonely"].MentionCount.Should().Be(0);
        entities["lonely"].Aliases.Should().BeEmpty();
    }

    [StoreFact]
    public async Task Upserting_an_entity_again_updates_it()
    {
        await LoadedStoreAsync();

        await Writer.UpsertEntitiesAsync(
            [new Entity("openai", "OpenAI Inc", EntityType.Organization, ["OpenAI", "OAI"], "Renamed.")], None);

        var openai = (await Queries.GetEntitiesAsync(["openai"], None))["openai"];
        openai.Name.Should().Be("OpenAI Inc");
        openai.Aliases.Should().Equal("OpenAI", "OAI");
        openai.MentionCount.Should().Be(5, "mentions belong to notes, not to the catalog row");
        (await Queries.SearchAsync("OAI", 5, None)).Entities.Select(hit => hit.Entity.Id).Should().StartWith("openai");
    }

    [StoreFact]
    public async Task Rewriting_an_unchanged_note_is_a_no_op()
    {
        await LoadedStoreAsync();
        var before = await Queries.GetStatsAsync(10, None);

        (await Writer.WriteNoteAsync(NoteA(), None)).Should().Be(NoteWriteOutcome.Unchanged);

        (await Queries.GetStatsAsync(10, None)).Should().BeEquivalentTo(before);
    }

    [StoreFact]
    public async Task A_new_catalog_version_rewrites_the_note()
    {
        await LoadedStoreAsync();
        var relinked = NoteA() with { Note = NoteA().Note with { CatalogVersion = "catalog-2" } };

        (await Writer.WriteNoteAsync(relinked, None)).Should().Be(NoteWriteOutcome.Updated);

        (await Writer.GetNoteSourcesAsync(None)).Should().ContainEquivalentOf(
            new StoredNoteSource("note-a", "notes/note-a.md", "hash-a", "catalog-2"));
    }

    [StoreFact]
    public async Task A_changed_note_replaces_its_claims_mentions_and_evidence_without_orphans()
    {
        await LoadedStoreAsync();
        var kaitoFunding = RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated);
        var kaitoCoMention = CoMentionId("bittensor", "kaito");
        var oldClaims = NoteB().Claims.Select(claim => claim.Id).ToList();

        var outcome = await Writer.WriteNoteAsync(NoteB(contentHash: "hash-b2", withKaito: false), None);

        outcome.Should().Be(NoteWriteOutcome.Updated);
        (await Queries.GetRelationsAsync([kaitoFunding, kaitoCoMention], None)).Should().BeEmpty();
        var kaitoRelations = await Queries.GetRelationsOfEntitiesAsync(["kaito"], new RelationFilter(), PageRequest.First(10), None);
        kaitoRelations["kaito"].TotalCount.Should().Be(0);
        (await Queries.GetEntitiesAsync(["kaito", "bittensor"], None)).Values.Select(entity => (entity.Id, entity.MentionCount))
            .Should().BeEquivalentTo([("kaito", 0), ("bittensor", 1)]);

        var claims = (await Queries.GetClaimsOfNotesAsync(["note-b"], PageRequest.First(10), None))["note-b"];
        claims.Items.Should().BeEquivalentTo(NoteB(contentHash: "hash-b2", withKaito: false).Claims);
        (await Queries.GetClaimsAsync(oldClaims, None)).Keys.Should().BeEquivalentTo(
            NoteB(withKaito: false).Claims.Select(claim => claim.Id).Intersect(oldClaims));
        (await Queries.ListClaimsAsync(new ClaimFilter(Text: "Kaito"), PageRequest.First(10), None)).TotalCount.Should().Be(0);

        var stats = await Queries.GetStatsAsync(10, None);
        stats.Relations.Should().Be(12);
        stats.Claims.Should().Be(11);
        stats.Mentions.Should().Be(20);
        var funding = await Queries.GetRelationsAsync([RelationId("bittensor", "FUNDS", "nous-research", RelationOrigin.Curated)], None);
        funding.Values.Single().EvidenceCount.Should().Be(1);
    }

    [StoreFact]
    public async Task A_retitled_note_replaces_the_note_of_the_same_file_in_one_write()
    {
        await LoadedStoreAsync();
        var before = await Queries.GetStatsAsync(10, None);
        var mentionsBefore = await Queries.GetEntitiesAsync(["bittensor", "kaito", "nous-research"], None);
        var retitled = Retitled(NoteB(contentHash: "hash-b2"), "note-b-retitled", NoteB().Note.SourcePath);

        var outcome = await Writer.WriteNoteAsync(retitled, None);

        outcome.Should().Be(NoteWriteOutcome.Updated, "the file's note was replaced, not a second note added");
        (await Writer.GetNoteSourcesAsync(None)).Select(source => source.NoteId)
            .Should().BeEquivalentTo(["note-a", "note-b-retitled", "note-c", "note-d"]);
        (await Queries.GetNotesAsync(["note-b"], None)).Should().BeEmpty();
        (await Queries.GetClaimsAsync(NoteB().Claims.Select(claim => claim.Id).ToList(), None)).Should().BeEmpty();
        (await Queries.GetStatsAsync(10, None)).Should().BeEquivalentTo(before, "the same content under a new id counts once");
        (await Queries.GetEntitiesAsync(["bittensor", "kaito", "nous-research"], None)).Should().BeEquivalentTo(mentionsBefore);
        var funding = RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated);
        var evidence = await Queries.GetEvidenceAsync([funding], PageRequest.First(10), None);
        evidence[funding].Items.Select(item => item.Claim.NoteId).Should().Equal("note-b-retitled");
    }

    [StoreFact]
    public async Task A_failed_retitle_keeps_the_old_note_of_the_file()
    {
        await LoadedStoreAsync();
        var before = await Queries.GetStatsAsync(10, None);
        var retitled = Retitled(NoteB(contentHash: "hash-b2"), "note-b-retitled", NoteB().Note.SourcePath);
        var broken = retitled with
        {
            Evidence = [.. retitled.Evidence, new RelationEvidence(
                new RelationKey("bittensor", "FUNDS", "hermes-3", RelationOrigin.Curated), "note-b-retitled:999-1000", "not in this note")],
        };

        var write = () => Writer.WriteNoteAsync(broken, None);

        await write.Should().ThrowAsync<Exception>();
        (await Writer.GetNoteSourcesAsync(None)).Select(source => source.NoteId)
            .Should().BeEquivalentTo(["note-a", "note-b", "note-c", "note-d"], "the old version stays when the new one cannot be stored");
        (await Queries.GetStatsAsync(10, None)).Should().BeEquivalentTo(before);
    }

    [StoreFact]
    public async Task A_group_that_retitles_a_note_and_reuses_its_old_id_for_another_file_keeps_one_note_per_file()
    {
        await LoadedStoreAsync();
        var bMoved = Retitled(NoteB(contentHash: "hash-b2"), "note-b-retitled", NoteB().Note.SourcePath);
        var cTakesOldId = Retitled(NoteC(contentHash: "hash-c2"), "note-b", NoteC().Note.SourcePath);

        var results = await Writer.WriteNotesAsync([bMoved, cTakesOldId], None);

        results.Select(result => result.Outcome).Should().Equal(NoteWriteOutcome.Updated, NoteWriteOutcome.Updated);
        var sources = await Writer.GetNoteSourcesAsync(None);
        sources.Select(source => (source.NoteId, source.SourcePath)).Should().BeEquivalentTo([
            ("note-a", NoteA().Note.SourcePath), ("note-b-retitled", NoteB().Note.SourcePath),
            ("note-b", NoteC().Note.SourcePath), ("note-d", NoteD().Note.SourcePath)]);
        (await Queries.GetStatsAsync(10, None)).Notes.Should().Be(4);
    }

    /// <summary>The batch under another id (as when a note's title changes), every claim id following, from <paramref name="sourcePath"/>.</summary>
    private static NoteBatch Retitled(NoteBatch batch, string newId, string sourcePath)
    {
        string Rename(string claimId) => newId + claimId[batch.Note.Id.Length..];
        return batch with
        {
            Note = batch.Note with { Id = newId, SourcePath = sourcePath },
            Claims = batch.Claims.Select(claim => claim with { Id = Rename(claim.Id), NoteId = newId }).ToList(),
            Mentions = batch.Mentions.Select(mention => mention with { ClaimId = Rename(mention.ClaimId) }).ToList(),
            Links = batch.Links.Select(link => link with { NoteId = newId }).ToList(),
            Evidence = batch.Evidence.Select(evidence => evidence with { ClaimId = Rename(evidence.ClaimId) }).ToList(),
        };
    }

    [StoreFact]
    public async Task Relations_shared_with_another_note_survive_when_one_note_drops_them()
    {
        await LoadedStoreAsync();
        var shared = CoMentionId("o3", "openai");
        var changed = new NoteBuilder("note-c", "Another note about OpenAI", "AI Daily", null, "xyz789", null,
                NoteFormat.TubeGraphMarkdown, "hash-c2")
            .Claim("Nothing relevant any more.", [], null)
            .Build();

        await Writer.WriteNoteAsync(changed, None);

        var relation = (await Queries.GetRelationsAsync([shared], None))[shared];
        relation.EvidenceCount.Should().Be(1);
        relation.NoteCount.Should().Be(1);
        var evidence = await Queries.GetEvidenceAsync([shared], PageRequest.First(10), None);
        evidence[shared].Items.Select(item => item.Claim.NoteId).Should().Equal("note-a");
    }

    [StoreFact]
    public async Task Removing_notes_removes_everything_they_contributed()
    {
        await LoadedStoreAsync();

        int removed = await Writer.RemoveNotesAsync(["note-d", "no-such-note"], None);

        removed.Should().Be(1);
        (await Queries.GetNotesAsync(["note-d"], None)).Should().BeEmpty();
        (await Writer.GetNoteSourcesAsync(None)).Select(source => source.NoteId).Should().BeEquivalentTo(["note-a", "note-b", "note-c"]);
        (await Queries.GetRelationsAsync([CoMentionId("anthropic", "microsoft"), CoMentionId("anthropic", "deepseek")], None))
            .Should().BeEmpty();
        (await Queries.GetEntitiesAsync(["anthropic"], None))["anthropic"].MentionCount.Should().Be(0);
        var stats = await Queries.GetStatsAsync(10, None);
        (stats.Notes, stats.Claims, stats.Mentions, stats.Relations).Should().Be((3, 9, 18, 12));
        (await Writer.RemoveNotesAsync([], None)).Should().Be(0);
    }

    [StoreFact]
    public async Task A_note_with_a_duplicate_claim_id_leaves_no_rows()
    {
        await LoadedStoreAsync();
        var before = await Queries.GetStatsAsync(10, None);
        var good = NoteBuilderWithTwoClaims("note-e");
        var broken = good with { Claims = [good.Claims[0], good.Claims[1], good.Claims[0]] };

        var write = () => Writer.WriteNoteAsync(broken, None);

        await write.Should().ThrowAsync<Exception>();
        (await Queries.GetNotesAsync(["note-e"], None)).Should().BeEmpty();
        (await Queries.GetStatsAsync(10, None)).Should().BeEquivalentTo(before);
        (await Writer.WriteNoteAsync(good, None)).Should().Be(NoteWriteOutcome.Added, "the failed attempt left nothing behind");
    }

    [StoreFact]
    public async Task A_failed_update_keeps_the_previous_version_of_the_note()
    {
        await LoadedStoreAsync();
        var before = await Queries.GetStatsAsync(10, None);
        var changed = NoteB(contentHash: "hash-b2", withKaito: false);
        var broken = changed with
        {
            Evidence = [.. changed.Evidence, new RelationEvidence(
                new RelationKey("bittensor", "FUNDS", "hermes-3", RelationOrigin.Curated), "note-b:999-1000", "not in this note")],
        };

        var write = () => Writer.WriteNoteAsync(broken, None);

        await write.Should().ThrowAsync<Exception>();
        (await Queries.GetNotesAsync(["note-b"], None))["note-b"].ContentHash.Should().Be("hash-b");
        (await Queries.GetStatsAsync(10, None)).Should().BeEquivalentTo(before);
        (await Queries.GetRelationsAsync([RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated)], None))
            .Should().ContainKey(RelationId("bittensor", "FUNDS", "kaito", RelationOrigin.Curated));
    }

    [StoreFact]
    public async Task A_mention_of_an_unknown_entity_fails_the_whole_note()
    {
        await LoadedStoreAsync();
        var batch = NoteBuilderWithTwoClaims("note-e");
        var broken = batch with { Mentions = [.. batch.Mentions, batch.Mentions[0] with { EntityId = "not-in-catalog" }] };

        var write = () => Writer.WriteNoteAsync(broken, None);

        await write.Should().ThrowAsync<Exception>();
        (await Queries.GetNotesAsync(["note-e"], None)).Should().BeEmpty();
        (await Queries.GetEntitiesAsync(["openai"], None))["openai"].MentionCount.Should().Be(5);
    }

    // ---- reads ----

    [StoreFact]
    public async Task Entity_pages_report_totals_and_order()
    {
        await LoadedStoreAsync();

        var first = await Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Mentions, new PageRequest(2, 0), None);
        var second = await Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Mentions, new PageRequest(2, 2), None);
        var pastEnd = await Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Mentions, new PageRequest(5, 50), None);
        var byName = await Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Name, new PageRequest(3, 0), None);
        var organizations = await Queries.ListEntitiesAsync(
            new EntityFilter(Type: EntityType.Organization), EntityOrder.Name, PageRequest.First(20), None);
        var named = await Queries.ListEntitiesAsync(new EntityFilter(NameContains: "RESEARCH"), EntityOrder.Name, PageRequest.First(20), None);

        first.Items.Select(entity => entity.Id).Should().Equal("openai", "deepseek");
        first.TotalCount.Should().Be(10);
        first.HasNextPage.Should().BeTrue();
        second.Items.Select(entity => entity.Id).Should().Equal("microsoft", "nous-research");
        second.Offset.Should().Be(2);
        pastEnd.Items.Should().BeEmpty();
        pastEnd.TotalCount.Should().Be(10);
        byName.Items.Select(entity => entity.Id).Should().Equal("anthropic", "bittensor", "deepseek");
        organizations.Items.Select(entity => entity.Id).Should().Equal("anthropic", "deepseek", "microsoft", "nous-research", "openai");
        named.Items.Select(entity => entity.Id).Should().Equal("nous-research");
    }

    [StoreFact]
    public async Task Notes_claims_and_entities_page_by_key_in_the_same_order_as_one_big_page()
    {
        await LoadedStoreAsync();

        async Task<List<T>> WalkAsync<T>(Func<PageRequest, Task<Page<T>>> list, int pageSize)
        {
            var all = await list(PageRequest.First(100));
            var walked = new List<T>();
            var page = await list(PageRequest.First(pageSize));
            page.TotalCount.Should().Be(all.Items.Count);
            while (true)
            {
                walked.AddRange(page.Items);
                page.Keys.Should().HaveCount(page.Items.Count);
                if (!page.HasNextPage)
                {
                    break;
                }

                walked.Count.Should().BeLessThan(all.Items.Count, "a list must end");
                page = await list(new PageRequest(pageSize, walked.Count, page.Keys![^1], page.TotalCount));
                page.Offset.Should().Be(walked.Count);
            }

            walked.Should().BeEquivalentTo(all.Items, options => options.WithStrictOrdering());
            return walked;
        }

        (await WalkAsync(p => Queries.ListNotesAsync(new NoteFilter(), p, None), 3)).Select(n => n.Id)
            .Should().Equal("note-c", "note-b", "note-d", "note-a");
        (await WalkAsync(p => Queries.ListClaimsAsync(new ClaimFilter(), p, None), 5)).Should().HaveCount(12);
        (await WalkAsync(p => Queries.ListClaimsAsync(new ClaimFilter(EntityId: "openai"), p, None), 2)).Should().NotBeEmpty();
        (await WalkAsync(p => Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Mentions, p, None), 3)).Should().HaveCount(10);
        (await WalkAsync(p => Queries.ListEntitiesAsync(new EntityFilter(), EntityOrder.Name, p, None), 4)).Should().HaveCount(10);
    }

    [StoreFact]
    public async Task A_keyed_page_reuses_the_known_total_and_refuses_a_key_of_another_list()
    {
        await LoadedStoreAsync();
        var first = await Queries.ListNotesAsync(new NoteFilter(), PageRequest.First(1), None);

        var second = await Queries.ListNotesAsync(new NoteFilter(), new PageRequest(1, 1, first.Keys![0], KnownTotal: 4), None);
        var last = await Queries.ListNotesAsync(new NoteFilter(), new PageRequest(10, 1, first.Keys![0], KnownTotal: 4), None);

        second.TotalCount.Should().Be(4);
        second.HasNextPage.Should().BeTrue();
        last.Items.Should().HaveCount(3);
        last.HasNextPage.Should().BeFalse("the store read past the page and found nothing");
        var claimKey = (await Queries.ListClaimsAsync(new ClaimFilter(), PageRequest.First(1), None)).Keys![0];
        var foreign = () => Queries.ListNotesAsync(new NoteFilter(), new PageRequest(1, 1, claimKey, 4), None);
        await foreign.Should().ThrowAsync<InvalidPageKeyException>();
    }

    [StoreFact]
    public async Task Channels_match_whatever_their_letter_case()
    {
        await LoadedStoreAsync();

        var notes = await Queries.ListNotesAsync(new NoteFilter(Channel: "ai DAILY"), PageRequest.First(10), None);

        notes.Items.Select(n => n.Id).Should().BeEquivalentTo(["note-a", "note-c"]);
    }

    [StoreFact]
    public async Task Relations_of_entities_filter_by_predicate_direction_and_origin()
    {
        await LoadedStoreAsync();
        var all = PageRequest.First(50);

        var both = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(), all, None))["openai"];
        var outgoing = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(Direction: RelationDirection.Out), all, None))["openai"];
        var incoming = (await Queries.GetRelationsOfEntitiesAsync(["o3"], new RelationFilter(Direction: RelationDirection.In), all, None))["o3"];
        var released = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(Predicate: "RELEASED"), all, None))["openai"];
        var curated = (await Queries.GetRelationsOfEntitiesAsync(
            ["openai"], new RelationFilter(Origin: RelationOrigin.Curated), all, None))["openai"];
        var coMentions = (await Queries.GetRelationsOfEntitiesAsync(
            ["openai"], new RelationFilter(Origin: RelationOrigin.CoMention), all, None))["openai"];

        both.TotalCount.Should().Be(5);
        both.Items.Take(2).Should().OnlyContain(relation => relation.Origin == RelationOrigin.Curated, "curated relations come first");
        outgoing.Items.Should().OnlyContain(relation => relation.SubjectId == "openai");
        outgoing.Items.Select(relation => relation.Predicate).Should().BeEquivalentTo(["RELEASED", "PARTNERS_WITH"]);
        incoming.Items.Select(relation => relation.Id).Should().BeEquivalentTo(
            [RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated)]);
        released.Items.Should().ContainSingle().Which.ObjectId.Should().Be("o3");
        curated.TotalCount.Should().Be(2);
        coMentions.TotalCount.Should().Be(3);
        coMentions.Items[0].Should().BeEquivalentTo(new { EvidenceCount = 2, NoteCount = 2 }, "most evidence first");
    }

    [StoreFact]
    public async Task Relation_pages_are_per_entity_in_one_batch_and_unknown_ids_are_absent()
    {
        await LoadedStoreAsync();

        var pages = await Queries.GetRelationsOfEntitiesAsync(
            ["openai", "lonely", "nobody"], new RelationFilter(), new PageRequest(2, 1), None);

        pages.Keys.Should().BeEquivalentTo(["openai", "lonely"]);
        pages["openai"].Items.Should().HaveCount(2);
        pages["openai"].TotalCount.Should().Be(5);
        pages["openai"].Offset.Should().Be(1);
        pages["openai"].HasNextPage.Should().BeTrue();
        pages["lonely"].Items.Should().BeEmpty();
        pages["lonely"].TotalCount.Should().Be(0);

        var beyond = await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(), new PageRequest(2, 10), None);
        beyond["openai"].Items.Should().BeEmpty();
        beyond["openai"].TotalCount.Should().Be(5);
    }

    [StoreFact]
    public async Task Evidence_comes_in_note_order_with_curated_quotes()
    {
        await LoadedStoreAsync();
        var coMention = CoMentionId("microsoft", "openai");
        var curated = RelationId("openai", "PARTNERS_WITH", "microsoft", RelationOrigin.Curated);

        var evidence = await Queries.GetEvidenceAsync([coMention, curated, "no|SUCH|relation|curated"], PageRequest.First(10), None);
        var secondPage = await Queries.GetEvidenceAsync([coMention], new PageRequest(1, 1), None);

        evidence.Keys.Should().BeEquivalentTo([coMention, curated]);
        evidence[coMention].Items.Select(item => item.Claim.Id).Should().Equal(NoteA().Claims[1].Id, NoteC().Claims[1].Id);
        evidence[coMention].Items.Should().OnlyContain(item => item.Quote == null);
        evidence[curated].Items.Should().ContainSingle().Which.Quote.Should().Be("OpenAI partners with Microsoft");
        secondPage[coMention].Items.Select(item => item.Claim.Id).Should().Equal(NoteC().Claims[1].Id);
        secondPage[coMention].TotalCount.Should().Be(2);
        (await Queries.GetRelationsAsync([coMention], None))[coMention].Should().BeEquivalentTo(
            new RelationInfo(coMention, "microsoft", RelationKey.CoMentioned, "openai", RelationOrigin.CoMention, 2, 2, RelationConfidence.CoMention));
    }

    [StoreFact]
    public async Task Claims_of_entities_and_notes_are_paged_per_parent()
    {
        await LoadedStoreAsync();

        var ofEntities = await Queries.GetClaimsOfEntitiesAsync(["openai", "lonely", "nobody"], new PageRequest(2, 0), None);
        var ofNotes = await Queries.GetClaimsOfNotesAsync(["note-b", "nowhere"], new PageRequest(2, 2), None);

        ofEntities.Keys.Should().BeEquivalentTo(["openai", "lonely"]);
        ofEntities["openai"].TotalCount.Should().Be(5);
        ofEntities["openai"].Items.Select(claim => claim.Id).Should().Equal(NoteA().Claims[0].Id, NoteA().Claims[1].Id);
        ofEntities["lonely"].TotalCount.Should().Be(0);
        ofNotes.Keys.Should().Equal("note-b");
        ofNotes["note-b"].Items.Select(claim => claim.Ordinal).Should().Equal(2, 3);
        ofNotes["note-b"].TotalCount.Should().Be(4);
        ofNotes["note-b"].HasNextPage.Should().BeFalse();
    }

    [StoreFact]
    public async Task Listing_claims_combines_entity_note_and_text_filters()
    {
        await LoadedStoreAsync();

        var ofEntity = await Queries.ListClaimsAsync(new ClaimFilter(EntityId: "microsoft"), PageRequest.First(10), None);
        var ofEntityInNote = await Queries.ListClaimsAsync(new ClaimFilter(EntityId: "openai", NoteId: "note-c"), PageRequest.First(10), None);
        var text = await Queries.ListClaimsAsync(new ClaimFilter(Text: "released"), PageRequest.First(10), None);
        var textAndEntity = await Queries.ListClaimsAsync(new ClaimFilter(EntityId: "nous-research", Text: "released"), PageRequest.First(10), None);
        var allWords = await Queries.ListClaimsAsync(new ClaimFilter(Text: "OpenAI April"), PageRequest.First(10), None);
        var paged = await Queries.ListClaimsAsync(new ClaimFilter(), new PageRequest(5, 10), None);

        ofEntity.TotalCount.Should().Be(3);
        ofEntityInNote.Items.Select(claim => claim.NoteId).Should().Equal("note-c", "note-c");
        text.Items.Select(claim => claim.Text).Should().BeEquivalentTo(
            ["OpenAI released o3 in April.", "Nous Research released Hermes 3.", "OpenAI released o3 to the public."]);
        textAndEntity.Items.Should().ContainSingle().Which.Text.Should().Be("Nous Research released Hermes 3.");
        allWords.Items.Should().ContainSingle().Which.Text.Should().Be("OpenAI released o3 in April.");
        paged.TotalCount.Should().Be(12);
        paged.Items.Should().HaveCount(2);
    }

    [StoreFact]
    public async Task Full_text_ranks_the_most_relevant_claim_first()
    {
        await LoadedStoreAsync();

        var page = await Queries.ListClaimsAsync(new ClaimFilter(Text: "reasoning"), PageRequest.First(10), None);
        var search = await Queries.SearchAsync("reasoning", 10, None);

        page.TotalCount.Should().Be(3);
        page.Items[0].Text.Should().Be("Reasoning models need reasoning data, more reasoning data.");
        search.Claims.Select(hit => hit.Claim.Id).Should().Equal(page.Items.Select(claim => claim.Id));
        search.Claims.Select(hit => hit.Score).Should().BeInDescendingOrder();
    }

    [StoreFact]
    public async Task Search_puts_exact_and_prefix_entity_hits_first_and_reads_aliases()
    {
        await LoadedStoreAsync();

        var exact = await Queries.SearchAsync("Nous Research", 5, None);
        var alias = await Queries.SearchAsync("news research", 5, None);
        var prefix = await Queries.SearchAsync("open", 5, None);
        var byId = await Queries.SearchAsync("hermes-3", 5, None);
        var nothing = await Queries.SearchAsync("zzzz-nothing", 5, None);

        exact.Entities[0].Entity.Id.Should().Be("nous-research");
        exact.Entities.Select(hit => hit.Score).Should().BeInDescendingOrder();
        exact.Claims.Should().NotBeEmpty();
        exact.Claims.Should().OnlyContain(hit => hit.Claim.Text.Contains("Nous Research", StringComparison.Ordinal));
        alias.Entities[0].Entity.Id.Should().Be("nous-research");
        prefix.Entities[0].Entity.Id.Should().Be("openai");
        byId.Entities[0].Entity.Id.Should().Be("hermes-3");
        nothing.Entities.Should().BeEmpty();
        nothing.Claims.Should().BeEmpty();
    }

    [StoreFact]
    public async Task Batch_loads_return_only_known_ids()
    {
        await LoadedStoreAsync();
        string claimId = NoteA().Claims[0].Id;

        (await Queries.GetEntitiesAsync(["openai", "nobody"], None)).Keys.Should().Equal("openai");
        (await Queries.GetNotesAsync(["note-a", "nowhere"], None)).Keys.Should().Equal("note-a");
        (await Queries.GetNoteSummariesAsync(["note-a", "nowhere"], None)).Keys.Should().Equal("note-a");
        (await Queries.GetClaimsAsync([claimId, "note-a:0-1"], None)).Keys.Should().Equal(claimId);
        (await Queries.GetMentionsOfClaimsAsync([claimId, "nope"], None)).Keys.Should().Equal(claimId);
        (await Queries.GetLinksOfNotesAsync(["note-d", "nowhere"], None)).Should().ContainKey("note-d")
            .WhoseValue.Should().BeEmpty();
        (await Queries.GetEntitiesAsync([], None)).Should().BeEmpty();
    }

    [StoreFact]
    public async Task Relations_supported_by_claims_and_predicate_counts()
    {
        await LoadedStoreAsync();
        string claimId = NoteA().Claims[0].Id;

        var supported = await Queries.GetRelationsSupportedByClaimsAsync([claimId, NoteD().Claims[2].Id, "nope"], None);
        var predicates = await Queries.GetPredicateCountsAsync(None);

        supported[claimId].Select(relation => relation.Id).Should().Equal(
            RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated), CoMentionId("o3", "openai"));
        supported[NoteD().Claims[2].Id].Should().BeEmpty();
        supported.Should().NotContainKey("nope");
        predicates.Should().Equal(
            new PredicateCount("CO_MENTIONED", RelationOrigin.CoMention, 9), new PredicateCount("FUNDS", RelationOrigin.Curated, 2),
            new PredicateCount("PARTNERS_WITH", RelationOrigin.Curated, 1), new PredicateCount("RELEASED", RelationOrigin.Curated, 2));
    }

    [StoreFact]
    public async Task Notes_of_entities_and_entities_of_notes_rank_by_mentions()
    {
        await LoadedStoreAsync();

        var notesOfEntities = await Queries.GetNotesOfEntitiesAsync(["openai", "microsoft", "lonely"], 2, None);
        var entitiesOfNotes = await Queries.GetEntitiesOfNotesAsync(["note-a", "note-b"], None);
        var notes = await Queries.ListNotesAsync(new NoteFilter(Channel: "AI Daily"), PageRequest.First(10), None);
        var plain = await Queries.ListNotesAsync(new NoteFilter(Format: NoteFormat.PlainText), PageRequest.First(10), None);
        var allNotes = await Queries.ListNotesAsync(new NoteFilter(), new PageRequest(1, 1), None);

        notesOfEntities["openai"].Should().Equal(NoteSummary.From(NoteA().Note), NoteSummary.From(NoteC().Note));
        notesOfEntities["openai"][0].VideoUrl.Should().Be(NoteA().Note.VideoUrl);
        notesOfEntities["microsoft"].Should().HaveCount(2);
        notesOfEntities["lonely"].Should().BeEmpty();
        entitiesOfNotes["note-a"].Select(entity => entity.Id).Should().Equal("openai", "deepseek", "microsoft", "o3");
        entitiesOfNotes["note-b"][0].Id.Should().Be("nous-research");
        notes.Items.Select(note => note.Id).Should().BeEquivalentTo(["note-a", "note-c"]);
        notes.TotalCount.Should().Be(2);
        plain.Items.Should().ContainSingle().Which.Id.Should().Be("note-b");
        allNotes.TotalCount.Should().Be(4);
        allNotes.Items.Should().HaveCount(1);
    }

    // ---- traversals ----

    [StoreFact]
    public async Task Shortest_path_of_one_hop_prefers_the_curated_relation()
    {
        await LoadedStoreAsync();

        var paths = await Queries.FindShortestPathsAsync("o3", "openai", 4, 10, None);

        paths.Should().ContainSingle();
        paths[0].EntityIds.Should().Equal("o3", "openai");
        paths[0].Hops.Should().ContainSingle().Which.Id.Should().Be(RelationId("openai", "RELEASED", "o3", RelationOrigin.Curated));
    }

    [StoreFact]
    public async Task Shortest_paths_return_every_path_of_minimal_length()
    {
        await LoadedStoreAsync();

        var paths = await Queries.FindShortestPathsAsync("microsoft", "deepseek", 4, 10, None);
        var capped = await Queries.FindShortestPathsAsync("microsoft", "deepseek", 4, 1, None);

        paths.Select(path => string.Join(">", path.EntityIds)).Should().BeEquivalentTo(
            ["microsoft>openai>deepseek", "microsoft>anthropic>deepseek"]);
        var viaOpenAi = paths.Single(path => path.EntityIds[1] == "openai");
        viaOpenAi.Hops.Select(hop => hop.Id).Should().Equal(
            RelationId("openai", "PARTNERS_WITH", "microsoft", RelationOrigin.Curated), CoMentionId("deepseek", "openai"));
        capped.Should().HaveCount(1);
    }

    [StoreFact]
    public async Task Shortest_paths_respect_the_hop_bound_and_report_none()
    {
        await LoadedStoreAsync();

        var tooShort = await Queries.FindShortestPathsAsync("o3", "kaito", 4, 10, None);
        var longEnough = await Queries.FindShortestPathsAsync("o3", "kaito", 5, 10, None);
        var unreachable = await Queries.FindShortestPathsAsync("openai", "lonely", 6, 10, None);
        var unknown = await Queries.FindShortestPathsAsync("openai", "nobody", 6, 10, None);

        tooShort.Should().BeEmpty();
        longEnough.Should().ContainSingle().Which.EntityIds.Should().Equal("o3", "openai", "deepseek", "nous-research", "bittensor", "kaito");
        longEnough[0].Hops.Should().HaveCount(5);
        longEnough[0].Hops[3].Id.Should().Be(RelationId("bittensor", "FUNDS", "nous-research", RelationOrigin.Curated));
        unreachable.Should().BeEmpty();
        unknown.Should().BeEmpty();
    }

    [StoreFact]
    public async Task Shortest_paths_follow_relations_in_either_direction()
    {
        await LoadedStoreAsync();

        var forward = await Queries.FindShortestPathsAsync("hermes-3", "kaito", 3, 10, None);
        var backward = await Queries.FindShortestPathsAsync("kaito", "hermes-3", 3, 10, None);

        forward.Should().ContainSingle().Which.EntityIds.Should().Equal("hermes-3", "nous-research", "bittensor", "kaito");
        backward.Should().ContainSingle().Which.EntityIds.Should().Equal("kaito", "bittensor", "nous-research", "hermes-3");
    }

    [StoreFact]
    public async Task Neighborhood_grows_by_depth_and_keeps_the_most_mentioned_under_the_cap()
    {
        await LoadedStoreAsync();

        var depthOne = await Queries.GetNeighborhoodAsync("openai", 1, 50, None);
        var depthTwo = await Queries.GetNeighborhoodAsync("openai", 2, 50, None);
        var capped = await Queries.GetNeighborhoodAsync("openai", 2, 3, None);
        var unknown = await Queries.GetNeighborhoodAsync("nobody", 2, 10, None);
        var alone = await Queries.GetNeighborhoodAsync("lonely", 3, 10, None);

        depthOne.CenterId.Should().Be("openai");
        depthOne.Nodes.Select(node => (node.Entity.Id, node.Depth)).Should().Equal(
            ("openai", 0), ("deepseek", 1), ("microsoft", 1), ("o3", 1));
        depthOne.Edges.Should().HaveCount(5);
        depthTwo.Nodes.Where(node => node.Depth == 2).Select(node => node.Entity.Id).Should().Equal("nous-research", "anthropic");
        capped.Nodes.Select(node => node.Entity.Id).Should().Equal("openai", "deepseek", "microsoft");
        capped.Edges.Select(edge => edge.Id).Should().BeEquivalentTo(
            [CoMentionId("deepseek", "openai"), CoMentionId("microsoft", "openai"),
             RelationId("openai", "PARTNERS_WITH", "microsoft", RelationOrigin.Curated)]);
        unknown.Nodes.Should().BeEmpty();
        alone.Nodes.Should().ContainSingle().Which.Entity.Id.Should().Be("lonely");
        alone.Edges.Should().BeEmpty();
    }

    // ---- open-world extraction: extracted evidence, confidence, discovered entities ----

    /// <summary>A note stating, with extraction traces, that Microsoft invested in OpenAI (twice) and that OpenAI uses Kaito.</summary>
    private static NoteBatch ExtractedNote(string id = "note-x", string contentHash = "hash-x", double secondConfidence = 0.9) => new NoteBuilder(
            id, "Investments", "AI Daily", null, "vid-x", null, NoteFormat.TubeGraphMarkdown, contentHash)
        .Claim("Microsoft invested in OpenAI early.", ["Money"], new Timestamp("00:10", 10))
        .Mention("microsoft", "Microsoft").Mention("openai", "OpenAI")
        .Extracted("microsoft", "INVESTED_IN", "openai", "invested in", "invest-verb", 0.6)
        .CoMention("microsoft", "openai")
        .Claim("Microsoft later backed OpenAI again, and OpenAI uses Kaito.", ["Money"], null)
        .Mention("microsoft", "Microsoft").Mention("openai", "OpenAI").Mention("kaito", "Kaito")
        .Extracted("microsoft", "INVESTED_IN", "openai", "backed", "backed-verb", secondConfidence)
        .Extracted("openai", "USES", "kaito", "uses", "uses-verb", 0.7)
        .CoMention("microsoft", "openai").CoMention("kaito", "openai")
        .Build();

    [StoreFact]
    public async Task Extracted_evidence_round_trips_its_trigger_rule_and_confidence()
    {
        await LoadedStoreAsync();
        var batch = ExtractedNote();
        await Writer.WriteNoteAsync(batch, None);
        var invested = RelationId("microsoft", "INVESTED_IN", "openai", RelationOrigin.Extracted);

        var evidence = (await Queries.GetEvidenceAsync([invested], PageRequest.First(10), None))[invested];
        var relation = (await Queries.GetRelationsAsync([invested], None))[invested];

        relation.Should().BeEquivalentTo(new RelationInfo(invested, "microsoft", "INVESTED_IN", "openai", RelationOrigin.Extracted, 2, 1, 0.9));
        evidence.Items.Select(item => item.Claim.Id).Should().Equal(batch.Claims[0].Id, batch.Claims[1].Id);
        var first = evidence.Items[0];
        first.Quote.Should().BeNull();
        first.Confidence.Should().Be(0.6);
        first.Extraction.Should().Be(new ExtractionTrace(new TextSpan(10, 21), "invest-verb", 0.6));
        first.Extraction!.Trigger.Slice(first.Claim.Text).Should().Be("invested in");
        first.Claim.DeepLink.Should().Be("https://www.youtube.com/watch?v=vid-x&t=10s");
        evidence.Items[1].Extraction!.Trigger.Slice(evidence.Items[1].Claim.Text).Should().Be("backed");

        var coMention = CoMentionId("microsoft", "openai");
        var coMentionEvidence = (await Queries.GetEvidenceAsync([coMention], PageRequest.First(10), None))[coMention];
        coMentionEvidence.Items.Should().OnlyContain(item => item.Extraction == null && item.Confidence == RelationConfidence.CoMention);
        var curated = RelationId("openai", "PARTNERS_WITH", "microsoft", RelationOrigin.Curated);
        (await Queries.GetEvidenceAsync([curated], PageRequest.First(10), None))[curated].Items
            .Should().ContainSingle().Which.Confidence.Should().Be(RelationConfidence.Curated);
    }

    [StoreFact]
    public async Task A_relations_confidence_is_the_highest_of_its_evidence_and_follows_it()
    {
        await LoadedStoreAsync();
        var invested = RelationId("microsoft", "INVESTED_IN", "openai", RelationOrigin.Extracted);
        await Writer.WriteNoteAsync(ExtractedNote(secondConfidence: 0.9), None);
        (await Queries.GetRelationsAsync([invested], None))[invested].Confidence.Should().Be(0.9);

        await Writer.WriteNoteAsync(ExtractedNote(contentHash: "hash-x2", secondConfidence: 0.3), None);
        (await Queries.GetRelationsAsync([invested], None))[invested].Confidence.Should().Be(0.6);

        await Writer.WriteNoteAsync(ExtractedNote(id: "note-y", contentHash: "hash-y", secondConfidence: 0.95), None);
        (await Queries.GetRelationsAsync([invested], None))[invested].Should().Match<RelationInfo>(r => r.Confidence == 0.95 && r.NoteCount == 2);

        await Writer.RemoveNotesAsync(["note-y"], None);
        (await Queries.GetRelationsAsync([invested], None))[invested].Confidence.Should().Be(0.6);
    }

    [StoreFact]
    public async Task Typed_relations_come_before_co_mentions_and_filter_by_origin_and_confidence()
    {
        await LoadedStoreAsync();
        await Writer.WriteNoteAsync(ExtractedNote(), None);
        var all = PageRequest.First(50);

        var relations = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(), all, None))["openai"].Items;
        var extracted = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(Origin: RelationOrigin.Extracted), all, None))["openai"];
        var confident = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(MinConfidence: 0.8), all, None))["openai"];
        var typed = (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(MinConfidence: 0.5), all, None))["openai"];

        relations.Select(r => RelationStrength.OriginRank(r.Origin)).Should().BeInAscendingOrder();
        relations.Should().Contain(r => r.Id == CoMentionId("microsoft", "openai"), "a typed relation does not hide the co-mention of the same pair");
        relations.Where(r => r.Origin == RelationOrigin.Extracted).Select(r => r.Id).Should().Equal(
            RelationId("microsoft", "INVESTED_IN", "openai", RelationOrigin.Extracted), RelationId("openai", "USES", "kaito", RelationOrigin.Extracted));
        extracted.TotalCount.Should().Be(2);
        confident.Items.Should().OnlyContain(r => r.Confidence >= 0.8);
        confident.Items.Select(r => r.Origin).Should().Contain(RelationOrigin.Extracted).And.Contain(RelationOrigin.Curated);
        typed.Items.Should().NotContain(r => r.Origin == RelationOrigin.CoMention);

        var hop = (await Queries.FindShortestPathsAsync("microsoft", "openai", 1, 5, None)).Single().Hops.Single();
        hop.Origin.Should().Be(RelationOrigin.Curated);
        var kaitoHop = (await Queries.FindShortestPathsAsync("openai", "kaito", 1, 5, None)).Single().Hops.Single();
        kaitoHop.Id.Should().Be(RelationId("openai", "USES", "kaito", RelationOrigin.Extracted), "an extracted relation stands for a hop before a co-mention");

        var counts = await Queries.GetPredicateCountsAsync(None);
        counts.Should().Contain(new PredicateCount("INVESTED_IN", RelationOrigin.Extracted, 1));
        var stats = await Queries.GetStatsAsync(1, None);
        stats.RelationsByOrigin[RelationOrigin.Extracted].Should().Be(2);
        stats.RelationsByOrigin.Values.Sum().Should().Be(stats.Relations);
    }

    [StoreFact]
    public async Task Extracted_evidence_without_a_valid_trace_or_with_an_unknown_predicate_fails_the_note()
    {
        await LoadedStoreAsync();
        var good = ExtractedNote();
        var claimLength = good.Claims[0].Text.Length;
        RelationEvidence first = good.Evidence[0];
        var broken = new[]
        {
            good with { Evidence = [first with { Extraction = null }] },
            good with { Evidence = [first with { Extraction = first.Extraction! with { Trigger = new TextSpan(claimLength - 2, claimLength + 3) } }] },
            good with { Evidence = [first with { Extraction = first.Extraction! with { Confidence = 1.5 } }] },
            good with { Evidence = [first with { Extraction = first.Extraction! with { Rule = " " } }] },
            good with { Evidence = [good.Evidence[1] with { Extraction = first.Extraction }] },
            good with { Evidence = [first with { Relation = first.Relation with { Predicate = "FUND" } }] },
        };

        foreach (var batch in broken)
        {
            var write = () => Writer.WriteNoteAsync(batch, None);
            await write.Should().ThrowAsync<Exception>().WithMessage("*note-x*");
        }

        (await Queries.GetNotesAsync(["note-x"], None)).Should().BeEmpty();
        (await Writer.WriteNoteAsync(good, None)).Should().Be(NoteWriteOutcome.Added);
    }

    private static NoteBatch DiscoveringNote(string id, string name, EntityType type, params string[] aliases) => new NoteBuilder(
            id, "Discovery " + id, null, null, null, null, NoteFormat.PlainText, "hash-" + id)
        .Claim($"{name} invested in OpenAI.", [], null)
        .Mention("goldman-sachs", name).Mention("openai", "OpenAI")
        .Extracted("goldman-sachs", "INVESTED_IN", "openai", "invested in", "invest-verb", 0.8)
        .CoMention("goldman-sachs", "openai")
        .Discover("goldman-sachs", name, type, aliases)
        .Build();

    [StoreFact]
    public async Task A_discovered_entity_lives_while_a_note_proposes_it_and_leaves_no_orphan()
    {
        await LoadedStoreAsync();
        await Writer.WriteNoteAsync(DiscoveringNote("note-p", "Goldman Sachs", EntityType.Organization, "Goldman"), None);
        await Writer.WriteNoteAsync(DiscoveringNote("note-q", "Goldman Sachs", EntityType.Organization), None);

        var entity = (await Queries.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"];
        entity.Should().BeEquivalentTo(new EntityInfo(
            "goldman-sachs", "Goldman Sachs", EntityType.Organization, ["Goldman", "Goldman Sachs"], "", 2, EntitySource.Discovered));
        var discovered = await Queries.ListEntitiesAsync(new EntityFilter(Source: EntitySource.Discovered), EntityOrder.Name, PageRequest.First(10), None);
        discovered.Items.Select(e => e.Id).Should().Equal("goldman-sachs");
        (await Queries.ListEntitiesAsync(new EntityFilter(Source: EntitySource.Catalog), EntityOrder.Name, PageRequest.First(50), None))
            .TotalCount.Should().Be(Entities.Count);
        (await Queries.GetStatsAsync(1, None)).EntitiesBySource.Should().BeEquivalentTo(
            new Dictionary<EntitySource, int> { [EntitySource.Catalog] = Entities.Count, [EntitySource.Discovered] = 1 });

        // Re-ingest without the proposal: the other note still proposes it, and the aliases only that note gave are gone.
        var changed = new NoteBuilder("note-p", "Discovery note-p", null, null, null, null, NoteFormat.PlainText, "hash-p2")
            .Claim("Nothing about banks.", [], null)
            .Build();
        await Writer.WriteNoteAsync(changed, None);
        (await Queries.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"].Aliases.Should().Equal("Goldman Sachs");

        await Writer.RemoveNotesAsync(["note-q"], None);
        (await Queries.GetEntitiesAsync(["goldman-sachs"], None)).Should().BeEmpty();
        (await Queries.GetRelationsOfEntitiesAsync(["openai"], new RelationFilter(Origin: RelationOrigin.Extracted), PageRequest.First(10), None))
            ["openai"].TotalCount.Should().Be(0);
        (await Queries.SearchAsync("Goldman", 10, None)).Entities.Should().BeEmpty();
        (await Queries.GetStatsAsync(1, None)).EntitiesBySource[EntitySource.Discovered].Should().Be(0);
    }

    [StoreFact]
    public async Task A_discovered_entity_does_not_depend_on_the_order_notes_were_written_in()
    {
        NoteBatch[] notes =
        [
            DiscoveringNote("note-p", "Goldman Sachs", EntityType.Organization, "Goldman"),
            DiscoveringNote("note-q", "goldman sachs", EntityType.Person, "GS"),
            DiscoveringNote("note-r", "Goldman Sachs", EntityType.Organization, "Goldman Sachs Group"),
            DiscoveringNote("note-s", "goldman sachs", EntityType.Person),
        ];
        var results = new List<EntityInfo>();
        foreach (var order in new[] { notes, notes.Reverse().ToArray(), [notes[1], notes[3], notes[0], notes[2]] })
        {
            await EmptyStoreAsync();
            foreach (var note in order)
            {
                await Writer.WriteNoteAsync(note, None);
            }

            results.Add((await Queries.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"]);
        }

        results.Should().AllBeEquivalentTo(new EntityInfo(
            "goldman-sachs", "Goldman Sachs", EntityType.Organization, ["GS", "Goldman", "Goldman Sachs", "Goldman Sachs Group", "goldman sachs"], "",
            4, EntitySource.Discovered), "two notes each propose Organization and Person: the earlier type wins the tie, the name by count then ordinal order");
    }

    [StoreFact]
    public async Task A_catalog_entity_always_wins_over_a_discovered_proposal_of_the_same_id()
    {
        await LoadedStoreAsync();
        var proposal = new NoteBuilder("note-p", "Proposal", null, null, null, null, NoteFormat.PlainText, "hash-p")
            .Claim("Open AI Inc ships models.", [], null)
            .Mention("openai", "Open AI")
            .Discover("openai", "Open AI Inc", EntityType.Product, "OAI")
            .Build();

        await Writer.WriteNoteAsync(proposal, None);
        await Writer.UpsertEntitiesAsync(Entities, None);
        await Writer.RemoveNotesAsync(["note-p"], None);

        var openai = (await Queries.GetEntitiesAsync(["openai"], None))["openai"];
        openai.Should().BeEquivalentTo(new EntityInfo(
            "openai", "OpenAI", EntityType.Organization, ["OpenAI", "Open AI"], "Maker of ChatGPT.", 5, EntitySource.Catalog));

        // A discovered entity that the catalog later adds becomes a catalog entity and stays when its notes go.
        await Writer.WriteNoteAsync(DiscoveringNote("note-q", "Goldman Sachs", EntityType.Organization), None);
        await Writer.UpsertEntitiesAsync([new Entity("goldman-sachs", "Goldman Sachs", EntityType.Organization, ["Goldman Sachs"], "Bank.")], None);
        await Writer.RemoveNotesAsync(["note-q"], None);
        (await Queries.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"].Source.Should().Be(EntitySource.Catalog);
    }

    [StoreFact]
    public async Task A_note_naming_a_discovered_entity_it_does_not_propose_fails_and_catalog_upserts_refuse_discovered_entities()
    {
        await LoadedStoreAsync();
        await Writer.WriteNoteAsync(DiscoveringNote("note-p", "Goldman Sachs", EntityType.Organization), None);
        var freeRider = DiscoveringNote("note-q", "Goldman Sachs", EntityType.Organization) with { DiscoveredEntities = [] };

        var write = () => Writer.WriteNoteAsync(freeRider, None);
        var upsert = () => Writer.UpsertEntitiesAsync([new Entity("x", "X", EntityType.Other, [], "", EntitySource.Discovered)], None);

        await write.Should().ThrowAsync<InvalidOperationException>().WithMessage("*note-q*goldman-sachs*DiscoveredEntities*");
        await upsert.Should().ThrowAsync<ArgumentException>().WithMessage("*'x'*Discovered*");
        (await Queries.GetNotesAsync(["note-q"], None)).Should().BeEmpty();
        (await Queries.GetEntitiesAsync(["goldman-sachs"], None))["goldman-sachs"].MentionCount.Should().Be(1);
    }

    // ---- stats and status ----

    [StoreFact]
    public async Task Stats_count_everything_and_rank_top_entities()
    {
        await LoadedStoreAsync();

        var stats = await Queries.GetStatsAsync(4, None);

        (stats.Notes, stats.Claims, stats.Entities, stats.Mentions, stats.Relations).Should().Be((4, 12, 10, 22, 14));
        stats.RelationsByPredicate.Should().BeEquivalentTo(
            new Dictionary<string, int> { ["CO_MENTIONED"] = 9, ["RELEASED"] = 2, ["FUNDS"] = 2, ["PARTNERS_WITH"] = 1 });
        stats.TopEntities.Should().Equal(
            new EntityMentionCount("openai", "OpenAI", 5), new EntityMentionCount("deepseek", "DeepSeek", 3),
            new EntityMentionCount("microsoft", "Microsoft", 3), new EntityMentionCount("nous-research", "Nous Research", 3));
        stats.RelationsByOrigin.Should().BeEquivalentTo(new Dictionary<RelationOrigin, int>
        {
            [RelationOrigin.Curated] = 5, [RelationOrigin.CoMention] = 9, [RelationOrigin.Extracted] = 0,
        });
        stats.EntitiesBySource.Should().BeEquivalentTo(new Dictionary<EntitySource, int>
        {
            [EntitySource.Catalog] = 10, [EntitySource.Discovered] = 0,
        });
    }

    [StoreFact]
    public async Task An_empty_store_is_reachable_with_no_notes()
    {
        await EmptyStoreAsync();

        var status = await Queries.GetStatusAsync(None);
        var stats = await Queries.GetStatsAsync(5, None);

        status.Should().Be(new StoreStatus(true, 0, null));
        (stats.Notes, stats.Entities, stats.Relations).Should().Be((0, 10, 0));
        (await Writer.GetNoteSourcesAsync(None)).Should().BeEmpty();
        (await Queries.FindShortestPathsAsync("openai", "o3", 3, 5, None)).Should().BeEmpty();
    }

    [StoreFact]
    public async Task Status_counts_stored_notes()
    {
        await LoadedStoreAsync();

        (await Queries.GetStatusAsync(None)).Should().Be(new StoreStatus(true, 4, null));
    }

    private static NoteBatch NoteBuilderWithTwoClaims(string id) => new NoteBuilder(
            id, "Extra", null, null, null, null, NoteFormat.PlainText, "hash-" + id)
        .Claim("OpenAI and Kaito meet.", [], null)
        .Mention("openai", "OpenAI").Mention("kaito", "Kaito")
        .CoMention("kaito", "openai")
        .Claim("Kaito grows.", [], null)
        .Mention("kaito", "Kaito")
        .Build();
}
