using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Model;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class RelationTypesApiTests(SeededApi api)
{
    [Fact]
    public async Task Lists_every_vocabulary_predicate_with_its_description_origins_and_counts()
    {
        var types = (await api.GetJsonAsync("/api/relation-types")).AsArray();
        var stats = await api.GetJsonAsync("/api/stats");

        types.Select(type => type!["predicate"]!.GetValue<string>()).Should().BeEquivalentTo(RelationVocabulary.All.Select(p => p.Name));
        types.Select(type => type!["count"]!.GetValue<int>()).Should().BeInDescendingOrder();
        types.Sum(type => type!["count"]!.GetValue<int>()).Should().Be(stats["relations"]!.GetValue<int>());
        types.Should().AllSatisfy(type =>
        {
            type!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            type["origins"]!.AsArray().Sum(origin => origin!["count"]!.GetValue<int>()).Should().Be(type["count"]!.GetValue<int>());
        });

        var funds = types.Single(type => type!["predicate"]!.GetValue<string>() == "FUNDS")!;
        funds["count"]!.GetValue<int>().Should().BePositive();
        funds["extractedAs"]!.GetValue<string>().Should().Be("INVESTED_IN");
        funds["origins"]!.AsArray().Select(origin => origin!["origin"]!.GetValue<string>()).Should().Equal("curated");
        var coMentioned = types.Single(type => type!["predicate"]!.GetValue<string>() == "CO_MENTIONED")!;
        coMentioned["origins"]!.AsArray().Select(origin => origin!["origin"]!.GetValue<string>()).Should().Equal("co-mention");

        var unused = types.Where(type => type!["count"]!.GetValue<int>() == 0).ToList();
        unused.Should().NotBeEmpty("the seeds use few predicates; the rest are listed for discovery");
        unused.Should().OnlyContain(type => type!["origins"]!.AsArray().Count == 0);
    }

    [Theory]
    [InlineData("FUND")]
    [InlineData("funds_typo")]
    [InlineData("BITTENSOR|FUNDS")]
    public async Task An_unknown_predicate_is_a_400_naming_the_known_ones(string predicate)
    {
        var response = await api.Client.GetAsync(new Uri($"/api/entities/bittensor/relations?predicate={Uri.EscapeDataString(predicate)}", UriKind.Relative));

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var message = problem["errors"]!["predicate"]![0]!.GetValue<string>();
        message.Should().Contain($"Unknown predicate '{predicate}'").And.Contain("INVESTED_IN").And.Contain("CO_MENTIONED").And.Contain("FUNDS");
    }

    [Fact]
    public async Task A_known_predicate_is_accepted_in_any_case()
    {
        var lower = await api.GetJsonAsync("/api/entities/bittensor/relations?predicate=funds");
        var upper = await api.GetJsonAsync("/api/entities/bittensor/relations?predicate=FUNDS");

        lower.ToJsonString().Should().Be(upper.ToJsonString());
        upper["items"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(item => item!["predicate"]!.GetValue<string>() == "FUNDS");
    }
}
