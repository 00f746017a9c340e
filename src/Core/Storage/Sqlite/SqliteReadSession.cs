using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// An open read connection and the commands it has prepared. Microsoft.Data.Sqlite prepares a command's SQL again for
/// every new command object; for the store's batch queries preparing cost more than running them (60-70 µs of a 100 µs
/// call), so a session keeps one command per SQL text, and each read rents a session instead of opening a connection.
/// Used by one operation at a time.
/// </summary>
internal sealed class SqliteReadSession(SqliteConnection connection) : IAsyncDisposable, IDisposable
{
    // The store's read SQL is a fixed set of texts; the cap only guards against a future caller building SQL per request.
    private const int MaxPreparedCommands = 128;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="sql"/> with no parameters bound; do not dispose it.</summary>
    public SqliteCommand Command(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        if (_commands.Count >= MaxPreparedCommands)
        {
            DisposeCommands();
        }
        command = Connection.CreateCommand();
        command.CommandText = sql;
        _commands.Add(sql, command);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        DisposeCommands();
        await Connection.DisposeAsync();
    }

    public void Dispose()
    {
        DisposeCommands();
        Connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}

/// <summary>Idle read sessions of one store, at most <paramref name="capacity"/>; a read beyond that opens a session and closes it after.</summary>
internal sealed class SqliteReadSessionPool(int capacity) : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentBag<SqliteReadSession> _idle = [];
    private volatile bool _disposed;

    public bool TryRent(out SqliteReadSession session) => _idle.TryTake(out session!);

    public async ValueTask ReturnAsync(SqliteReadSession session)
    {
        if (!_disposed && _idle.Count < capacity)
        {
            _idle.Add(session);
            if (!_disposed)
            {
                return;
            }
            // Disposed while returning: take it back out (or let DisposeAsync have it).
            if (!_idle.TryTake(out var taken))
            {
                return;
            }
            session = taken;
        }
        await session.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            await session.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}

/// <summary>A rented session; disposing it gives the session back to its pool.</summary>
internal readonly struct SqliteReadLease(SqliteReadSessionPool pool, SqliteReadSession session) : IAsyncDisposable
{
    public SqliteReadSession Session => session;

    /// <inheritdoc cref="SqliteReadSession.Command"/>
    public SqliteCommand Command(string sql) => session.Command(sql);

    public ValueTask DisposeAsync() => pool.ReturnAsync(session);
}
