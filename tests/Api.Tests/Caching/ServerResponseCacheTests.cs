using System.Net;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Caching;

public sealed class ServerResponseCacheTests
{
    private static ServerResponseCache ActiveCache(long budgetBytes)
    {
        var cache = new ServerResponseCache(budgetBytes);
        cache.Activate();
        return cache;
    }

    private static CachedResponse Answer(ServerResponseCache cache, int bytes, long? generation = null) =>
        new(new byte[bytes], "application/json; charset=utf-8", null, generation ?? cache.Generation);

    [Fact]
    public void An_answer_is_served_until_the_cache_is_invalidated()
    {
        var cache = ActiveCache(1 << 20);
        cache.Add("GET /api/stats", Answer(cache, 100));

        cache.TryGet("GET /api/stats", out var hit).Should().BeTrue();
        hit.Body.Should().HaveCount(100);

        cache.Invalidate();

        cache.TryGet("GET /api/stats", out _).Should().BeFalse();
        cache.Count.Should().Be(0);
        cache.Bytes.Should().Be(0);
    }

    [Fact]
    public void An_answer_computed_before_a_change_is_not_stored()
    {
        var cache = ActiveCache(1 << 20);
        var startedIn = cache.Generation;

        cache.Invalidate(); // the data changed while the request was being answered
        cache.Add("GET /api/stats", Answer(cache, 100, startedIn));

        cache.TryGet("GET /api/stats", out _).Should().BeFalse();
    }

    [Fact]
    public void Nothing_is_served_or_stored_while_inactive()
    {
        var cache = ActiveCache(1 << 20);
        cache.Add("a", Answer(cache, 10));

        cache.Deactivate();
        cache.Add("b", Answer(cache, 10));

        cache.TryGet("a", out _).Should().BeFalse();
        cache.TryGet("b", out _).Should().BeFalse();
        cache.Count.Should().Be(0);
    }

    [Fact]
    public void Going_over_the_budget_evicts_the_least_recently_used_answers()
    {
        var cache = ActiveCache(64 * 1024);
        for (var i = 0; i < 7; i++)
        {
            cache.Add($"key {i}", Answer(cache, 7_000));
        }
        // LastUsed has millisecond resolution: keep the three moments apart.
        Thread.Sleep(20);
        cache.TryGet("key 0", out _).Should().BeTrue(); // key 0 is now used more recently than keys 1 to 6
        Thread.Sleep(20);

        for (var i = 7; i < 12; i++)
        {
            cache.Add($"key {i}", Answer(cache, 7_000));
        }

        cache.Bytes.Should().BeLessThanOrEqualTo(64 * 1024);
        var kept = Enumerable.Range(0, 12).Where(i => cache.TryGet($"key {i}", out _)).ToList();
        kept.Should().Contain([0, 7, 8, 9, 10, 11], "only entries older than every other one were evicted");
        kept.Should().HaveCountLessThan(12);
    }

    [Fact]
    public void An_answer_larger_than_an_eighth_of_the_budget_is_not_kept()
    {
        var cache = ActiveCache(80_000);

        cache.Add("big", Answer(cache, 20_000));

        cache.TryGet("big", out _).Should().BeFalse();
    }
}

public sealed class ServerCacheSwitchTests
{
    [Fact]
    public async Task With_the_server_cache_off_every_request_reaches_the_store()
    {
        await using var factory = new CountingApiFactory();
        using var client = factory.CreateClient();
        await factory.WaitUntilReadyAsync();
        using (await client.GetAsync(new Uri("/api/entities/openai", UriKind.Relative)))
        {
        }
        factory.Queries.Reset();

        using var again = await client.GetAsync(new Uri("/api/entities/openai", UriKind.Relative));

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Queries.Total.Should().BePositive();
    }

    [Theory]
    [InlineData("HttpCaching:ServerCacheMegabytes", "0", "HttpCaching:ServerCacheMegabytes must be between 1 and 16384; got 0.")]
    [InlineData("HttpCaching:DataVersionPollInterval", "00:00:00", "HttpCaching:DataVersionPollInterval must be between")]
    [InlineData("HttpCaching:MaxAgeSeconds", "-1", "HttpCaching:MaxAgeSeconds must be 0 or more; got -1.")]
    public async Task An_invalid_setting_stops_the_host_naming_the_key(string key, string value, string message)
    {
        var start = () => HostStart.StartAsync(builder => builder.AddHttpCaching(), new Dictionary<string, string?> { [key] = value });

        await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{message}*");
    }
}
