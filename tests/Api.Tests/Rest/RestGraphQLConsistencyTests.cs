using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

/// <summary>
/// REST and GraphQL read the same store: for one entity they must list the same relations, in the same order, with the same
/// evidence; and they must agree on filters, limits, blank search text and unknown ids.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class RestGraphQLConsistencyTests(SeededApi api)
{
    private const int PageSize = 50;

    private const string RelationsQuery = """
        query Relations($id: ID!, $first: Int!) {
          entity(id: $id) {
            relations(first: $first) {
              totalCount
              edges {
                node {
                  id predicate origin evidenceCount noteCount confidence
                  subject { id }
                  object { id }
                  evidence(first: $first) { totalCount edges { quote rule confidence trigger { start end text } node { id text deepLink } } }
                }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData("bittensor")]
    [InlineData("prime-intellect")]
    [InlineData("openai")]
    public async Task Relations_and_evidence_agree(string id)
    {
        var rest = await api.GetJsonAsync($"/api/entities/{id}/relations?limit={PageSize}&evidenceLimit={PageSize}");
        var graphQL = await QueryAsync(RelationsQuery, new JsonObject { ["id"] = id, ["first"] = PageSize });

        var connection = graphQL["data"]!["entity"]!["relations"]!;
        connection["totalCount"]!.GetValue<int>().Should().Be(rest["totalCount"]!.GetValue<int>());

        var restRelations = rest["items"]!.AsArray().Select(relation => Describe(
            relation!["id"], relation["subject"]!["id"], relation["predicate"], relation["object"]!["id"], relation["origin"],
            relation["evidenceCount"], relation["noteCount"], relation["confidence"],
            relation["evidence"]!.AsArray().Select(evidence =>
                $"{evidence!["claimId"]}|{evidence["text"]}|{evidence["quote"]}|{evidence["deepLink"]}|{evidence["rule"]}|{evidence["confidence"]}|{evidence["trigger"]?.ToJsonString()}")))
            .ToList();
        var graphQLRelations = connection["edges"]!.AsArray().Select(edge => edge!["node"]!).Select(relation => Describe(
            relation["id"], relation["subject"]!["id"], relation["predicate"], relation["object"]!["id"], relation["origin"],
            relation["evidenceCount"], relation["noteCount"], relation["confidence"],
            relation["evidence"]!["edges"]!.AsArray().Select(evidence =>
                $"{evidence!["node"]!["id"]}|{evidence["node"]!["text"]}|{evidence["quote"]}|{evidence["node"]!["deepLink"]}|{evidence["rule"]}|{evidence["confidence"]}|{evidence["trigger"]?.ToJsonString()}")))
            .ToList();

        restRelations.Should().NotBeEmpty();
        graphQLRelations.Should().Equal(restRelations);
    }

    [Fact]
    public async Task Origin_confidence_and_predicate_filters_agree()
    {
        var rest = await api.GetJsonAsync("/api/entities/bittensor/relations?origin=curated&minConfidence=0.5&predicate=funds&limit=50");
        var graphQL = await QueryAsync("""
            { entity(id: "bittensor") { relations(origin: CURATED, minConfidence: 0.5, predicate: FUNDS, first: 50) { totalCount edges { node { id confidence } } } } }
            """, []);

        var restIds = rest["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList();
        var graphQLIds = graphQL["data"]!["entity"]!["relations"]!["edges"]!.AsArray().Select(edge => edge!["node"]!["id"]!.GetValue<string>()).ToList();
        restIds.Should().NotBeEmpty().And.OnlyContain(id => id.Contains("|FUNDS|", StringComparison.Ordinal) && id.EndsWith("|curated", StringComparison.Ordinal));
        graphQLIds.Should().Equal(restIds);

        var coMentions = await api.GetJsonAsync("/api/entities/bittensor/relations?minConfidence=0.5&limit=50");
        coMentions["items"]!.AsArray().Should().NotContain(item => item!["origin"]!.GetValue<string>() == "co-mention", "co-mention confidence is 0.1");
    }

    [Fact]
    public async Task Unknown_predicates_and_out_of_range_confidences_are_refused_by_both()
    {
        var restPredicate = await GetProblemAsync("/api/entities/bittensor/relations?predicate=FUND");
        var graphQLPredicate = await QueryErrorsAsync("""{ entity(id: "bittensor") { relations(predicate: FUND) { totalCount } } }""");
        restPredicate.Status.Should().Be(HttpStatusCode.BadRequest);
        restPredicate.Body["errors"]!["predicate"]![0]!.GetValue<string>().Should().Contain("FUND").And.Contain("INVESTED_IN");
        graphQLPredicate.Should().ContainSingle().Which!["message"]!.GetValue<string>().Should().Contain("FUND").And.Contain("Predicate");

        var restConfidence = await GetProblemAsync("/api/entities/bittensor/relations?minConfidence=2");
        var graphQLConfidence = await QueryErrorsAsync("""{ entity(id: "bittensor") { relations(minConfidence: 2) { totalCount } } }""");
        restConfidence.Status.Should().Be(HttpStatusCode.BadRequest);
        var restMessage = restConfidence.Body["errors"]!["minConfidence"]![0]!.GetValue<string>();
        graphQLConfidence.Should().ContainSingle().Which!["message"]!.GetValue<string>().Should().EndWith(restMessage);
        graphQLConfidence[0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("ARGUMENT_OUT_OF_RANGE");
    }

    [Theory]
    [InlineData("catalog", "CATALOG")]
    [InlineData("discovered", "DISCOVERED")]
    public async Task Entity_source_filters_agree(string restSource, string graphQLSource)
    {
        var rest = await api.GetJsonAsync($"/api/entities?source={restSource}&limit=100&sort=name");
        var graphQL = await QueryAsync($$"""
            { entities(filter: { source: {{graphQLSource}} }, orderBy: NAME, first: 100) { totalCount edges { node { id source } } } }
            """, []);

        var connection = graphQL["data"]!["entities"]!;
        rest["totalCount"]!.GetValue<int>().Should().BeGreaterThan(0, "the seed notes name catalog entities and others the catalog lacks");
        connection["totalCount"]!.GetValue<int>().Should().Be(rest["totalCount"]!.GetValue<int>());
        connection["edges"]!.AsArray().Select(edge => edge!["node"]!["id"]!.GetValue<string>())
            .Should().Equal(rest["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
        connection["edges"]!.AsArray().Should().OnlyContain(edge => edge!["node"]!["source"]!.GetValue<string>() == graphQLSource);
        rest["items"]!.AsArray().Should().OnlyContain(item => item!["source"]!.GetValue<string>() == restSource);
    }

    [Fact]
    public async Task An_unknown_entity_source_is_refused()
    {
        (await GetProblemAsync("/api/entities?source=found")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Both_cap_shortest_paths_at_the_same_bound()
    {
        var restAtBound = await api.Client.GetAsync(new Uri($"/api/paths?from=bittensor&to=openai&maxPaths={PathQuery.MaxPathsLimit}", UriKind.Relative));
        var restBeyond = await GetProblemAsync($"/api/paths?from=bittensor&to=openai&maxPaths={PathQuery.MaxPathsLimit + 1}");
        var graphQLAtBound = await QueryAsync($$"""{ path(from: "bittensor", to: "openai", first: {{PathQuery.MaxPathsLimit}}) { length } }""", []);
        var graphQLBeyond = await QueryErrorsAsync($$"""{ path(from: "bittensor", to: "openai", first: {{PathQuery.MaxPathsLimit + 1}}) { length } }""");

        restAtBound.StatusCode.Should().Be(HttpStatusCode.OK);
        graphQLAtBound["data"]!["path"].Should().NotBeNull();
        restBeyond.Status.Should().Be(HttpStatusCode.BadRequest);
        graphQLBeyond.Should().ContainSingle().Which!["extensions"]!["max"]!.GetValue<int>().Should().Be(PathQuery.MaxPathsLimit);
    }

    [Fact]
    public async Task Blank_search_text_is_refused_everywhere_and_leaving_it_out_lists_every_claim()
    {
        (await GetProblemAsync("/api/claims?q=")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await GetProblemAsync("/api/claims?q=%20%20")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await GetProblemAsync("/api/search?q=")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await QueryErrorsAsync("""{ claims(filter: { text: "" }) { totalCount } }""")).Should().ContainSingle()
            .Which!["extensions"]!["code"]!.GetValue<string>().Should().Be("BLANK_ARGUMENT");
        (await QueryErrorsAsync("""{ search(text: " ") { claims { rank } } }""")).Should().ContainSingle()
            .Which!["extensions"]!["code"]!.GetValue<string>().Should().Be("BLANK_ARGUMENT");

        var restAll = await api.GetJsonAsync("/api/claims?limit=1");
        var graphQLAll = await QueryAsync("""{ claims(first: 1) { totalCount } }""", []);
        graphQLAll["data"]!["claims"]!["totalCount"]!.GetValue<int>().Should().Be(restAll["totalCount"]!.GetValue<int>()).And.BePositive();
    }

    [Fact]
    public async Task Malformed_and_unknown_ids_get_the_same_answer_from_both()
    {
        var restMalformed = await GetProblemAsync("/api/entities/Prime%20Intellect");
        var graphQLMalformed = await QueryErrorsAsync("""{ entity(id: "Prime Intellect") { id } }""");
        restMalformed.Status.Should().Be(HttpStatusCode.BadRequest);
        var hint = restMalformed.Body["errors"]!["id"]![0]!.GetValue<string>();
        hint.Should().Contain("Did you mean 'prime-intellect'?");
        var malformed = graphQLMalformed.Should().ContainSingle().Subject!;
        malformed["message"]!.GetValue<string>().Should().EndWith(hint);
        malformed["extensions"]!["code"]!.GetValue<string>().Should().Be("INVALID_ID");
        malformed["extensions"]!["suggestion"]!.GetValue<string>().Should().Be("prime-intellect");

        var restUnknown = await GetProblemAsync("/api/entities/no-such-entity");
        var graphQLUnknown = await QueryErrorsAsync("""{ entity(id: "no-such-entity") { id } }""");
        restUnknown.Status.Should().Be(HttpStatusCode.NotFound);
        var unknown = graphQLUnknown.Should().ContainSingle().Subject!;
        unknown["message"]!.GetValue<string>().Should().EndWith(restUnknown.Body["detail"]!.GetValue<string>());
        unknown["extensions"]!["code"]!.GetValue<string>().Should().Be("NOT_FOUND");

        var restNote = await GetProblemAsync("/api/notes/Some%20Note");
        var graphQLNote = await QueryErrorsAsync("""{ note(id: "Some Note") { id } }""");
        restNote.Status.Should().Be(HttpStatusCode.BadRequest);
        graphQLNote.Should().ContainSingle().Which!["message"]!.GetValue<string>().Should().EndWith(restNote.Body["errors"]!["id"]![0]!.GetValue<string>());
        var restClaim = await GetProblemAsync("/api/claims/not-a-claim-id");
        var graphQLClaim = await QueryErrorsAsync("""{ claim(id: "not-a-claim-id") { id } }""");
        restClaim.Status.Should().Be(HttpStatusCode.BadRequest);
        graphQLClaim.Should().ContainSingle().Which!["message"]!.GetValue<string>().Should().EndWith(restClaim.Body["errors"]!["id"]![0]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetProblemAsync(string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body)!);
    }

    private async Task<JsonArray> QueryErrorsAsync(string query)
    {
        using var response = await api.Client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new JsonObject { ["query"] = query });
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonNode.Parse(body)!["errors"];
        errors.Should().NotBeNull(body);
        return errors!.AsArray();
    }

    private static string Describe(
        JsonNode? id, JsonNode? subject, JsonNode? predicate, JsonNode? @object, JsonNode? origin, JsonNode? evidenceCount, JsonNode? noteCount,
        JsonNode? confidence, IEnumerable<string> evidence)
    {
        // REST spells origins as the catalog does (co-mention), GraphQL as enum values (CO_MENTION).
        var normalizedOrigin = origin!.GetValue<string>().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        return $"{id} {subject} {predicate} {@object} {normalizedOrigin} {evidenceCount} {noteCount} {confidence}\n  {string.Join("\n  ", evidence)}";
    }

    private async Task<JsonNode> QueryAsync(string query, JsonObject variables)
    {
        using var response = await api.Client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new JsonObject
        {
            ["query"] = query,
            ["variables"] = variables,
        });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var result = JsonNode.Parse(body)!;
        result["errors"].Should().BeNull(body);
        return result;
    }
}
