using System.Net;
using System.Net.Http.Headers;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class HttpConventionsTests(SeededApi api)
{
    public static TheoryData<string> EveryGet =>
    [
        "/api/entities",
        "/api/entities/bittensor",
        "/api/entities/bittensor/relations",
        "/api/entities/bittensor/claims",
        "/api/entities/bittensor/neighborhood?depth=2",
        "/api/paths?from=bittensor&to=openai",
        "/api/claims?entity=openai",
        "/api/notes",
        "/api/notes/some-ideas-for-what-comes-next",
        "/api/search?q=open%20source",
        "/api/stats",
        "/api/relation-types",
    ];

    [Theory]
    [MemberData(nameof(EveryGet))]
    public async Task Every_get_has_an_etag_and_answers_304_when_it_matches(string url)
    {
        using var first = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = first.Headers.ETag;
        etag.Should().NotBeNull();
        etag!.IsWeak.Should().BeFalse();
        first.Headers.CacheControl!.Public.Should().BeTrue();
        first.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromSeconds(60));
        first.Headers.CacheControl.MustRevalidate.Should().BeTrue();

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, url);
        revalidation.Headers.IfNoneMatch.Add(etag);
        using var second = await api.Client.SendAsync(revalidation);
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
        second.Headers.ETag.Should().Be(etag);
        (await second.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_stale_or_weak_etag_is_compared_correctly()
    {
        using var first = await api.Client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var staleResponse = await api.Client.SendAsync(stale);
        staleResponse.StatusCode.Should().Be(HttpStatusCode.OK);

        // If-None-Match uses the weak comparison: W/"x" matches "x".
        using var weak = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        weak.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag, isWeak: true));
        using var weakResponse = await api.Client.SendAsync(weak);
        weakResponse.StatusCode.Should().Be(HttpStatusCode.NotModified);

        using var other = await api.Client.GetAsync(new Uri("/api/entities/openai", UriKind.Relative));
        other.Headers.ETag.Should().NotBe(etag);
    }

    [Fact]
    public async Task Errors_are_never_cached()
    {
        using var response = await api.Client.GetAsync(new Uri("/api/entities/no-such-entity", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Headers.ETag.Should().BeNull();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Unknown_routes_are_problem_details_too()
    {
        await api.GetProblemAsync("/api/no-such-thing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_request_bodies_carry_no_exception_details_outside_development()
    {
        using var response = await api.Client.GetAsync(new Uri("/api/entities?limit=abc", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Should().NotContainAny("Exception", "   at ", "stackTrace");
        body.Should().Contain("'abc' is not a whole number");
    }

    [Fact]
    public async Task Cors_allows_the_configured_dashboard_origin_only()
    {
        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/stats");
        allowed.Headers.Add("Origin", "https://dashboard.example");
        allowed.Headers.Add("Access-Control-Request-Method", "GET");
        allowed.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var preflight = await api.Client.SendAsync(allowed);
        preflight.StatusCode.Should().Be(HttpStatusCode.NoContent);
        preflight.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://dashboard.example");

        using var simple = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        simple.Headers.Add("Origin", "https://dashboard.example");
        using var response = await api.Client.SendAsync(simple);
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("ETag").And.Contain("Retry-After");

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        foreign.Headers.Add("Origin", "https://elsewhere.example");
        using var foreignResponse = await api.Client.SendAsync(foreign);
        foreignResponse.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }
}
