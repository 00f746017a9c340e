using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class SeededHealthTests(SeededApi api)
{
    [Fact]
    public async Task A_seeded_store_is_live_and_ready()
    {
        using var live = await api.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        live.StatusCode.Should().Be(HttpStatusCode.OK);

        var ready = await api.GetJsonAsync("/health/ready");
        ready["status"]!.GetValue<string>().Should().Be("Healthy");
        ready["checks"]!["store"]!.GetValue<string>().Should().Contain("5 notes");
    }
}

public sealed class UnreachableStoreHealthTests : IDisposable
{
    private readonly string _blockingFile = Path.GetTempFileName();
    private readonly ClaimGraphApiFactory _factory;

    public UnreachableStoreHealthTests()
    {
        // The store's folder would have to be created inside a regular file: opening it can never succeed.
        _factory = new ClaimGraphApiFactory(new Dictionary<string, string?>
        {
            ["Store:Sqlite:Path"] = Path.Combine(_blockingFile, "data", "claimgraph.db"),
        });
    }

    [Fact]
    public async Task Live_is_200_while_ready_and_the_api_are_503_naming_the_reason()
    {
        using var client = _factory.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        live.StatusCode.Should().Be(HttpStatusCode.OK);

        var ready = await WaitForProblemAsync(client, "/health/ready", "could not be opened");
        ready["title"]!.GetValue<string>().Should().Be("Not ready.");

        using var stats = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        stats.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        stats.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        stats.Headers.RetryAfter!.Delta.Should().BePositive();
        (await stats.Content.ReadAsStringAsync()).Should().Contain("could not be opened");
    }

    private static async Task<JsonNode> WaitForProblemAsync(HttpClient client, string url, string reason)
    {
        var last = "";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            last = await response.Content.ReadAsStringAsync();
            if (last.Contains(reason, StringComparison.Ordinal))
            {
                return JsonNode.Parse(last)!;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"{url} never named '{reason}'; it last answered {last}");
    }

    public void Dispose()
    {
        _factory.Dispose();
        File.Delete(_blockingFile);
    }
}

public sealed class EmptyStoreHealthTests : IDisposable
{
    private readonly ClaimGraphApiFactory _factory = new(new Dictionary<string, string?> { ["Seeding:Enabled"] = "false" });

    [Fact]
    public async Task An_empty_store_is_not_ready_but_the_api_answers()
    {
        using var client = _factory.CreateClient();
        JsonNode? stats = null;
        for (var attempt = 0; attempt < 300 && stats is null; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                stats = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            }
            else
            {
                await Task.Delay(100);
            }
        }

        stats.Should().NotBeNull("the store opens even when seeding is disabled");
        stats!["notes"]!.GetValue<int>().Should().Be(0);

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("holds no notes").And.Contain("Seeding:Enabled=false");
    }

    public void Dispose() => _factory.Dispose();
}

/// <summary>A store that is opening or seeding is not ready, and says so without an Error-level ("fail:") log line.</summary>
public sealed class SeedingHealthLogTests
{
    [Theory]
    [InlineData(StoreState.Starting, HealthStatus.Degraded)]
    [InlineData(StoreState.Seeding, HealthStatus.Degraded)]
    [InlineData(StoreState.Unavailable, HealthStatus.Unhealthy)]
    public async Task Opening_and_seeding_are_degraded_and_log_below_error_while_a_store_that_failed_is_unhealthy(StoreState state, HealthStatus expected)
    {
        var logs = new RecordingLoggerProvider();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.AddClaimGraphApi();
        builder.AddClaimGraphHealthChecks();
        using var host = builder.Build();
        host.Services.GetRequiredService<StoreReadiness>().Set(state, $"The store is {state}.");

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Status.Should().Be(expected);
        report.Entries["store"].Description.Should().Be($"The store is {state}.");
        var healthLogs = logs.Entries.Where(e => e.Category.Contains("HealthCheck", StringComparison.Ordinal)).ToList();
        healthLogs.Should().NotBeEmpty("the health check service logs every check it runs");
        if (expected == HealthStatus.Degraded)
        {
            healthLogs.Should().OnlyContain(e => e.Level < LogLevel.Error, "opening and seeding are normal progress");
        }
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level)> _entries = new();

        public IReadOnlyList<(string Category, LogLevel Level)> Entries => _entries.ToList();

        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class RecordingLogger(string category, System.Collections.Concurrent.ConcurrentQueue<(string, LogLevel)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel));
        }
    }
}
