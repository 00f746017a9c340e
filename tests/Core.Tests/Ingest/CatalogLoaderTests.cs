using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

public sealed class CatalogLoaderTests : IDisposable
{
    private const string NoteText = "---\ntitle: A note\n---\n\nBitTensor funds Nous Research and [[kaito | Kaito]] too.\nAnother   line\nwith a break.\n";

    private const string GoodEntities = """
        - id: bittensor
          name: BitTensor
          type: Organization
          aliases: [Bit Tensor]
          description: A network.
        - id: nous-research
          name: Nous Research
          type: Organization
          aliases:
            - { text: News Research, case: sensitive }
          description: A lab.
        - id: kaito
          name: Kaito
          type: Organization
          description: A platform.
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-catalog-" + Guid.NewGuid().ToString("N"));

    public CatalogLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "notes"));
        File.WriteAllText(Path.Combine(_directory, "notes", "a.md"), NoteText);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<EntityCatalog> LoadAsync(string entities, string relations = "[]")
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "entities.yaml"), entities);
        await File.WriteAllTextAsync(Path.Combine(_directory, "relations.yaml"), relations);
        return await CatalogLoader.LoadAsync(_directory, CancellationToken.None);
    }

    private string EntitiesFile => Path.Combine(_directory, "entities.yaml");

    private string RelationsFile => Path.Combine(_directory, "relations.yaml");

    private static string Relation(string subject, string predicate, string @object, string note, string quote) => $"""
        - subject: {subject}
          predicate: {predicate}
          object: {@object}
          evidence:
            note: {note}
            quote: "{quote}"
        """;

    [Fact]
    public async Task Loads_a_valid_catalog()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "FUNDS", "nous-research", "a.md", "BitTensor funds Nous Research and Kaito too."));

        catalog.Errors.Should().BeEmpty();
        catalog.Entities.Select(e => e.Entity.Id).Should().Equal("bittensor", "nous-research", "kaito");
        catalog.Entities[1].Entity.Aliases.Should().Equal("Nous Research", "News Research");
        catalog.Entities[1].Aliases[1].Case.Should().Be(AliasCase.Sensitive);
        catalog.Relations.Should().ContainSingle().Which.Key.Should().Be(new RelationKey("bittensor", "FUNDS", "nous-research", RelationOrigin.Curated));
        catalog.Version.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task Version_changes_with_content_and_not_otherwise()
    {
        var first = (await LoadAsync(GoodEntities)).Version;
        var again = (await LoadAsync(GoodEntities)).Version;
        var changed = (await LoadAsync(GoodEntities.Replace("A lab.", "A research lab.", StringComparison.Ordinal))).Version;

        again.Should().Be(first);
        changed.Should().NotBe(first);
    }

    [Fact]
    public async Task Duplicate_entity_id_is_reported_and_skipped()
    {
        var catalog = await LoadAsync(GoodEntities + """

            - id: kaito
              name: Kaito Again
              type: Organization
              description: Duplicate.
            """);

        catalog.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(EntitiesFile, 16, "id: duplicate entity id 'kaito' (first declared at line 12); entry skipped"));
        catalog.Entities.Should().HaveCount(3);
        catalog.Entities.Single(e => e.Entity.Id == "kaito").Entity.Name.Should().Be("Kaito");
    }

    [Fact]
    public async Task Alias_claimed_by_two_entities_is_reported()
    {
        var catalog = await LoadAsync(GoodEntities + """

