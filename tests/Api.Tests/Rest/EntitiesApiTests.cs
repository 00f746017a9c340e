using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class EntitiesApiTests(SeededApi api)
{
    [Fact]
    public async Task Lists_entities_most_mentioned_first_with_a_next_link()
    {
        var page = await api.GetJsonAsync("/api/entities?limit=5");

        var items = page["items"]!.AsArray();
        items.Should().HaveCount(5);
        var mentions = items.Select(item => item!["mentions"]!.GetValue<int>()).ToList();
        mentions.Should().BeInDescendingOrder();
        page["totalCount"]!.GetValue<int>().Should().BeGreaterThan(5);
        page["next"]!.GetValue<string>().Should().StartWith("/api/entities?limit=5&cursor=");
    }

    [Fact]
    public async Task Following_next_links_visits_every_entity_once()
    {
        var seen = new List<string>();
        string? url = "/api/entities?sort=name&limit=17";
        int total = 0;
        while (url is not null)
        {
            var page = await api.GetJsonAsync(url);
            total = page["totalCount"]!.GetValue<int>();
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
            url = page["next"]?.GetValue<string>();
        }

        seen.Should().HaveCount(total).And.OnlyHaveUniqueItems();
        var names = await Task.WhenAll(seen.Take(3).Select(async id => (await api.GetJsonAsync($"/api/entities/{id}"))["name"]!.GetValue<string>()));
        names.Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Filters_by_type_and_name()
    {
        var people = await api.GetJsonAsync("/api/entities?type=person&limit=100");
        people["items"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(item => item!["type"]!.GetValue<string>() == "Person");

        var intellect = await api.GetJsonAsync("/api/entities?q=Intellect");
        intellect["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Should().Contain("prime-intellect");
    }

    [Fact]
    public async Task Gets_an_entity_with_its_links()
    {
        var entity = await api.GetJsonAsync("/api/entities/prime-intellect");

        entity["id"]!.GetValue<string>().Should().Be("prime-intellect");
        entity["name"]!.GetValue<string>().Should().Be("Prime Intellect");
        entity["type"]!.GetValue<string>().Should().Be("Organization");
        entity["mentions"]!.GetValue<int>().Should().BePositive();
        entity["topNotes"]!.AsArray().Should().NotBeEmpty();
        entity["links"]!["relations"]!.GetValue<string>().Should().Be("/api/entities/prime-intellect/relations");
    }

    [Fact]
    public async Task Unknown_entity_is_a_404_naming_the_id()
    {
        var problem = await api.GetProblemAsync("/api/entities/no-such-entity", HttpStatusCode.NotFound);

        problem["detail"]!.GetValue<string>().Should().Contain("'no-such-entity'");
        problem["instance"]!.GetValue<string>().Should().Be("/api/entities/no-such-entity");
    }

    [Theory]
    [InlineData("/api/entities/no-such-entity/relations")]
    [InlineData("/api/entities/no-such-entity/claims")]
    [InlineData("/api/entities/no-such-entity/neighborhood")]
    public async Task Sub_resources_of_an_unknown_entity_are_404(string url)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().Should().Contain("no-such-entity");
    }

    [Fact]
    public async Task BitTensor_funds_Nous_Research_with_evidence_from_the_note_and_a_deep_link()
    {
        var page = await api.GetJsonAsync("/api/entities/bittensor/relations?predicate=FUNDS&direction=out&limit=100");

        var relation = page["items"]!.AsArray().Single(item => item!["object"]!["id"]!.GetValue<string>() == "nous-research")!;
        relation["subject"]!["name"]!.GetValue<string>().Should().Be("BitTensor");
        relation["object"]!["name"]!.GetValue<string>().Should().Be("Nous Research");
        relation["origin"]!.GetValue<string>().Should().Be("curated");
        relation["direction"]!.GetValue<string>().Should().Be("out");
        relation["evidenceCount"]!.GetValue<int>().Should().BePositive();

        var evidence = relation["evidence"]!.AsArray();
        evidence.Should().NotBeEmpty();
        var first = evidence[0]!;
        first["note"]!["title"]!.GetValue<string>().Should().Be("Developments and challenges in opensource AI models");
        first["quote"]!.GetValue<string>().Should().Contain("BitTensor supports various open-source initiatives");
        first["text"]!.GetValue<string>().Should().Contain("BitTensor");
        first["deepLink"]!.GetValue<string>().Should().MatchRegex(@"^https://www\.youtube\.com/watch\?v=NtZTR1tpxZY&t=\d+s$");
        first["timestamp"]!["seconds"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Relation_filters_apply()
    {
        var outgoing = await api.GetJsonAsync("/api/entities/openai/relations?direction=out&limit=100");
        outgoing["items"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(item => item!["subject"]!["id"]!.GetValue<string>() == "openai" && item["direction"]!.GetValue<string>() == "out");

        var incoming = await api.GetJsonAsync("/api/entities/openai/relations?direction=in&limit=100");
        incoming["items"]!.AsArray().Should().OnlyContain(item => item!["object"]!["id"]!.GetValue<string>() == "openai");

        var curated = await api.GetJsonAsync("/api/entities/openai/relations?origin=curated&limit=100");
        curated["items"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(item => item!["origin"]!.GetValue<string>() == "curated");

        var coMentions = await api.GetJsonAsync("/api/entities/openai/relations?origin=co-mention&predicate=co_mentioned&evidenceLimit=0&limit=5");
        coMentions["items"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(item => item!["predicate"]!.GetValue<string>() == "CO_MENTIONED" && item["evidence"]!.AsArray().Count == 0);
    }

    [Fact]
    public async Task Prime_Intellect_has_a_claim_about_its_32_billion_parameter_model()
    {
        var texts = new List<string>();
        string? url = "/api/entities/prime-intellect/claims?limit=100";
        while (url is not null)
        {
            var page = await api.GetJsonAsync(url);
            texts.AddRange(page["items"]!.AsArray().Select(item => item!["text"]!.GetValue<string>()));
            url = page["next"]?.GetValue<string>();
        }

        texts.Should().Contain(text => text.Contains("32-billion parameter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neighborhood_has_the_center_and_edges_between_its_nodes()
    {
        var graph = await api.GetJsonAsync("/api/entities/bittensor/neighborhood?depth=1");

        graph["center"]!.GetValue<string>().Should().Be("bittensor");
        var nodes = graph["nodes"]!.AsArray();
        nodes.Should().Contain(node => node!["id"]!.GetValue<string>() == "bittensor" && node["depth"]!.GetValue<int>() == 0);
        nodes.Should().Contain(node => node!["id"]!.GetValue<string>() == "nous-research" && node["depth"]!.GetValue<int>() == 1);
        var ids = nodes.Select(node => node!["id"]!.GetValue<string>()).ToHashSet();
        graph["edges"]!.AsArray().Should().NotBeEmpty()
            .And.OnlyContain(edge => ids.Contains(edge!["source"]!.GetValue<string>()) && ids.Contains(edge["target"]!.GetValue<string>()));

        var wider = await api.GetJsonAsync("/api/entities/bittensor/neighborhood?depth=2");
        wider["nodes"]!.AsArray().Count.Should().BeGreaterThanOrEqualTo(nodes.Count);
    }

    [Theory]
    [InlineData("/api/entities?limit=0", "limit")]
    [InlineData("/api/entities?limit=-1", "limit")]
    [InlineData("/api/entities?limit=101", "limit")]
    [InlineData("/api/entities?limit=99999999999", "limit")]
    [InlineData("/api/entities?limit=ten", "limit")]
    [InlineData("/api/entities?sort=popularity", "sort")]
    [InlineData("/api/entities?type=Planet", "type")]
    [InlineData("/api/entities?type=1", "type")]
    [InlineData("/api/entities?cursor=not-a-cursor!", "cursor")]
    [InlineData("/api/entities?cursor=AAAA", "cursor")]
    [InlineData("/api/entities/openai/relations?direction=sideways", "direction")]
    [InlineData("/api/entities/openai/relations?origin=rumour", "origin")]
    [InlineData("/api/entities/openai/relations?predicate=not%20a%20predicate", "predicate")]
    [InlineData("/api/entities/openai/relations?evidenceLimit=-1", "evidenceLimit")]
    [InlineData("/api/entities/openai/relations?limit=500", "limit")]
    [InlineData("/api/entities/openai/claims?limit=0", "limit")]
    [InlineData("/api/entities/openai/neighborhood?depth=0", "depth")]
    [InlineData("/api/entities/openai/neighborhood?depth=4", "depth")]
    [InlineData("/api/entities/openai/neighborhood?depth=deep", "depth")]
    [InlineData("/api/entities/openai/neighborhood?maxNodes=0", "maxNodes")]
    [InlineData("/api/entities/Open%20AI", "id")]
    [InlineData("/api/entities/OpenAI/relations", "id")]
    [InlineData("/api/entities/open_ai/claims", "id")]
    [InlineData("/api/entities/-openai/neighborhood", "id")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        errors.Select(pair => pair.Key).Should().Equal(parameter);
        errors[parameter]!.AsArray().Should().ContainSingle().Which!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_name_instead_of_an_id_gets_a_suggestion()
    {
        var problem = await api.GetProblemAsync("/api/entities/Prime%20Intellect", HttpStatusCode.BadRequest);

        problem["errors"]!["id"]![0]!.GetValue<string>().Should().Contain("Did you mean 'prime-intellect'?");
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var problem = await api.GetProblemAsync("/api/entities?limit=0&sort=x&type=y", HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(pair => pair.Key).Should().BeEquivalentTo("limit", "sort", "type");
    }

    [Fact]
    public async Task A_cursor_from_another_query_is_rejected()
    {
        var byName = await api.GetJsonAsync("/api/entities?sort=name&limit=3");
        var cursor = byName["next"]!.GetValue<string>().Split("cursor=")[1];

        var problem = await api.GetProblemAsync($"/api/entities?sort=mentions&limit=3&cursor={cursor}", HttpStatusCode.BadRequest);
        problem["errors"]!["cursor"]![0]!.GetValue<string>().Should().Contain("different query");

        var sameQuery = await api.GetJsonAsync($"/api/entities?sort=name&limit=3&cursor={cursor}");
        sameQuery["items"]!.AsArray().Should().HaveCount(3);
    }
}
