using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

public sealed class RateLimitingTests : IAsyncLifetime
{
    private readonly ClaimGraphApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitLimit"] = "3",
        ["RateLimiting:Window"] = "00:10:00",
    });

    public Task InitializeAsync() => _factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Requests_past_the_limit_get_429_with_retry_after()
    {
        using var client = _factory.CreateClient();
        for (var request = 0; request < 3; request++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));
            allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var rejected = await client.GetAsync(new Uri("/api/entities/openai", UriKind.Relative));

        rejected.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        rejected.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var retryAfter = rejected.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(10));
        var problem = JsonNode.Parse(await rejected.Content.ReadAsStringAsync())!;
        problem["status"]!.GetValue<int>().Should().Be(429);
        problem["detail"]!.GetValue<string>().Should().Contain("Retry after");
        rejected.Headers.CacheControl!.NoStore.Should().BeTrue();

        // GraphQL shares the client's window: a query cannot route around the limit.
        using var graphQL = await client.PostAsync(
            new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ stats { notes } }"}""", System.Text.Encoding.UTF8, "application/json"));
        graphQL.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        // Health probes are not rate limited: an orchestrator must always be able to ask.
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class DisabledRateLimitingTests
{
    [Fact]
    public async Task With_rate_limiting_off_no_request_is_refused()
    {
        await using var factory = new ClaimGraphApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["RateLimiting:PermitLimit"] = "1",
        });
        await factory.WaitUntilReadyAsync();
        using var client = factory.CreateClient();

        for (var request = 0; request < 5; request++)
        {
            using var response = await client.GetAsync(new Uri("/api/entities/openai", UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }
}
