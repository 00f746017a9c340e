using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class NotesApiTests(SeededApi api)
{
    [Fact]
    public async Task Lists_the_five_seed_notes()
    {
        var page = await api.GetJsonAsync("/api/notes?limit=100");

        page["totalCount"]!.GetValue<int>().Should().Be(5);
        page["next"].Should().BeNull();
        page["items"]!.AsArray().Select(note => note!["fileName"]!.GetValue<string>()).Should().BeEquivalentTo(
            Directory.GetFiles(Path.Combine(RepositoryFolders.Seeds, "notes")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Filters_by_channel_and_format()
    {
        var newsletters = await api.GetJsonAsync("/api/notes?format=newsletterdump");
        var newsletter = newsletters["items"]!.AsArray().Should().ContainSingle().Which!;
        newsletter["title"]!.GetValue<string>().Should().Be("Some ideas for what comes next");
        newsletter["author"]!.GetValue<string>().Should().Be("Nathan Lambert");

        var channel = newsletter["channel"]!.GetValue<string>();
        var byChannel = await api.GetJsonAsync($"/api/notes?channel={Uri.EscapeDataString(channel)}");
        byChannel["items"]!.AsArray().Should().OnlyContain(note => note!["channel"]!.GetValue<string>() == channel);
    }

    [Fact]
    public async Task Pages_follow_next_links_by_key_in_the_order_of_one_big_page()
    {
        var all = (await api.GetJsonAsync("/api/notes?limit=100"))["items"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var walked = new List<string>();
        string? url = "/api/notes?limit=2";
        while (url is not null)
        {
            var page = await api.GetJsonAsync(url);
            page["totalCount"]!.GetValue<int>().Should().Be(all.Count);
            walked.AddRange(page["items"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            url = page["next"]?.GetValue<string>();
        }

        walked.Should().Equal(all);
    }

    [Fact]
    public async Task A_channel_matches_whatever_its_letter_case()
    {
        var channel = (await api.GetJsonAsync("/api/notes?limit=100"))["items"]!.AsArray()
            .Select(n => n!["channel"]?.GetValue<string>()).First(c => c is not null && c != c.ToUpperInvariant())!;

        var exact = await api.GetJsonAsync($"/api/notes?channel={Uri.EscapeDataString(channel)}");
        var shouted = await api.GetJsonAsync($"/api/notes?channel={Uri.EscapeDataString(channel.ToUpperInvariant())}");

        shouted["totalCount"]!.GetValue<int>().Should().Be(exact["totalCount"]!.GetValue<int>()).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task A_cursor_of_the_claims_list_is_a_400_on_the_notes_list()
    {
        var claimsNext = (await api.GetJsonAsync("/api/claims?limit=1"))["next"]!.GetValue<string>();
        var cursor = claimsNext.Split("cursor=")[1];

        var problem = await api.GetProblemAsync($"/api/notes?limit=1&cursor={cursor}", HttpStatusCode.BadRequest);

        problem["errors"]!["cursor"]![0]!.GetValue<string>().Should().Contain("different query");
    }

    [Fact]
    public async Task Gets_a_note_with_text_entities_and_claims_link()
    {
        var note = await api.GetJsonAsync("/api/notes/developments-and-challenges-in-opensource-ai-models");

        note["title"]!.GetValue<string>().Should().Be("Developments and challenges in opensource AI models");
        note["videoUrl"]!.GetValue<string>().Should().Be("https://www.youtube.com/watch?v=NtZTR1tpxZY");
        note["format"]!.GetValue<string>().Should().Be("TubeGraphMarkdown");
        note["text"]!.GetValue<string>().Should().Contain("BitTensor");
        note["entities"]!.AsArray().Select(entity => entity!["id"]!.GetValue<string>()).Should().Contain(["bittensor", "nous-research"]);
        note["claimsUrl"]!.GetValue<string>().Should().Be("/api/claims?note=developments-and-challenges-in-opensource-ai-models");
    }

    [Fact]
    public async Task Unknown_note_is_a_404_naming_the_id()
    {
        var problem = await api.GetProblemAsync("/api/notes/no-such-note", HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().Should().Contain("'no-such-note'");
    }

    [Theory]
    [InlineData("/api/notes?format=pdf", "format")]
    [InlineData("/api/notes?limit=-5", "limit")]
    [InlineData("/api/notes/Some%20ideas", "id")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await api.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(pair => pair.Key).Should().Equal(parameter);
    }
}
