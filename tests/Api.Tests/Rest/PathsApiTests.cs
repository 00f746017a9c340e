using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class PathsApiTests(SeededApi api)
{
    [Fact]
    public async Task A_direct_relation_is_a_one_hop_path_with_evidence()
    {
        var result = await api.GetJsonAsync("/api/paths?from=bittensor&to=nous-research");

        result["length"]!.GetValue<int>().Should().Be(1);
        var path = result["paths"]!.AsArray().Should().NotBeEmpty().And.Subject.First()!;
        path["entities"]!.AsArray().Select(entity => entity!["id"]!.GetValue<string>()).Should().Equal("bittensor", "nous-research");
        var hop = path["hops"]!.AsArray().Should().ContainSingle().Which!;
        hop["from"]!.GetValue<string>().Should().Be("bittensor");
        hop["to"]!.GetValue<string>().Should().Be("nous-research");
        hop["evidence"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Every_path_has_the_shortest_length_and_joins_its_entities()
    {
        var result = await api.GetJsonAsync("/api/paths?from=kaito&to=openai&maxHops=4");

        var length = result["length"]!.GetValue<int>();
        foreach (var path in result["paths"]!.AsArray())
        {
            var entities = path!["entities"]!.AsArray().Select(entity => entity!["id"]!.GetValue<string>()).ToList();
            entities.Should().HaveCount(length + 1);
            entities.First().Should().Be("kaito");
            entities.Last().Should().Be("openai");
            var hops = path["hops"]!.AsArray();
            for (var index = 0; index < hops.Count; index++)
            {
                var relation = hops[index]!["relation"]!;
                new[] { relation["subject"]!["id"]!.GetValue<string>(), relation["object"]!["id"]!.GetValue<string>() }
                    .Should().BeEquivalentTo([entities[index], entities[index + 1]]);
            }
        }
    }

    [Theory]
    [InlineData("/api/paths?to=openai", "from")]
    [InlineData("/api/paths?from=openai", "to")]
    [InlineData("/api/paths?from=openai&to=openai", "to")]
    [InlineData("/api/paths?from=openai&to=xai&maxHops=0", "maxHops")]
    [InlineData("/api/paths?from=openai&to=xai&maxHops=7", "maxHops")]
    [InlineData("/api/paths?from=openai&to=xai&maxPaths=0", "maxPaths")]
    [InlineData("/api/paths?from=Bit%20Tensor&to=openai", "from")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(pair => pair.Key).Should().Equal(parameter);
    }

    [Fact]
    public async Task Unknown_end_is_a_404_naming_it()
    {
        var problem = await api.GetProblemAsync("/api/paths?from=openai&to=atlantis", HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().Should().Contain("'atlantis'");
    }
}
