using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

/// <summary>The load harness's static ceiling: off unless configured, and exactly the asked size when on.</summary>
public sealed class BenchmarkingEndpointTests
{
    [Fact]
    public async Task The_static_endpoint_does_not_exist_by_default()
    {
        await using var factory = new ClaimGraphApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/bench/static?bytes=100", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(557)]
    [InlineData(100_000)]
    public async Task When_enabled_it_answers_a_json_document_of_exactly_the_asked_size(int bytes)
    {
        await using var factory = new ClaimGraphApiFactory(new Dictionary<string, string?> { ["Benchmarking:StaticEndpoint"] = "true" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/bench/static?bytes={bytes}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadAsByteArrayAsync();
        body.Should().HaveCount(bytes);
        response.Content.Headers.ContentLength.Should().Be(bytes);
        JsonNode.Parse(body)!["padding"]!.GetValue<string>().Should().MatchRegex("^x*$");
    }

    [Theory]
    [InlineData("13")]
    [InlineData("2000000")]
    [InlineData("abc")]
    public async Task A_size_out_of_range_is_a_problem_naming_the_parameter(string bytes)
    {
        await using var factory = new ClaimGraphApiFactory(new Dictionary<string, string?> { ["Benchmarking:StaticEndpoint"] = "true" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/bench/static?bytes={bytes}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["errors"]!["bytes"]![0]!.GetValue<string>().Should().Contain($"got '{bytes}'");
    }
}
