using ClaimGraph.Api.Tests.GraphQL.Support;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// Children of N parents cost one store round trip per level of the query, not N: the store is wrapped in a counter
/// and each query's calls are counted per <c>IClaimGraphQueries</c> method.
/// </summary>
public sealed class BatchingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CountingApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Entities_relations_evidence_and_notes_cost_one_round_trip_per_level()
    {
        _factory.Queries.Reset();

        var data = (await _client.PostAsync("""
            {
              entities(first: 15, orderBy: MENTIONS) {
                edges { node { id relations(first: 5) { edges { node { id evidence(first: 3) { edges { node { id note { title } } } } } } } } }
              }
            }
            """)).SuccessfulData();

        var calls = _factory.Queries.Calls;
        Report(calls);
        var entities = data["entities"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        var relations = entities.SelectMany(e => e["relations"]!["edges"]!.AsArray().Select(r => r!["node"]!)).ToList();
        var claims = relations.SelectMany(r => r["evidence"]!["edges"]!.AsArray().Select(c => c!["node"]!)).ToList();
        var notes = claims.Select(c => c["note"]!["title"]!.GetValue<string>()).Distinct().ToList();
        output.WriteLine($"parents per level: {entities.Count} entities → {relations.Count} relations → {claims.Count} evidence claims → {notes.Count} notes");
        entities.Count.Should().BeGreaterThan(5);
        relations.Count.Should().BeGreaterThan(entities.Count);
        claims.Count.Should().BeGreaterThan(relations.Count / 2);
        notes.Count.Should().BeGreaterThan(1);

        calls.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["ListEntitiesAsync"] = 1,
            ["GetRelationsOfEntitiesAsync"] = 1,
            ["GetEvidenceAsync"] = 1,
            ["GetNoteSummariesAsync"] = 1,
        });
    }

    [Fact]
    public async Task Mentions_supported_relations_and_their_entities_are_batched_across_claims()
    {
        _factory.Queries.Reset();

        var data = (await _client.PostAsync("""
            {
              claims(first: 40) {
                edges { node { id mentions { entity { name } } relations { subject { name } object { name } } note { title } } }
              }
            }
            """)).SuccessfulData();

        var calls = _factory.Queries.Calls;
        Report(calls);
        var claims = data["claims"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        claims.Should().HaveCount(40);
        claims.SelectMany(c => c["mentions"]!.AsArray()).Should().HaveCountGreaterThan(10);

        calls["ListClaimsAsync"].Should().Be(1);
        calls["GetMentionsOfClaimsAsync"].Should().Be(1);
        calls["GetRelationsSupportedByClaimsAsync"].Should().Be(1);
        calls["GetNoteSummariesAsync"].Should().Be(1);
        calls.Should().NotContainKey("GetNotesAsync", "a GraphQL Note has no text field, so no note's text is read");
        // Mentioned entities and relation ends are one level below the claims; both lists' entities may arrive in
        // the same batch or in two, but never one per claim.
        calls["GetEntitiesAsync"].Should().BeInRange(1, 2);
        _factory.Queries.Total.Should().BeLessThanOrEqualTo(6);
    }

    [Fact]
    public async Task The_same_entity_asked_for_twice_in_one_request_is_loaded_once()
    {
        _factory.Queries.Reset();

        var response = await _client.PostAsync("""
            { a: entity(id: "bittensor") { name } b: entity(id: "bittensor") { id } c: entity(id: "openai") { id } d: entity(id: "no-such-entity") { id } }
            """);

        response.Data!["c"]!["id"]!.GetValue<string>().Should().Be("openai");
        response.Data!["d"].Should().BeNull();
        response.Body["errors"]!.AsArray().Should().ContainSingle().Which!["extensions"]!["code"]!.GetValue<string>().Should().Be("NOT_FOUND");

        Report(_factory.Queries.Calls);
        _factory.Queries.Calls.Should().BeEquivalentTo(new Dictionary<string, int> { ["GetEntitiesAsync"] = 1 });
    }

    private void Report(IReadOnlyDictionary<string, int> calls) =>
        output.WriteLine("store round trips: " + string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} × {c.Value}")));
}
