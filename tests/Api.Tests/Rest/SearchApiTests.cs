using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class SearchApiTests(SeededApi api)
{
    [Fact]
    public async Task Finds_the_entity_and_claims_that_name_it()
    {
        var result = await api.GetJsonAsync("/api/search?q=BitTensor&limit=5");

        result["query"]!.GetValue<string>().Should().Be("BitTensor");
        result["entities"]![0]!["entity"]!["id"]!.GetValue<string>().Should().Be("bittensor");
        var claims = result["claims"]!.AsArray();
        claims.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5);
        claims.Select(hit => hit!["score"]!.GetValue<double>()).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=ai&limit=0", "limit")]
    [InlineData("/api/search?q=ai&limit=101", "limit")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(pair => pair.Key).Should().Equal(parameter);
    }
}