            - id: other
              name: Other
              type: Concept
              aliases:
                - bit tensor
              description: Claims another entity's alias.
            """);

        var error = catalog.Errors.Should().ContainSingle().Subject;
        error.File.Should().Be(EntitiesFile);
        error.Line.Should().Be(20);
        error.Message.Should().Contain("aliases: 'bit tensor'").And.Contain("'bittensor'");
        catalog.Entities.Single(e => e.Entity.Id == "other").Entity.Aliases.Should().Equal("Other");
    }

    [Fact]
    public async Task An_alias_with_a_context_may_be_shared_with_an_entity_declared_after_it_and_not_before()
    {
        var catalog = await LoadAsync("""
            - id: grok
              name: Grok
              type: Model
              aliases:
                - { text: Groq, case: sensitive, after: [model] }
              description: A model.
            - id: groq
              name: Groq
              type: Organization
              aliases:
                - { text: Groq, case: sensitive }
              description: A chip company.
            - id: late
              name: Late
              type: Concept
              aliases:
                - { text: Groq, case: sensitive, after: [chip] }
              description: Comes after the plain alias, so it could never match.
            """);

        catalog.Errors.Should().ContainSingle().Which.Message.Should().Contain("'Groq' of 'late' is already an alias of 'groq'");
        catalog.Matcher.FindMatches("the Groq model").Should().ContainSingle().Which.EntityId.Should().Be("grok");
        catalog.Matcher.FindMatches("Groq chips").Should().ContainSingle().Which.EntityId.Should().Be("groq");
    }

    [Fact]
    public async Task Unknown_entity_type_names_the_field()
    {
        var catalog = await LoadAsync("""
            - id: thing
              name: Thing
              type: Gadget
              description: Unknown type.
            """);

        var error = catalog.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.Message.Should().StartWith("type: unknown entity type 'Gadget'");
        catalog.Entities.Should().BeEmpty();
    }

    [Fact]
    public async Task Missing_field_and_bad_id_are_reported()
    {
        var catalog = await LoadAsync("""
            - id: Not A Slug
              name: Thing
              type: Concept
            """);

        catalog.Errors.Select(e => (e.Line, e.Message)).Should().BeEquivalentTo(new (int?, string)[]
        {
            (1, "description: missing required field"),
            (1, "id: 'Not A Slug' is not a lower-case kebab slug (e.g. 'prime-intellect')"),
        });
    }

    [Fact]
    public async Task Bad_yaml_reports_the_line()
    {
        var catalog = await LoadAsync("- id: a\n  name: [unclosed\n  type: Concept\n");

        var error = catalog.Errors.Should().ContainSingle().Subject;
        error.File.Should().Be(EntitiesFile);
        error.Line.Should().BeGreaterThan(1);
        error.Message.Should().StartWith("not valid YAML");
    }

    [Fact]
    public async Task Relation_with_unknown_entity_is_reported()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "FUNDS", "ghost", "a.md", "BitTensor funds"));

        catalog.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(RelationsFile, 3, "object: unknown entity 'ghost' in relation bittensor FUNDS ghost"));
        catalog.Relations.Should().BeEmpty();
    }

    [Fact]
    public async Task Relation_with_unknown_note_is_reported()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "FUNDS", "kaito", "missing.md", "BitTensor funds"));

        catalog.Errors.Should().ContainSingle().Which.Should().Be(
            new IngestError(RelationsFile, 5, "evidence.note: unknown note 'missing.md' (no such file in notes/) in relation bittensor FUNDS kaito"));
    }

    [Fact]
    public async Task Quote_not_in_note_is_reported()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "FUNDS", "kaito", "a.md", "BitTensor funds everybody"));

        catalog.Errors.Should().ContainSingle().Which.Should().Be(
            new IngestError(RelationsFile, 6, "evidence.quote: quote not found in note 'a.md' for relation bittensor FUNDS kaito: \"BitTensor funds everybody\""));
    }

    [Fact]
    public async Task Quote_matches_across_whitespace_and_wiki_links()
    {
        var catalog = await LoadAsync(GoodEntities,
            Relation("bittensor", "FUNDS", "kaito", "a.md", "Nous Research and Kaito too. Another line with a break."));

        catalog.Errors.Should().BeEmpty();
        catalog.Relations.Should().ContainSingle();
    }

    [Fact]
    public async Task Predicate_must_be_in_the_relation_vocabulary()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "FUND", "kaito", "a.md", "BitTensor funds"));

        var error = catalog.Errors.Should().ContainSingle().Subject;
        (error.File, error.Line).Should().Be((RelationsFile, (int?)2));
        error.Message.Should().StartWith("predicate: 'FUND' is not in the relation vocabulary (relation bittensor FUND kaito); use one of: DEVELOPS, ")
            .And.Contain("FUNDS").And.Contain("INVESTED_IN").And.NotContain("CO_MENTIONED");
        catalog.Relations.Should().BeEmpty();
    }

    [Fact]
    public async Task Predicate_must_be_upper_snake()
    {
        var catalog = await LoadAsync(GoodEntities, Relation("bittensor", "funds", "kaito", "a.md", "BitTensor funds"));

        catalog.Errors.Should().ContainSingle().Which.Should().Be(
            new IngestError(RelationsFile, 2, "predicate: 'funds' is not UPPER_SNAKE (e.g. RELEASED, WORKED_AT) in relation bittensor funds kaito"));
    }

    [Fact]
    public async Task Valid_relations_load_beside_invalid_ones()
    {
        var catalog = await LoadAsync(GoodEntities,
            Relation("bittensor", "FUNDS", "ghost", "a.md", "BitTensor funds") + "\n" + Relation("bittensor", "FUNDS", "kaito", "a.md", "BitTensor funds"));

        catalog.Errors.Should().ContainSingle();
        catalog.Relations.Should().ContainSingle().Which.Line.Should().Be(7);
    }

    [Fact]
    public async Task Seed_catalog_loads_without_errors()
    {
        var catalog = await SeedCatalog.LoadAsync();

        catalog.Errors.Should().BeEmpty();
        catalog.Relations.Should().HaveCountGreaterThanOrEqualTo(30);
        var ids = catalog.Entities.Select(e => e.Entity.Id).ToHashSet();
        ids.Should().Contain(new[]
        {
            "openai", "deepseek", "bittensor", "prime-intellect", "anthropic", "google", "meta", "xai", "microsoft", "nous-research",
            "kaito", "eliza-os", "venice-ai", "transluce", "cluely", "o1", "o3", "o4-mini", "gpt-4", "gpt-4-5", "gpt-4o", "gpt-5",
            "gpt-5-2", "chatgpt", "grok-2", "grok-3", "hermes-3", "deepseek-r1", "llama", "claude", "claude-4", "claude-4-5", "gemini",
            "gemini-2-5", "gemini-3", "sora", "dall-e", "whisper", "claude-code", "codex", "jules", "deep-research", "noam-brown",
            "bob-mcgrew", "nathan-lambert", "roy-lee", "elon-musk", "alec-radford", "ilya-sutskever", "jan-leike", "aditya-ramesh",
            "tao", "interconnects", "bing", "brave",
        });
        catalog.Relations.Select(r => r.Key.Predicate).Should().OnlyContain(p => p.All(c => char.IsUpper(c) || c == '_'));
    }
}
