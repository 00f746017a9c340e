using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.Rest;

/// <summary>
/// What open-world extraction adds, as REST and GraphQL show it: a note written with a discovered entity and extracted
/// evidence (built by hand; the extraction rules live elsewhere) on top of the seeds.
/// </summary>
public sealed class OpenWorldSurfaceTests : IAsyncLifetime
{
    private const string NoteId = "open-world-note";
    private const string ClaimText = "Goldman Sachs invested in OpenAI early, analysts said.";

    // The note is written straight through the store, and a cached /api/stats would stay stale until the data-version
    // poll notices the write: these tests are about what is stored and shown, not about the cache.
    private readonly ClaimGraphApiFactory _factory = new(new Dictionary<string, string?> { ["HttpCaching:ServerCache"] = "false" });
    private HttpClient _client = null!;
    private JsonNode _statsBefore = null!;
    private JsonNode _investedBefore = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.WaitUntilReadyAsync();
        // The seed notes have discovered entities and extracted relations of their own; the hand-written note adds one of each.
        _statsBefore = await GetJsonAsync("/api/stats");
        _investedBefore = (await GetJsonAsync("/api/relation-types")).AsArray().Single(type => type!["predicate"]!.GetValue<string>() == "INVESTED_IN")!;
        var writer = _factory.Services.GetRequiredService<IClaimGraphWriter>();
        await writer.WriteNoteAsync(Batch(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Extracted_relations_show_their_trigger_rule_confidence_claim_deep_link_and_note()
    {
        var relations = await GetJsonAsync("/api/entities/openai/relations?origin=extracted&evidenceLimit=5&limit=100");

        relations["items"]!.AsArray().Should().OnlyContain(item => item!["origin"]!.GetValue<string>() == "extracted");
        var relation = relations["items"]!.AsArray().Should()
            .ContainSingle(item => item!["id"]!.GetValue<string>() == "goldman-sachs|INVESTED_IN|openai|extracted").Subject!;
        relation["origin"]!.GetValue<string>().Should().Be("extracted");
        relation["confidence"]!.GetValue<double>().Should().Be(0.85);
        relation["subject"]!["name"]!.GetValue<string>().Should().Be("Goldman Sachs");
        var evidence = relation["evidence"]!.AsArray().Should().ContainSingle().Subject!;
        evidence["text"]!.GetValue<string>().Should().Be(ClaimText);
        evidence["trigger"]!.ToJsonString().Should().Be("""{"start":14,"end":25,"text":"invested in"}""");
        evidence["rule"]!.GetValue<string>().Should().Be("invest-verb");
        evidence["confidence"]!.GetValue<double>().Should().Be(0.85);
        evidence["deepLink"]!.GetValue<string>().Should().Be("https://www.youtube.com/watch?v=vid-open&t=42s");
        evidence["note"]!["id"]!.GetValue<string>().Should().Be(NoteId);

        var graphQL = await QueryAsync("""
            { entity(id: "openai") { relations(origin: EXTRACTED) { edges { node { id origin confidence
                evidence { edges { rule confidence trigger { start end text } node { text deepLink note { id } } } } } } } } }
            """);
        var node = graphQL["entity"]!["relations"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).Single(n => n["id"]!.GetValue<string>() == "goldman-sachs|INVESTED_IN|openai|extracted");
        node["confidence"]!.GetValue<double>().Should().Be(0.85);
        var edge = node["evidence"]!["edges"]![0]!;
        edge["trigger"]!.ToJsonString().Should().Be("""{"start":14,"end":25,"text":"invested in"}""");
        edge["rule"]!.GetValue<string>().Should().Be("invest-verb");
        edge["node"]!["deepLink"]!.GetValue<string>().Should().Be(evidence["deepLink"]!.GetValue<string>());
    }

    [Fact]
    public async Task Discovered_entities_are_listed_by_source_and_counted()
    {
        var discovered = await GetJsonAsync("/api/entities?source=discovered&limit=100");
        var entity = await GetJsonAsync("/api/entities/goldman-sachs");
        var stats = await GetJsonAsync("/api/stats");
        var types = (await GetJsonAsync("/api/relation-types")).AsArray();

        var goldman = discovered["items"]!.AsArray().Should().ContainSingle(item => item!["id"]!.GetValue<string>() == "goldman-sachs").Subject!;
        goldman["source"]!.GetValue<string>().Should().Be("discovered");
        discovered["items"]!.AsArray().Should().OnlyContain(item => item!["source"]!.GetValue<string>() == "discovered");
        entity["source"]!.GetValue<string>().Should().Be("discovered");
        entity["type"]!.GetValue<string>().Should().Be("Organization");
        var discoveredCount = stats["entitiesBySource"]!["discovered"]!.GetValue<int>();
        var extractedCount = stats["relationsByOrigin"]!["extracted"]!.GetValue<int>();
        discoveredCount.Should().Be(_statsBefore["entitiesBySource"]!["discovered"]!.GetValue<int>() + 1);
        extractedCount.Should().Be(_statsBefore["relationsByOrigin"]!["extracted"]!.GetValue<int>() + 1);
        var invested = types.Single(type => type!["predicate"]!.GetValue<string>() == "INVESTED_IN")!;
        invested["count"]!.GetValue<int>().Should().Be(_investedBefore["count"]!.GetValue<int>() + 1);
        var extractedInvestments = invested["origins"]!.AsArray().Single(o => o!["origin"]!.GetValue<string>() == "extracted")!["count"]!.GetValue<int>();

        var graphQL = await QueryAsync("""
            { entities(filter: { source: DISCOVERED }, first: 100) { edges { node { id source } } }
              stats { relationsByOrigin { origin count } entitiesBySource { source count } }
              relationTypes { name count origins { origin count } } }
            """);
        graphQL["entities"]!["edges"]!.AsArray().Select(e => e!["node"]!.ToJsonString()).Should().Contain("""{"id":"goldman-sachs","source":"DISCOVERED"}""");
        graphQL["stats"]!["entitiesBySource"]!.ToJsonString().Should().Contain($$"""{"source":"DISCOVERED","count":{{discoveredCount}}}""");
        graphQL["stats"]!["relationsByOrigin"]!.ToJsonString().Should().Contain($$"""{"origin":"EXTRACTED","count":{{extractedCount}}}""");
        graphQL["relationTypes"]!.AsArray().Single(type => type!["name"]!.GetValue<string>() == "INVESTED_IN")!["origins"]!.ToJsonString()
            .Should().Contain($$"""{"origin":"EXTRACTED","count":{{extractedInvestments}}}""");
    }

    [Fact]
    public async Task A_minimum_confidence_above_the_rule_confidence_leaves_only_curated_relations()
    {
        var strong = await GetJsonAsync("/api/entities/openai/relations?minConfidence=0.9&limit=100");
        var typed = await GetJsonAsync("/api/entities/openai/relations?minConfidence=0.5&limit=100");

        strong["items"]!.AsArray().Should().OnlyContain(item => item!["origin"]!.GetValue<string>() == "curated");
        typed["items"]!.AsArray().Select(item => item!["origin"]!.GetValue<string>()).Should().Contain("extracted").And.NotContain("co-mention");
        var all = await GetJsonAsync("/api/entities/openai/relations?limit=100");
        all["items"]!.AsArray().Select(item => item!["origin"]!.GetValue<string>())
            .Should().BeInAscendingOrder(Comparer<string>.Create((a, b) => Rank(a).CompareTo(Rank(b))), "typed relations come before co-mentions");
    }

    private static int Rank(string origin) => origin switch
    {
        "curated" => 0,
        "extracted" => 1,
        _ => 2,
    };

    private static NoteBatch Batch()
    {
        const string text = ClaimText;
        var note = new Note(NoteId, "Open world", "Markets", null, "vid-open", null, NoteFormat.TubeGraphMarkdown, "hash-open", "catalog-test",
            text, "notes/open-world-note.md");
        var timestamp = new Timestamp("00:42", 42);
        var claim = new Claim(Claim.IdFor(NoteId, new TextSpan(0, text.Length)), NoteId, 0, text, ["Money"], new TextSpan(0, text.Length),
            timestamp, Claim.DeepLinkFor(note.VideoId, timestamp));
        return new NoteBatch(
            note,
            [claim],
            [new Mention(claim.Id, "goldman-sachs", "Goldman Sachs", new TextSpan(0, 13)), new Mention(claim.Id, "openai", "OpenAI", new TextSpan(26, 32))],
            [
                new ClaimGraph.Model.RelationEvidence(new RelationKey("goldman-sachs", "INVESTED_IN", "openai", RelationOrigin.Extracted), claim.Id, null,
                    new ExtractionTrace(new TextSpan(14, 25), "invest-verb", 0.85)),
                new ClaimGraph.Model.RelationEvidence(new RelationKey("goldman-sachs", RelationKey.CoMentioned, "openai", RelationOrigin.CoMention), claim.Id, null),
            ],
            [],
            [new Entity("goldman-sachs", "Goldman Sachs", EntityType.Organization, ["Goldman Sachs", "Goldman"], "", EntitySource.Discovered)]);
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonNode.Parse(body)!;
    }

    private async Task<JsonNode> QueryAsync(string query)
    {
        using var response = await _client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new JsonObject { ["query"] = query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"].Should().BeNull(body.ToJsonString());
        return body["data"]!;
    }
}
