using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

/// <summary>REST and GraphQL read the same store: for one entity they must list the same relations, in the same order, with the same evidence.</summary>
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
                  id predicate origin evidenceCount noteCount
                  subject { id }
                  object { id }
                  evidence(first: $first) { totalCount edges { quote node { id text deepLink } } }
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
            relation["evidenceCount"], relation["noteCount"],
            relation["evidence"]!.AsArray().Select(evidence => $"{evidence!["claimId"]}|{evidence["text"]}|{evidence["quote"]}|{evidence["deepLink"]}")))
            .ToList();
        var graphQLRelations = connection["edges"]!.AsArray().Select(edge => edge!["node"]!).Select(relation => Describe(
            relation["id"], relation["subject"]!["id"], relation["predicate"], relation["object"]!["id"], relation["origin"],
            relation["evidenceCount"], relation["noteCount"],
            relation["evidence"]!["edges"]!.AsArray().Select(evidence =>
                $"{evidence!["node"]!["id"]}|{evidence["node"]!["text"]}|{evidence["quote"]}|{evidence["node"]!["deepLink"]}")))
            .ToList();

        restRelations.Should().NotBeEmpty();
        graphQLRelations.Should().Equal(restRelations);
    }

    private static string Describe(
        JsonNode? id, JsonNode? subject, JsonNode? predicate, JsonNode? @object, JsonNode? origin, JsonNode? evidenceCount, JsonNode? noteCount,
        IEnumerable<string> evidence)
    {
        // REST spells origins as the catalog does (co-mention), GraphQL as enum values (CO_MENTION).
        var normalizedOrigin = origin!.GetValue<string>().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        return $"{id} {subject} {predicate} {@object} {normalizedOrigin} {evidenceCount} {noteCount}\n  {string.Join("\n  ", evidence)}";
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
