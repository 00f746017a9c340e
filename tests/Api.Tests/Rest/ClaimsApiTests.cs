using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class ClaimsApiTests(SeededApi api)
{
    [Fact]
    public async Task Claims_of_an_entity_mention_it()
    {
        var page = await api.GetJsonAsync("/api/claims?entity=bittensor&limit=3");

        var items = page["items"]!.AsArray();
        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            var claim = await api.GetJsonAsync($"/api/claims/{Uri.EscapeDataString(item!["id"]!.GetValue<string>())}");
            claim["mentions"]!.AsArray().Should().Contain(mention => mention!["entity"]!["id"]!.GetValue<string>() == "bittensor");
        }
    }

    [Fact]
    public async Task Claims_of_a_note_all_come_from_it_in_order()
    {
        const string note = "developments-and-challenges-in-opensource-ai-models";
        var page = await api.GetJsonAsync($"/api/claims?note={note}&limit=100");

        var items = page["items"]!.AsArray();
        items.Should().NotBeEmpty().And.OnlyContain(item => item!["noteId"]!.GetValue<string>() == note);
        items.Select(item => item!["span"]!["start"]!.GetValue<int>()).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Full_text_query_finds_matching_claims()
    {
        var page = await api.GetJsonAsync("/api/claims?q=decentralized&limit=5");

        page["items"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(item => item!["text"]!.GetValue<string>().Contains("decentraliz", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Gets_a_claim_with_note_span_timestamp_mentions_and_relations()
    {
        var page = await api.GetJsonAsync("/api/entities/bittensor/relations?predicate=FUNDS&direction=out&evidenceLimit=1");
        var claimId = page["items"]![0]!["evidence"]![0]!["claimId"]!.GetValue<string>();

        var claim = await api.GetJsonAsync($"/api/claims/{Uri.EscapeDataString(claimId)}");

        claim["id"]!.GetValue<string>().Should().Be(claimId);
        claim["note"]!["id"]!.GetValue<string>().Should().Be("developments-and-challenges-in-opensource-ai-models");
        claim["span"]!["end"]!.GetValue<int>().Should().BeGreaterThan(claim["span"]!["start"]!.GetValue<int>());
        claim["timestamp"]!["text"]!.GetValue<string>().Should().MatchRegex(@"^\d{1,2}:\d{2}(:\d{2})?$");
        claim["timestamp"]!["repaired"]!.GetValue<bool>().Should().BeFalse("the seed notes write hours first");
        claim["deepLink"]!.GetValue<string>().Should().StartWith("https://www.youtube.com/watch?v=NtZTR1tpxZY&t=");
        claim["mentions"]!.AsArray().Select(m => m!["entity"]!["id"]!.GetValue<string>()).Should().Contain(["bittensor", "nous-research"]);
        claim["supports"]!.AsArray().Should().Contain(relation =>
            relation!["subject"]!["id"]!.GetValue<string>() == "bittensor" &&
            relation["predicate"]!.GetValue<string>() == "FUNDS" &&
            relation["object"]!["id"]!.GetValue<string>() == "nous-research");
    }

    [Theory]
    [InlineData("/api/claims/no-such-note:1-2", "no-such-note:1-2")]
    [InlineData("/api/claims?entity=no-such-entity", "no-such-entity")]
    [InlineData("/api/claims?note=no-such-note", "no-such-note")]
    public async Task Unknown_ids_are_404_naming_them(string url, string id)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().Should().Contain($"'{id}'");
    }

    [Theory]
    [InlineData("/api/claims?limit=0", "limit")]
    [InlineData("/api/claims?limit=1000", "limit")]
    [InlineData("/api/claims?cursor=%%%", "cursor")]
    [InlineData("/api/claims?cursor=", "cursor")]
    [InlineData("/api/claims?entity=Open%20AI", "entity")]
    [InlineData("/api/claims?note=Some%20Note", "note")]
    [InlineData("/api/claims/not-a-claim-id", "id")]
    [InlineData("/api/claims/note:12", "id")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(pair => pair.Key).Should().Equal(parameter);
    }

    [Fact]
    public async Task Every_claim_says_whether_it_is_a_heading_fragment()
    {
        var claims = (await api.GetJsonAsync("/api/claims?limit=100"))["items"]!.AsArray();

        claims.Should().NotBeEmpty().And.OnlyContain(claim =>
            claim!["headingFragment"]!.GetValue<bool>() == ClaimGraph.Model.HeadingFragment.Is(claim["text"]!.GetValue<string>()));
    }
}
