using System.Diagnostics;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>A cancelled request's Neo4j call stops at once: it is neither waited out, retried, nor reported as an outage.</summary>
public sealed class Neo4jCancellationTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Cancelling_a_slow_query_abandons_the_http_request_without_retrying_it()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Respond = _ =>
        {
            arrived.TrySetResult();
            return FakeNeo4jServer.Rows(["notes"], [[1]]) with { Delay = TimeSpan.FromSeconds(20) };
        };
        using var client = new Neo4jQueryClient(new Neo4jStoreOptions
        {
            Uri = _server.Uri,
            User = "neo4j",
            Password = "s3cret-pass",
            Resilience = new Neo4jResilienceOptions { MaxRetryAttempts = 3, AttemptTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(60) },
        });
        using var cancellation = new CancellationTokenSource();
        var call = client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, cancellation.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        _server.Requests.Should().HaveCount(1, "a cancelled call is not retried");
    }
}
