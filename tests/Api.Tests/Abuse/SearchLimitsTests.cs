using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.GraphQL;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Tests.Abuse;

/// <summary>Every text filter of REST and GraphQL is held to the same configured bounds, and each refusal names its limit.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class SearchLimitsTests(SeededApi api)
{
    private static readonly string TooLong = new('x', 201);
    private static readonly string SeventeenWords = string.Join(' ', Enumerable.Range(0, 17).Select(i => $"w{i}"));
    private static readonly string SixteenWordsRepeated = string.Join(' ', Enumerable.Range(0, 16).Select(i => $"w{i}")) + " w0 W1 w2";

    [Theory]
    [InlineData("/api/search?q={0}", "q")]
    [InlineData("/api/claims?q={0}", "q")]
    [InlineData("/api/entities?q={0}", "q")]
    [InlineData("/api/notes?channel={0}", "channel")]
    public async Task A_REST_text_filter_over_the_length_limit_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, TooLong), HttpStatusCode.BadRequest);

        problem["errors"]![parameter]![0]!.GetValue<string>().Should().Be("The text may be at most 200 characters (Search:MaxTextLength); it has 201.");
    }

    [Theory]
    [InlineData("/api/search?q={0}")]
    [InlineData("/api/claims?q={0}")]
    public async Task A_REST_full_text_search_with_too_many_distinct_words_is_a_400_naming_the_limit(string url)
    {
        var problem = await api.GetProblemAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, Uri.EscapeDataString(SeventeenWords)), HttpStatusCode.BadRequest);

        problem["errors"]!["q"]![0]!.GetValue<string>().Should()
            .Be("The search text may hold at most 16 distinct words (Search:MaxTerms, repeated words counted once); it holds 17.");
        await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(SixteenWordsRepeated));
    }

    [Theory]
    [InlineData("query($t: String!) { search(text: $t) { claims { rank } } }", "Query.search", "text")]
    [InlineData("query($t: String) { claims(filter: { text: $t }) { totalCount } }", "Query.claims", "filter.text")]
    [InlineData("query($t: String) { entities(filter: { nameContains: $t }) { totalCount } }", "Query.entities", "filter.nameContains")]
    [InlineData("query($t: String) { notes(filter: { channel: $t }) { totalCount } }", "Query.notes", "filter.channel")]
    public async Task A_GraphQL_text_argument_over_the_length_limit_is_an_error_naming_it(string query, string field, string argument)
    {
        var response = await api.Client.PostAsync(query, new { t = TooLong });

        var error = response.Body["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["message"]!.GetValue<string>().Should()
            .Be($"Argument \"{argument}\" of {field}: The text may be at most 200 characters (Search:MaxTextLength); it has 201.");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("SEARCH_TEXT_TOO_LARGE");
    }

    [Fact]
    public async Task A_GraphQL_search_with_too_many_distinct_words_is_an_error_and_repeats_do_not_count()
    {
        var refused = await api.Client.PostAsync("query($t: String!) { search(text: $t) { claims { rank } } }", new { t = SeventeenWords });
        var repeated = await api.Client.PostAsync("query($t: String!) { search(text: $t) { claims { rank } } }", new { t = SixteenWordsRepeated });

        refused.ErrorMessages.Should().ContainSingle().Which.Should().Contain("at most 16 distinct words (Search:MaxTerms");
        repeated.SuccessfulData();
    }

    [Fact]
    public async Task Ordinary_queries_using_every_costly_field_fit_the_cost_limit()
    {
        var response = await api.Client.PostAsync("""
            {
              a: search(text: "decentralized training") { claims { claim { id note { title } } } entities { entity { name } } }
              b: search(text: "bittensor") { hits { rank } }
              claims(filter: { text: "training" }, first: 20) { totalCount edges { node { id text } } }
              path(from: "bittensor", to: "nous-research") { length hops { relation { predicate } } }
              entities(first: 20) { edges { node { name neighbors(depth: 2) { nodes { entity { name } } } } } }
            }
            """);

        response.SuccessfulData();
    }

    [Fact]
    public async Task The_standard_introspection_query_still_fits_the_cost_limit()
    {
        var response = await api.Client.PostAsync(IntrospectionQuery.Full);

        response.SuccessfulData()["__schema"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("Search:MaxTextLength", "0")]
    [InlineData("Search:MaxTerms", "-1")]
    [InlineData("Rest:TimeoutSeconds", "-5")]
    public async Task An_invalid_limit_stops_the_host_naming_the_key(string key, string value)
    {
        var start = () => HostStart.StartAsync(builder => builder.AddRequestLimits(), new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(key);
    }
}
