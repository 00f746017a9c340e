using ClaimGraph.Ingest;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

public sealed class NoteBatchBuilderTests
{
    private const string Source = """
        By offering funding, [[bittensor_page | BitTensor]] supports News Research and Kido.
        OpenAI's Claude Code rival is Codex.
        Nothing to see here.
        """;

    [Fact]
    public async Task Builds_claims_with_ids_ordinals_and_deep_links()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = HandMadeNotes.Note("my-note", Source, timestamp: new Timestamp("00:59:00", 3540));

        var (batch, errors) = new NoteBatchBuilder(catalog).Build(parsed, "my-note", "hash", "/notes/my-note.md");

        errors.Should().BeEmpty();
        batch.Note.CatalogVersion.Should().Be(catalog.Version);
        batch.Note.ContentHash.Should().Be("hash");
        batch.Claims.Select(c => c.Ordinal).Should().Equal(0, 1, 2);
        batch.Claims[0].Id.Should().Be(Claim.IdFor("my-note", parsed.Claims[0].Span));
        batch.Claims[0].Text.Should().Be("By offering funding, BitTensor supports News Research and Kido.");
        batch.Claims[0].DeepLink.Should().Be("https://www.youtube.com/watch?v=vid123&t=3540s");
        batch.Links.Should().ContainSingle().Which.Should().Be(new NoteLink("my-note", "bittensor_page", "BitTensor", new TextSpan(21, 51)));
    }

    [Fact]
    public async Task Mentions_map_back_to_source_spans()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = HandMadeNotes.Note("my-note", Source);

        var (batch, _) = new NoteBatchBuilder(catalog).Build(parsed, "my-note", "hash", "/notes/my-note.md");

        batch.Mentions.Select(m => (m.EntityId, m.MatchedText)).Should().Equal(
            ("bittensor", "BitTensor"), ("nous-research", "News Research"), ("kaito", "Kido"),
            ("openai", "OpenAI"), ("claude-code", "Claude Code"), ("codex", "Codex"));
        foreach (var mention in batch.Mentions)
        {
            mention.Span.Slice(Source).Should().Be(mention.MatchedText);
        }

        batch.Mentions[0].Span.Should().Be(new TextSpan(Source.IndexOf("BitTensor]]", StringComparison.Ordinal), Source.IndexOf("BitTensor]]", StringComparison.Ordinal) + 9));
    }

    [Fact]
    public async Task Co_mentions_pair_every_two_entities_of_a_claim_once()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = HandMadeNotes.Note("my-note", "OpenAI and OpenAI again, with Anthropic and Google.\nOnly OpenAI here.");

        var (batch, _) = new NoteBatchBuilder(catalog).Build(parsed, "my-note", "hash", "/notes/my-note.md");

        var claimId = batch.Claims[0].Id;
        batch.Evidence.Should().BeEquivalentTo(new[]
        {
            new RelationEvidence(new RelationKey("anthropic", RelationKey.CoMentioned, "google", RelationOrigin.CoMention), claimId, null),
            new RelationEvidence(new RelationKey("anthropic", RelationKey.CoMentioned, "openai", RelationOrigin.CoMention), claimId, null),
            new RelationEvidence(new RelationKey("google", RelationKey.CoMentioned, "openai", RelationOrigin.CoMention), claimId, null),
        });
    }

    [Fact]
    public async Task Curated_quote_links_the_claims_that_carry_it()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var relation = catalog.Relations.First(r => r.Key.Predicate == "PARTNERS_WITH");
        var text = "Before.\n" + relation.Quote + " <a>[00:41:41]</a>\nAfter.";
        var parsed = HandMadeNotes.Note("seed", text);

        var (batch, errors) = new NoteBatchBuilder(catalog).Build(parsed, "seed", relation.NoteContentHash, "/anywhere/" + relation.NoteFile);

        var curated = batch.Evidence.Where(e => e.Relation.Origin == RelationOrigin.Curated).ToList();
        curated.Should().ContainSingle().Which.Should().Be(new RelationEvidence(relation.Key, batch.Claims[1].Id, relation.Quote));
        errors.Where(e => e.Message.Contains(relation.Key.Predicate, StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public async Task Quote_spanning_two_claims_links_both()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var relation = catalog.Relations.First(r => r.Key.Predicate == "DEVELOPS" && r.Key.ObjectId == "spud");
        var sentences = relation.Quote.Split(". ", 2);
        var text = sentences[0] + ".\n" + sentences[1];
        var parsed = HandMadeNotes.Note("seed", text);

        var (batch, _) = new NoteBatchBuilder(catalog).Build(parsed, "seed", relation.NoteContentHash, relation.NoteFile);

        batch.Evidence.Where(e => e.Relation == relation.Key).Select(e => e.ClaimId).Should().Equal(batch.Claims[0].Id, batch.Claims[1].Id);
    }

    [Fact]
    public async Task Missing_curated_quote_is_an_error_naming_the_relation()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var relation = catalog.Relations.First(r => r.Key.Predicate == "PARTNERS_WITH");
        var parsed = HandMadeNotes.Note("seed", "This note does not carry the quote.");

        var (batch, errors) = new NoteBatchBuilder(catalog).Build(parsed, "seed", relation.NoteContentHash, relation.NoteFile);

        batch.Evidence.Should().NotContain(e => e.Relation.Origin == RelationOrigin.Curated);
        errors.Should().Contain(e => e.File == relation.NoteFile && e.Message.StartsWith("curated relation openai PARTNERS_WITH microsoft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Curated_relations_apply_only_to_the_catalogs_copy_of_the_note()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var relation = catalog.Relations.First(r => r.Key.Predicate == "PARTNERS_WITH");
        var parsed = HandMadeNotes.Note("seed", relation.Quote);

        var (batch, errors) = new NoteBatchBuilder(catalog).Build(parsed, "seed", "a-different-hash", relation.NoteFile);

        batch.Evidence.Should().NotContain(e => e.Relation.Origin == RelationOrigin.Curated);
        errors.Should().BeEmpty();
    }
}
