using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>The claim-graph schema end to end over HTTP, on a store seeded from the repository's seeds.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class ClaimGraphQueriesTests(SeededApi api)
{
    [Fact]
    public async Task Relations_of_BitTensor_come_with_evidence_quotes_note_titles_and_YouTube_deep_links()
    {
        var data = (await api.Client.PostAsync("""
            query BitTensorRelations {
              entity(id: "bittensor") {
                name
                relations(first: 50) {
                  totalCount
                  edges {
                    node {
                      predicate
                      origin
                      subject { id }
                      object { id name }
                      evidence(first: 10) {
                        totalCount
                        edges { quote node { text deepLink timestamp timestampRepaired note { title videoUrl } } }
                      }
                    }
                  }
                }
              }
            }
            """)).SuccessfulData();

        var entity = data["entity"]!;
        entity["name"]!.GetValue<string>().Should().Be("BitTensor");
        var relations = entity["relations"]!["edges"]!.AsArray().Select(edge => edge!["node"]!).ToList();
        relations.Should().HaveCount(entity["relations"]!["totalCount"]!.GetValue<int>());

        var funds = relations.Single(r => r["predicate"]!.GetValue<string>() == "FUNDS" && r["object"]!["id"]!.GetValue<string>() == "nous-research");
        funds["origin"]!.GetValue<string>().Should().Be("CURATED");
        funds["subject"]!["id"]!.GetValue<string>().Should().Be("bittensor");
        funds["object"]!["name"]!.GetValue<string>().Should().Be("Nous Research");
        var evidence = funds["evidence"]!["edges"]!.AsArray().Select(edge => edge!).ToList();
        evidence.Should().NotBeEmpty();
        var quoted = evidence.Single(e => e["quote"] is not null);
        quoted["quote"]!.GetValue<string>().Should().Contain("BitTensor supports various open-source initiatives");
        quoted["node"]!["text"]!.GetValue<string>().Should().Contain("BitTensor supports various open-source initiatives");
        quoted["node"]!["note"]!["title"]!.GetValue<string>().Should().Be("Developments and challenges in opensource AI models");
        var seconds = quoted["node"]!["timestamp"]!.GetValue<int>();
        quoted["node"]!["timestampRepaired"]!.GetValue<bool>().Should().BeFalse("the seed notes write hours first");
        quoted["node"]!["deepLink"]!.GetValue<string>().Should().Be($"https://www.youtube.com/watch?v=NtZTR1tpxZY&t={seconds}s");
        quoted["node"]!["note"]!["videoUrl"]!.GetValue<string>().Should().Be("https://www.youtube.com/watch?v=NtZTR1tpxZY");
    }

    [Fact]
    public async Task Shortest_path_from_Prime_Intellect_to_OpenAI_has_evidence_for_every_hop()
    {
        var data = (await api.Client.PostAsync("""
            {
              path(from: "prime-intellect", to: "openai") {
                length
                entities { id }
                hops {
                  reversed
                  from { id }
                  to { id }
                  relation {
                    subject { id }
                    predicate
                    object { id }
                    evidenceCount
                    evidence(first: 2) { edges { quote node { text deepLink note { title } } } }
                  }
                }
              }
            }
            """)).SuccessfulData();

        var paths = data["path"]!.AsArray().Select(path => path!).ToList();
        paths.Should().NotBeEmpty("Prime Intellect and OpenAI are connected within four hops in the seeds");
        var length = paths[0]["length"]!.GetValue<int>();
        length.Should().BeInRange(1, 4);
        foreach (var path in paths)
        {
            path["length"]!.GetValue<int>().Should().Be(length, "every path returned is a shortest one");
            var entities = path["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToList();
            entities.First().Should().Be("prime-intellect");
            entities.Last().Should().Be("openai");
            var hops = path["hops"]!.AsArray().Select(hop => hop!).ToList();
            hops.Should().HaveCount(length);
            for (var i = 0; i < hops.Count; i++)
            {
                var hop = hops[i];
                hop["from"]!["id"]!.GetValue<string>().Should().Be(entities[i]);
                hop["to"]!["id"]!.GetValue<string>().Should().Be(entities[i + 1]);
                var relation = hop["relation"]!;
                var (subject, @object) = (relation["subject"]!["id"]!.GetValue<string>(), relation["object"]!["id"]!.GetValue<string>());
                var reversed = hop["reversed"]!.GetValue<bool>();
                (reversed ? (@object, subject) : (subject, @object)).Should().Be((entities[i], entities[i + 1]));
                relation["evidenceCount"]!.GetValue<int>().Should().BePositive();
                var evidence = relation["evidence"]!["edges"]!.AsArray();
                evidence.Should().NotBeEmpty();
                evidence.Select(e => e!["node"]!["note"]!["title"]!.GetValue<string>()).Should().OnlyContain(title => title.Length > 0);
                evidence.Select(e => e!["node"]!["text"]!.GetValue<string>()).Should().OnlyContain(text => text.Length > 0);
            }
        }
    }

    [Fact]
    public async Task Connections_page_with_opaque_cursors_without_gaps_or_repeats()
    {
        const string Page = """
            query Page($after: String) {
              entities(orderBy: NAME, first: 7, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        var total = -1;
        for (var pages = 0; pages < 100; pages++)
        {
            var connection = (await api.Client.PostAsync(Page, new { after })).SuccessfulData()["entities"]!;
            total = connection["totalCount"]!.GetValue<int>();
            var pageInfo = connection["pageInfo"]!;
            pageInfo["hasPreviousPage"]!.GetValue<bool>().Should().Be(after is not null);
            var edges = connection["edges"]!.AsArray();
            edges.Select(e => e!["cursor"]!.GetValue<string>()).Should().NotContain(cursor => cursor.Contains("offset"), "cursors are opaque");
            seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!pageInfo["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }
            after = pageInfo["endCursor"]!.GetValue<string>();
        }

        total.Should().BeGreaterThan(7, "the seeds hold more entities than one page");
        seen.Should().HaveCount(total).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task An_edge_cursor_in_the_middle_of_a_page_continues_right_after_its_node_and_belongs_to_its_list()
    {
        const string Notes = "query($after: String) { notes(first: 4, after: $after) { totalCount edges { cursor node { id } } } }";
        var all = (await api.Client.PostAsync(Notes, new { after = (string?)null })).SuccessfulData()["notes"]!;
        var edges = all["edges"]!.AsArray();
        var ids = edges.Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();

        var afterSecond = (await api.Client.PostAsync(Notes, new { after = edges[1]!["cursor"]!.GetValue<string>() })).SuccessfulData()["notes"]!;

        afterSecond["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).Take(2).Should().Equal(ids[2..4]);
        afterSecond["totalCount"]!.GetValue<int>().Should().Be(all["totalCount"]!.GetValue<int>());

        var claimCursor = (await api.Client.PostAsync("{ claims(first: 1) { edges { cursor } } }")).SuccessfulData()["claims"]!["edges"]![0]!["cursor"]!.GetValue<string>();
        var foreign = await api.Client.PostAsync(Notes, new { after = claimCursor });
        foreign.ToString().Should().Contain("BAD_CURSOR");
    }

    [Fact]
    public async Task Search_ranks_entities_and_claims()
    {
        var data = (await api.Client.PostAsync("""
            { search(text: "BitTensor", first: 5) {
                entities { rank score entity { id } }
                claims { rank claim { text } }
                hits { __typename rank }
            } }
            """)).SuccessfulData()["search"]!;

        data["entities"]![0]!["entity"]!["id"]!.GetValue<string>().Should().Be("bittensor");
        data["entities"]!.AsArray().Select(hit => hit!["rank"]!.GetValue<int>()).Should().BeInAscendingOrder().And.StartWith(1);
        data["claims"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(hit => hit!["claim"]!["text"]!.GetValue<string>().Contains("BitTensor", StringComparison.OrdinalIgnoreCase));
        data["hits"]!.AsArray().Select(hit => hit!["__typename"]!.GetValue<string>()).Should().Contain(["EntitySearchHit", "ClaimSearchHit"]);
    }

    [Theory]
    [InlineData("{ entities(first: 101) { totalCount } }", "first", "100")]
    [InlineData("{ path(from: \"prime-intellect\", to: \"openai\", maxHops: 7) { length } }", "maxHops", "6")]
    [InlineData("{ entity(id: \"bittensor\") { neighbors(depth: 4) { nodes { depth } } } }", "depth", "3")]
    [InlineData("{ entities(after: \"not-a-cursor\") { totalCount } }", "after", "cursor")]
    [InlineData("{ path(from: \"prime-intellect\", to: \"no-such-entity\") { length } }", "to", "no-such-entity")]
    public async Task Out_of_bounds_arguments_are_errors_naming_the_argument(string query, string argument, string detail)
    {
        var response = await api.Client.PostAsync(query);

        response.ErrorMessages.Should().ContainSingle()
            .Which.Should().Contain($"\"{argument}\"").And.Contain(detail);
    }

    [Fact]
    public async Task Claims_know_their_note_mentions_entities_and_the_relations_they_support()
    {
        var claim = (await api.Client.PostAsync("""
            { entity(id: "bittensor") { relations(predicate: FUNDS, direction: OUT, origin: CURATED) {
                edges { node { evidence(first: 1) { edges { node {
                  id span { start end } section note { id format }
                  mentions { matchedText entity { id } span { start end } }
                  entities { id }
                  relations { predicate object { id } }
                } } } } }
            } } }
            """)).SuccessfulData()["entity"]!["relations"]!["edges"]![0]!["node"]!["evidence"]!["edges"]![0]!["node"]!;

        claim["span"]!["end"]!.GetValue<int>().Should().BeGreaterThan(claim["span"]!["start"]!.GetValue<int>());
        claim["note"]!["format"]!.GetValue<string>().Should().Be("TUBE_GRAPH_MARKDOWN");
        claim["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Should().Contain("bittensor");
        claim["mentions"]!.AsArray().Should().Contain(m => m!["entity"]!["id"]!.GetValue<string>() == "bittensor");
        claim["relations"]!.AsArray().Should().Contain(r =>
            r!["predicate"]!.GetValue<string>() == "FUNDS" && r["object"]!["id"]!.GetValue<string>() == "nous-research");
    }

    [Fact]
    public async Task Schema_is_served_as_SDL_with_descriptions()
    {
        using var response = await api.Client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        var sdl = await response.Content.ReadAsStringAsync();
        sdl.Should().Be(SchemaPrinter.Print(api.Factory.Services.GetRequiredService<GraphQLExecutor>().Schema));
        sdl.Should().Contain("type Entity implements Node").And.Contain("\"\"\"The canonical name, e.g. `Prime Intellect`.\"\"\"")
            .And.Contain("path(").And.Contain("maxHops: Int = 4");
    }

    // Without the assets the page explains how to get them: GraphiQLWithoutAssetsTests covers that on every machine.
    [RequiresFact(Prerequisite.GraphiQLAssets)]
    public async Task A_browser_opening_the_endpoint_gets_GraphiQL_served_from_this_server()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("unpkg").And.NotContain("jsdelivr").And.NotContain("https://")
            .And.NotContain("GraphiQL is not installed");
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "start.js" })
        {
            html.Should().Contain($"/graphql/ide/{asset}");
            using var assetResponse = await api.Client.GetAsync(new Uri($"/graphql/ide/{asset}", UriKind.Relative));
            assetResponse.StatusCode.Should().Be(HttpStatusCode.OK, $"{asset} must be served locally");
            (await assetResponse.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
        }
        var bootstrap = await api.Client.GetStringAsync(new Uri("/graphql/ide/start.js", UriKind.Relative));
        bootstrap.Should().Contain("GraphiQL.createFetcher").And.Contain("\"/graphql\"");
    }
}
