using System.Diagnostics;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>
/// Cancelling a read lease's token stops the statement in progress, not just the next step, and the session goes back
/// to its pool able to run the next query.
/// </summary>
public sealed class SqliteInterruptTests : IAsyncLifetime
{
    private const int SqliteInterrupt = 9;

    // One step of this statement counts to ten billion: minutes of CPU unless something interrupts it.
    private const string EndlessCount = """
        WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 10000000000)
        SELECT count(*) FROM counter;
        """;

    private readonly SqliteReadSessionPool _pool = new(capacity: 4);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N") + ".db");
    private SqliteClaimGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _store = await SqliteClaimGraphStore.OpenAsync(_path, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _pool.DisposeAsync();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private async Task<SqliteReadSession> OpenSessionAsync()
    {
        var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        return new SqliteReadSession(connection);
    }

    [Fact]
    public async Task Cancelling_interrupts_the_running_statement_and_the_pooled_session_answers_the_next_query()
    {
        var session = await OpenSessionAsync();
        using var cancellation = new CancellationTokenSource();
        var lease = new SqliteReadLease(_pool, session, cancellation.Token);
        var started = new TaskCompletionSource();
        var running = Task.Run(async () =>
        {
            var command = lease.Command(EndlessCount);
            started.SetResult();
            return await command.ExecuteScalarAsync(cancellation.Token);
        });
        await started.Task;
        await Task.Delay(200);

        var clock = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        var interrupted = await FluentActions.Awaiting(() => running.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<SqliteException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the statement stops at its next opcode check, not at its end");
        interrupted.Which.SqliteErrorCode.Should().Be(SqliteInterrupt);
        await lease.DisposeAsync();

        _pool.TryRent(out var next).Should().BeTrue("the interrupted session went back to the pool");
        next.Should().BeSameAs(session);
        var again = new SqliteReadLease(_pool, next, CancellationToken.None);
        var count = again.Command("SELECT count(*) FROM notes;");
        (await count.ExecuteScalarAsync()).Should().Be(0L);
        var prepared = again.Command(EndlessCount.Replace("10000000000", "1000", StringComparison.Ordinal));
        (await prepared.ExecuteScalarAsync()).Should().Be(1000L);
        await again.DisposeAsync();
    }

    [Fact]
    public async Task A_cancellation_after_the_lease_is_returned_does_not_reach_the_sessions_next_user()
    {
        var session = await OpenSessionAsync();
        using var cancellation = new CancellationTokenSource();
        var lease = new SqliteReadLease(_pool, session, cancellation.Token);
        (await lease.Command("SELECT 1;").ExecuteScalarAsync()).Should().Be(1L);
        await lease.DisposeAsync();

        _pool.TryRent(out var next).Should().BeTrue();
        var again = new SqliteReadLease(_pool, next, CancellationToken.None);
        var running = Task.Run(() => again.Command(EndlessCount.Replace("10000000000", "3000000", StringComparison.Ordinal)).ExecuteScalarAsync());
        await Task.Delay(20);
        await cancellation.CancelAsync();

        (await running.WaitAsync(TimeSpan.FromSeconds(30))).Should().Be(3_000_000L);
        await again.DisposeAsync();
    }

    [Fact]
    public async Task A_store_read_with_a_cancelled_token_does_not_start()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => _store.SearchAsync("anything", 10, cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        (await _store.SearchAsync("anything", 10, CancellationToken.None)).Claims.Should().BeEmpty();
    }
}
