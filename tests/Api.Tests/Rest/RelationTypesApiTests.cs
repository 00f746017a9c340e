using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class RelationTypesApiTests(SeededApi api)
{
    [Fact]
    public async Task Lists_predicates_with_counts_that_add_up_to_the_relations()
    {
        var types = (await api.GetJsonAsync("/api/relation-types")).AsArray();
        var stats = await api.GetJsonAsync("/api/stats");

        types.Select(type => type!["predicate"]!.GetValue<string>()).Should().Contain(["FUNDS", "RELEASED", "CO_MENTIONED"]).And.OnlyHaveUniqueItems();
        types.Select(type => type!["count"]!.GetValue<int>()).Should().BeInDescendingOrder().And.OnlyContain(count => count > 0);
        types.Sum(type => type!["count"]!.GetValue<int>()).Should().Be(stats["relations"]!.GetValue<int>());
    }
}
