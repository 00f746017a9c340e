using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.GraphQL.Support;

namespace ClaimGraph.Api.Tests.Abuse;

/// <summary>
/// The hostile searches of issue 13 against the running API (Kestrel, seeded store): each is refused or bounded, none
/// is a 500, each answers within a generous bound (the tight figures are measured in bench/), and a normal query right
/// after it still answers correctly. The timeouts are 2 s here so a stopped request shows within the test's patience.
/// </summary>
public sealed class SearchAbuseTests : IAsyncLifetime
{
    private const int TimeoutSeconds = 2;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(5);
    private const string SearchQuery = "query Search($text: String!) { search(text: $text, first: 3) { claims { claim { id } } } }";

    private readonly InterceptingApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["GraphQL:ExecutionTimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Rest:TimeoutSeconds"] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _factory.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A search any client makes, answered correctly: the seeds' decentralized-training claims.</summary>
    private async Task NormalSearchAnswersAsync()
    {
        var response = await _client.PostAsync(SearchQuery, new { text = "decentralized training" });
        var claims = response.SuccessfulData()["search"]!["claims"]!.AsArray();
        claims.Should().NotBeEmpty();
        using var rest = await _client.GetAsync(new Uri("/api/search?q=decentralized+training&limit=3", UriKind.Relative));
        rest.StatusCode.Should().Be(HttpStatusCode.OK);
        var restClaims = JsonNode.Parse(await rest.Content.ReadAsStringAsync())!["claims"]!.AsArray();
        restClaims.Select(hit => hit!["claim"]!["id"]!.GetValue<string>())
            .Should().Equal(claims.Select(hit => hit!["claim"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_900_KB_search_variable_is_refused_at_once_naming_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("ab ", 300_000));
        var clock = Stopwatch.StartNew();

        var response = await _client.PostAsync(SearchQuery, new { text });

        clock.Elapsed.Should().BeLessThan(Generous);
        response.Status.Should().NotBe(HttpStatusCode.InternalServerError);
        var error = response.Body["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["message"]!.GetValue<string>().Should().Contain("at most 200 characters (Search:MaxTextLength); it has 899999");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("SEARCH_TEXT_TOO_LARGE");
        _factory.Queries.CallsTo("SearchAsync").Should().Be(0, "the text is refused before the store is asked");
        await NormalSearchAnswersAsync();
    }

    [Theory]
    [InlineData(400)]
    [InlineData(5_000)]
    public async Task Hundreds_or_thousands_of_copies_of_a_common_word_are_refused_by_length(int copies)
    {
        var text = string.Join(' ', Enumerable.Repeat("a", copies));
        var clock = Stopwatch.StartNew();

        var graphQL = await _client.PostAsync(SearchQuery, new { text });
        using var rest = await _client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(text), UriKind.Relative));

        clock.Elapsed.Should().BeLessThan(Generous);
        graphQL.ErrorMessages.Should().ContainSingle().Which.Should().Contain("(Search:MaxTextLength)");
        if (rest.StatusCode == HttpStatusCode.RequestUriTooLong)
        {
            // 10 KB of query string is beyond Kestrel's request line limit: refused before routing, which is as good.
            copies.Should().BeGreaterThan(2_000);
        }
        else
        {
            rest.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            rest.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await rest.Content.ReadAsStringAsync()).Should().Contain("(Search:MaxTextLength)");
        }
        await NormalSearchAnswersAsync();
    }

    [Fact]
    public async Task Ninety_nine_copies_of_a_word_within_the_length_limit_search_for_the_word_once()
    {
        var repeated = string.Join('+', Enumerable.Repeat("a", 99));
        var clock = Stopwatch.StartNew();

        using var many = await _client.GetAsync(new Uri("/api/search?q=" + repeated, UriKind.Relative));
        using var once = await _client.GetAsync(new Uri("/api/search?q=a", UriKind.Relative));

        clock.Elapsed.Should().BeLessThan(Generous);
        many.StatusCode.Should().Be(HttpStatusCode.OK);
        var manyIds = ClaimIds(JsonNode.Parse(await many.Content.ReadAsStringAsync())!);
        manyIds.Should().NotBeEmpty().And.Equal(ClaimIds(JsonNode.Parse(await once.Content.ReadAsStringAsync())!));
        await NormalSearchAnswersAsync();
    }

