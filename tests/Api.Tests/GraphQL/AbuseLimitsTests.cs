using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// Hostile documents are rejected with an error naming the limit they broke, and the server answers a normal query
/// right afterwards.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed partial class AbuseLimitsTests(SeededApi api)
{
    [Fact]
    public async Task Depth_bomb_is_rejected_by_the_depth_limit()
    {
        var query = new StringBuilder("{ entity(id: \"bittensor\") { ");
        for (var i = 0; i < 10; i++)
        {
            query.Append("relations { edges { node { subject { ");
        }
        query.Append("id").Append(new string('}', 40)).Append(" } }");

        await ExpectRejectedAsync(query.ToString(), "(MaxDepth)", "15");
    }

    [Fact]
    public async Task Nesting_bomb_is_a_parse_error_not_a_stack_overflow()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a { ", 20_000)) + string.Concat(Enumerable.Repeat("} ", 20_001));

        await ExpectRejectedAsync(query[..99_000], "(MaxDepth)");
    }

    [Fact]
    public async Task Ten_thousand_aliases_are_rejected_by_a_document_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename")) + " }";

        var response = await ExpectRejectedAsync(query);
        response.ErrorMessages.Should().ContainSingle().Which.Should().MatchRegex(DocumentLimitName());
    }

    [Fact]
    public async Task Aliases_count_towards_the_field_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 2_500).Select(i => $"a{i}: __typename")) + " }";

        await ExpectRejectedAsync(query, "(MaxFields)", "2000");
    }

    [Fact]
    public async Task Fragment_cycle_is_a_validation_error()
    {
        await ExpectRejectedAsync(
            "{ ...A } fragment A on Query { stats { notes } ...B } fragment B on Query { ...A }",
            "Cannot spread fragment \"A\" within itself");
    }

    [Fact]
    public async Task Exponential_fragment_fan_out_is_rejected_before_execution()
    {
        var query = new StringBuilder("{ ...F0 }\nfragment F0 on Query { entities(first: 100) { edges { node { ...E0 } } } }\n");
        query.Append("fragment E0 on Entity { ...E1 ...E1 }\n");
        for (var i = 1; i < 30; i++)
        {
            query.Append($"fragment E{i} on Entity {{ ...E{i + 1} ...E{i + 1} }}\n");
        }
        query.Append("fragment E30 on Entity { relations(first: 100) { totalCount } }");

        var response = await ExpectRejectedAsync(query.ToString());
        response.ErrorMessages.Should().ContainSingle().Which.Should().MatchRegex(@"\(MaxCost\)|too complex");
    }

    [Fact]
    public async Task One_megabyte_document_is_rejected_by_the_document_size_limit()
    {
        var query = "{ stats { notes } }\n#" + new string('x', 1_000_000);

        await ExpectRejectedAsync(query, "(MaxDocumentLength)", "100000");
    }

    [Fact]
    public async Task Body_over_the_request_size_limit_gets_413()
    {
        var query = "{ stats { notes } }\n#" + new string('x', 1_100_000);

        var response = await api.Client.PostAsync(query);

        response.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorMessages.Should().ContainSingle();
        await ExpectHealthyAsync();
    }

    private async Task<GraphQLHttpResponse> ExpectRejectedAsync(string query, params string[] expectedInMessage)
    {
        var response = await api.Client.PostAsync(query);

        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Body.ToJsonString()[..Math.Min(500, response.Body.ToJsonString().Length)]);
        response.Body.AsObject().ContainsKey("data").Should().BeFalse("a rejected request has no data entry");
        var message = response.ErrorMessages.Should().ContainSingle().Which;
        foreach (var expected in expectedInMessage)
        {
            message.Should().Contain(expected);
        }
        await ExpectHealthyAsync();
        return response;
    }

    private async Task ExpectHealthyAsync()
    {
        var data = (await api.Client.PostAsync("{ entity(id: \"bittensor\") { name } stats { notes } }")).SuccessfulData();
        data["entity"]!["name"]!.GetValue<string>().Should().Be("BitTensor");
        data["stats"]!["notes"]!.GetValue<int>().Should().BePositive();
    }

    [GeneratedRegex(@"\((MaxDocumentLength|MaxFields|MaxTokens)\)")]
    private static partial Regex DocumentLimitName();
}
