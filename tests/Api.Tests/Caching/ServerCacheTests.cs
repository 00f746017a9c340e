using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Api.Tests.Caching;

/// <summary>
/// The server cache, observed through the store: a repeated request is answered without a store call until the store's
/// data changes, and a change made behind the API's back (as the ingest worker does) is served within the poll interval.
/// </summary>
public sealed class ServerCacheTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private const string EntityQuery = "query($id: ID!) { entity(id: $id) { id name mentionCount notes(first: 2) { id } } }";

    private readonly CountingApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["HttpCaching:ServerCache"] = "true",
        ["HttpCaching:DataVersionPollInterval"] = "00:00:00.050",
    });

    private HttpClient _client = null!;

    private ServerResponseCache Cache => _factory.Services.GetRequiredService<ServerResponseCache>();

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.WaitUntilReadyAsync();
        var deadline = DateTime.UtcNow + Patience;
        while (!Cache.IsActive && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Cache.IsActive.Should().BeTrue("the data version of the seeded SQLite store can be read");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/entities/openai")]
    [InlineData("/api/entities/bittensor/relations?limit=3")]
    [InlineData("/api/search?q=GPU")]
    [InlineData("/api/stats")]
    public async Task A_repeated_rest_request_is_answered_from_the_cache_with_the_same_body_and_etag(string url)
    {
        _factory.Queries.Reset();
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        _factory.Queries.Total.Should().BePositive();

        _factory.Queries.Reset();
        using var second = await _client.GetAsync(new Uri(url, UriKind.Relative));

        _factory.Queries.Calls.Should().BeEmpty();
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        second.Content.Headers.ContentType.Should().Be(first.Content.Headers.ContentType);
        second.Content.Headers.ContentLength.Should().Be(first.Content.Headers.ContentLength);
        second.Headers.ETag.Should().Be(first.Headers.ETag);
        second.Headers.CacheControl.Should().Be(first.Headers.CacheControl);
    }

    [Fact]
    public async Task A_cached_answer_still_answers_if_none_match_with_304()
    {
        using var first = await _client.GetAsync(new Uri("/api/entities/deepseek", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/entities/deepseek", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        _factory.Queries.Reset();

        using var revalidated = await _client.SendAsync(request);

        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        revalidated.Headers.ETag.Should().Be(first.Headers.ETag);
        (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        _factory.Queries.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_are_never_cached()
    {
        using var first = await _client.GetAsync(new Uri("/api/entities/no-such-entity", UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _factory.Queries.Reset();

        using var second = await _client.GetAsync(new Uri("/api/entities/no-such-entity", UriKind.Relative));

        second.StatusCode.Should().Be(HttpStatusCode.NotFound);
        second.Headers.CacheControl!.NoStore.Should().BeTrue();
        _factory.Queries.Total.Should().BePositive();
    }

    [Fact]
    public async Task A_repeated_graphql_query_is_answered_from_the_cache_and_variables_are_part_of_the_key()
    {
        _factory.Queries.Reset();
        var openai = (await _client.PostAsync(EntityQuery, new { id = "openai" })).SuccessfulData();
        _factory.Queries.Total.Should().BePositive();

        _factory.Queries.Reset();
        var again = (await _client.PostAsync(EntityQuery, new { id = "openai" })).SuccessfulData();
        _factory.Queries.Calls.Should().BeEmpty();
        again.ToJsonString().Should().Be(openai.ToJsonString());

        var bittensor = (await _client.PostAsync(EntityQuery, new { id = "bittensor" })).SuccessfulData();
        bittensor["entity"]!["name"]!.GetValue<string>().Should().Be("BitTensor");
        openai["entity"]!["name"]!.GetValue<string>().Should().Be("OpenAI");
    }

    [Fact]
    public async Task The_accept_header_is_part_of_the_graphql_key()
    {
        var modern = await _client.PostAsync("{ entity(id: \"openai\") { name } }");
        modern.MediaType.Should().Be("application/graphql-response+json");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(GraphQLHttp.Endpoint, UriKind.Relative))
        {
            Content = new StringContent("""{"query":"{ entity(id: \"openai\") { name } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var legacy = await _client.SendAsync(request);

        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
        legacy.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task Graphql_answers_with_errors_are_not_cached()
    {
        var entries = Cache.Count;

        var invalid = await _client.PostAsync("{ entity(id: \"openai\") { noSuchField } }");
        var invalidAgain = await _client.PostAsync("{ entity(id: \"openai\") { noSuchField } }");

        invalid.ErrorMessages.Should().ContainSingle();
        invalidAgain.ErrorMessages.Should().Equal(invalid.ErrorMessages);
        Cache.Count.Should().Be(entries);
    }

    [Fact]
    public async Task A_change_committed_by_another_writer_is_served_within_the_poll_interval()
    {
        var statsBefore = await GetStatsAsync();
        using var entityBefore = await _client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        var graphQLBefore = (await _client.PostAsync("{ stats { notes } }")).SuccessfulData()["stats"]!["notes"]!.GetValue<int>();
        graphQLBefore.Should().Be(statsBefore);

        // The API never writes after seeding; remove a note the way the ingest worker's --prune would.
        var notes = await _client.GetFromJsonAsync<JsonObject>(new Uri("/api/notes?limit=1", UriKind.Relative));
        var noteId = notes!["items"]![0]!["id"]!.GetValue<string>();
        (await _factory.Services.GetRequiredService<IClaimGraphWriter>().RemoveNotesAsync([noteId], CancellationToken.None)).Should().Be(1);

        var deadline = DateTime.UtcNow + Patience;
        int rest, graphQL;
        do
        {
            await Task.Delay(25);
            rest = await GetStatsAsync();
            graphQL = (await _client.PostAsync("{ stats { notes } }")).SuccessfulData()["stats"]!["notes"]!.GetValue<int>();
        }
        while ((rest, graphQL) != (statsBefore - 1, statsBefore - 1) && DateTime.UtcNow < deadline);

        rest.Should().Be(statsBefore - 1);
        graphQL.Should().Be(statsBefore - 1);
        using var entityAfter = await _client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        entityAfter.Headers.ETag.Should().NotBe(entityBefore.Headers.ETag);
    }

    private async Task<int> GetStatsAsync()
    {
        var stats = await _client.GetFromJsonAsync<JsonObject>(new Uri("/api/stats", UriKind.Relative));
        return stats!["notes"]!.GetValue<int>();
    }
}