    [Fact]
    public async Task Three_hundred_aliased_searches_are_refused_by_the_cost_limit_before_execution()
    {
        var document = "{ " + string.Join(' ', Enumerable.Range(0, 300).Select(i => $"s{i}: search(text: \"a a a a\") {{ claims {{ claim {{ id }} }} }}")) + " }";
        var clock = Stopwatch.StartNew();

        var response = await _client.PostAsync(document);

        clock.Elapsed.Should().BeLessThan(Generous);
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Data.Should().BeNull();
        response.ErrorMessages.Should().ContainSingle().Which.Should().MatchRegex(@"estimated cost of (at least )?\d+, above the maximum cost of 100000 \(MaxCost\)");
        _factory.Queries.CallsTo("SearchAsync").Should().Be(0);
        await NormalSearchAnswersAsync();
    }

    [Fact]
    public async Task A_search_whose_client_disconnects_is_stopped_in_the_store_within_a_second()
    {
        var endless = new EndlessSearch();
        _factory.Queries.Intercept = endless.Intercept;
        using var disconnect = new CancellationTokenSource();

        var request = _client.PostAsync(SearchQuery, new { text = EndlessSearch.Text }, disconnect.Token);
        await endless.Started.WaitAsync(Generous);
        var disconnectedAt = DateTime.UtcNow;
        await disconnect.CancelAsync();

        await FluentActions.Awaiting(() => request).Should().ThrowAsync<OperationCanceledException>();
        var cancelledAt = await endless.Cancelled.WaitAsync(Generous);
        (cancelledAt - disconnectedAt).Should().BeLessThan(TimeSpan.FromSeconds(1));
        _factory.Queries.Intercept = null;
        await NormalSearchAnswersAsync();
        _factory.Log.Entries.Should().NotContain(entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Error,
            "a client going away is not a failure of the service");
    }

    [Fact]
    public async Task A_GraphQL_search_past_the_execution_timeout_answers_the_TIMEOUT_code_within_a_second_of_the_limit()
    {
        var endless = new EndlessSearch();
        _factory.Queries.Intercept = endless.Intercept;
        var clock = Stopwatch.StartNew();

        var response = await _client.PostAsync(SearchQuery, new { text = EndlessSearch.Text });

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(TimeoutSeconds + 1));
        response.Status.Should().Be(HttpStatusCode.OK);
        var error = response.Body["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["message"]!.GetValue<string>().Should().Contain("(ExecutionTimeout)");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("TIMEOUT");
        endless.Cancelled.IsCompleted.Should().BeTrue("the store's work was cancelled, not abandoned");
        _factory.Queries.Intercept = null;
        await NormalSearchAnswersAsync();
    }

    [Fact]
    public async Task A_REST_search_past_the_request_timeout_answers_504_problem_json_within_a_second_of_the_limit()
    {
        var endless = new EndlessSearch();
        _factory.Queries.Intercept = endless.Intercept;
        var clock = Stopwatch.StartNew();

        using var response = await _client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(EndlessSearch.Text), UriKind.Relative));

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(TimeoutSeconds + 1));
        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;
        problem["status"]!.GetValue<int>().Should().Be(504);
        problem["detail"]!.GetValue<string>().Should().Contain("(Rest:TimeoutSeconds)");
        problem["traceId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        endless.Cancelled.IsCompleted.Should().BeTrue();
        _factory.Queries.Intercept = null;
        await NormalSearchAnswersAsync();
    }

    private static List<string> ClaimIds(JsonNode search) =>
        search["claims"]!.AsArray().Select(hit => hit!["claim"]!["id"]!.GetValue<string>()).ToList();
}
