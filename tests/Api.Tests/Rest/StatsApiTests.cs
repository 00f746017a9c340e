using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class StatsApiTests(SeededApi api)
{
    [Fact]
    public async Task Stats_have_exactly_the_documented_shape()
    {
        var stats = await api.GetJsonAsync("/api/stats");

        stats.AsObject().Select(pair => pair.Key).Should().Equal(
            "notes", "claims", "entities", "mentions", "relations", "relationsByPredicate", "relationsByOrigin", "entitiesBySource", "topEntities");
        stats["notes"]!.GetValue<int>().Should().Be(5);
        stats["claims"]!.GetValue<int>().Should().BePositive();
        stats["mentions"]!.GetValue<int>().Should().BePositive();
        var byPredicate = stats["relationsByPredicate"]!.AsObject();
        byPredicate.Select(pair => pair.Key).Should().Contain(["RELEASED", "FUNDS", "CO_MENTIONED"]);
        byPredicate.Sum(pair => pair.Value!.GetValue<int>()).Should().Be(stats["relations"]!.GetValue<int>());
        var byOrigin = stats["relationsByOrigin"]!.AsObject();
        byOrigin.Select(pair => pair.Key).Should().Equal("co-mention", "curated", "extracted");
        byOrigin.Sum(pair => pair.Value!.GetValue<int>()).Should().Be(stats["relations"]!.GetValue<int>());
        byOrigin["curated"]!.GetValue<int>().Should().BePositive();
        var bySource = stats["entitiesBySource"]!.AsObject();
        bySource.Select(pair => pair.Key).Should().Equal("catalog", "discovered");
        bySource.Sum(pair => pair.Value!.GetValue<int>()).Should().Be(stats["entities"]!.GetValue<int>());

        var top = stats["topEntities"]!.AsArray();
        top.Should().NotBeEmpty();
        top.Should().AllSatisfy(entity => entity!.AsObject().Select(pair => pair.Key).Should().Equal("id", "name", "mentions"));
        top.Select(entity => entity!["mentions"]!.GetValue<int>()).Should().BeInDescendingOrder();
        top.Select(entity => entity!["id"]!.GetValue<string>()).Should().Contain("openai");
    }

    [Theory]
    [InlineData("openai", "OpenAI")]
    [InlineData("deepseek", "DeepSeek")]
    [InlineData("bittensor", "BitTensor")]
    [InlineData("prime-intellect", "Prime Intellect")]
    public async Task Key_entities_are_present_with_claims(string id, string name)
    {
        var entity = await api.GetJsonAsync($"/api/entities/{id}");
        entity["name"]!.GetValue<string>().Should().Be(name);

        var claims = await api.GetJsonAsync($"/api/entities/{id}/claims?limit=1");
        claims["totalCount"]!.GetValue<int>().Should().BePositive();
    }
}
