using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// The embedded claim graph store: one SQLite file in WAL mode, read and written through a pooled connection per
/// operation so the API can read while an ingest writes. Writes from this process are serialized; readers never wait for them.
/// </summary>
public sealed partial class SqliteClaimGraphStore : IClaimGraphWriter, IClaimGraphQueries, IAsyncDisposable, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly SqliteReadSessionPool _readSessions = new(Math.Max(16, 4 * Environment.ProcessorCount));
    private volatile bool _initialized;
    private volatile bool _wroteSinceOpen;
    private readonly int _bulkWriteMinNotes;

    /// <summary>
    /// Creates a store over <paramref name="pathOrConnectionString"/>: a file path (relative paths resolve against the
    /// current directory; the folder is created) or a full SQLite connection string (anything containing <c>=</c>).
    /// An in-memory shared-cache connection string (<c>Data Source=name;Mode=Memory;Cache=Shared</c>) keeps one connection
    /// open for the store's lifetime so the database lives as long as the store. The schema is created on first use or by
    /// <see cref="InitializeAsync"/>. A run of at least <paramref name="bulkWriteMinNotes"/> notes into a store holding
    /// few is loaded in bulk (<see cref="BeginBulkWriteAsync"/>); 0 never does.
    /// </summary>
    public SqliteClaimGraphStore(string pathOrConnectionString, int bulkWriteMinNotes = DefaultBulkWriteMinNotes)
    {
        _bulkWriteMinNotes = bulkWriteMinNotes;
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var builder = ToConnectionStringBuilder(pathOrConnectionString);
        builder.ForeignKeys = true;
        builder.Pooling = builder.Mode != SqliteOpenMode.Memory && builder.Pooling;
        IsInMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (IsInMemory && builder.Cache != SqliteCacheMode.Shared)
        {
            throw new ArgumentException(
                "An in-memory store needs a shared cache (Data Source=name;Mode=Memory;Cache=Shared): every operation opens its own connection.",
                nameof(pathOrConnectionString));
        }

        if (!IsInMemory)
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        if (IsInMemory)
        {
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
    }

    /// <summary>The file path (or in-memory database name) this store reads and writes.</summary>
    public string DataSource { get; }

    public bool IsInMemory { get; }

    /// <summary>Creates a store and applies the schema, ready to use. See the constructor for what the argument may be.</summary>
    public static async Task<SqliteClaimGraphStore> OpenAsync(string pathOrConnectionString, CancellationToken cancellationToken)
    {
        var store = new SqliteClaimGraphStore(pathOrConnectionString);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    internal static SqliteConnectionStringBuilder ToConnectionStringBuilder(string pathOrConnectionString)
    {
        if (pathOrConnectionString.Contains('=', StringComparison.Ordinal))
        {
            return new SqliteConnectionStringBuilder(pathOrConnectionString);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(pathOrConnectionString),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        };
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await EnsureFullTextSearchAsync(connection, cancellationToken);
            if (!IsInMemory)
            {
                // WAL is a property of the file: set once, it lets readers run beside the single writer.
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            }

            await SqliteSchema.MigrateAsync(connection, cancellationToken);
            await SqliteSchema.CreateMissingIndexesAsync(connection, cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM notes;";
            long notes = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return new StoreStatus(true, notes, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new StoreStatus(false, 0, $"SQLite store '{DataSource}' is not usable: {exception.Message}");
        }
    }

    /// <summary>The journal mode the file is in (<c>wal</c> for a file store).</summary>
    public async Task<string> GetJournalModeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The schema version recorded in the file.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqliteSchema.ReadUserVersionAsync(connection, cancellationToken);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A read connection with its prepared statements, from the pool or newly opened; dispose the lease to give it back.
    /// Cancelling <paramref name="cancellationToken"/> interrupts the lease's running statement.
    /// </summary>
    private async Task<SqliteReadLease> RentReadSessionAsync(CancellationToken cancellationToken)
    {
        if (_readSessions.TryRent(out var session))
        {
            return new SqliteReadLease(_readSessions, session, cancellationToken);
        }
        return new SqliteReadLease(_readSessions, new SqliteReadSession(await OpenConnectionAsync(cancellationToken)), cancellationToken);
    }

    private static async Task EnsureFullTextSearchAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_compileoption_used('ENABLE_FTS5');";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 1)
        {
            throw new InvalidOperationException("The SQLite library in use was built without FTS5, which the claim graph store needs for full-text search.");
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes this store's idle pooled connections so the file (and its WAL) is released when the store goes away.</summary>
    private void ReleasePooledConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Copies what this store wrote from the WAL into the file and empties the WAL: with a 1 GiB checkpoint threshold
    /// (<see cref="WritePragmas"/>) an ingest can otherwise leave hundreds of megabytes of WAL behind while the API
    /// keeps the file open. Waits for readers no longer than the busy timeout; if one is still reading, the WAL stays
    /// for a later checkpoint, which loses nothing.
    /// </summary>
    private void CheckpointAfterWrites()
    {
        if (!_wroteSinceOpen || IsInMemory)
        {
            return;
        }

        // ReadWrite, not ReadWriteCreate: a file removed under the store must not come back empty.
        var builder = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Only a tidy-up: what the WAL holds is committed, and the next writer or the last connection to close
            // checkpoints it.
        }
    }

    public void Dispose()
    {
        CheckpointAfterWrites();
        _readSessions.Dispose();
        _dataVersionConnection?.Dispose();
        ReleasePooledConnections();
        _keepAlive?.Dispose();
        _writeLock.Dispose();
        _initializeLock.Dispose();
        _dataVersionLock.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        CheckpointAfterWrites();
        await _readSessions.DisposeAsync();
        await CloseDataVersionConnectionAsync();
        ReleasePooledConnections();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        _writeLock.Dispose();
        _initializeLock.Dispose();
        _dataVersionLock.Dispose();
    }
}
