using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <summary>Makes the statement running on this connection, if any, stop with SQLITE_INTERRUPT; safe from any thread while the connection is open.</summary>
    public void Interrupt()
    {
        if (Connection.Handle is { } handle)
        {
            raw.sqlite3_interrupt(handle);
        }
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

/// <summary>
/// A rented session; disposing it gives the session back to its pool. While rented, cancelling the operation's token
/// interrupts the statement in progress (<c>sqlite3_interrupt</c>): Microsoft.Data.Sqlite looks at the token only
/// between steps and <see cref="SqliteCommand.Cancel"/> does nothing, so without it one step that sorts every match of a
/// search runs to its end after the client is gone. The registration is disposed (waiting for a callback in flight)
/// before the session goes back, so an interrupt can never reach the session's next user; SQLite clears the interrupt
/// once no statement is running, and every reader is closed by then, so the session is returned healthy.
/// </summary>
internal readonly struct SqliteReadLease : IAsyncDisposable
{
    private readonly SqliteReadSessionPool _pool;
    private readonly CancellationTokenRegistration _interruption;

    public SqliteReadLease(SqliteReadSessionPool pool, SqliteReadSession session, CancellationToken cancellationToken)
    {
        _pool = pool;
        Session = session;
        _interruption = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((SqliteReadSession)state!).Interrupt(), session)
            : default;
    }

    public SqliteReadSession Session { get; }

    /// <inheritdoc cref="SqliteReadSession.Command"/>
    public SqliteCommand Command(string sql) => Session.Command(sql);

    public async ValueTask DisposeAsync()
    {
        await _interruption.DisposeAsync();
        await _pool.ReturnAsync(Session);
    }
}
