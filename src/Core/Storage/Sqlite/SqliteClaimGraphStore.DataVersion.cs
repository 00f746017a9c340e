using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

public sealed partial class SqliteClaimGraphStore : IStoreDataVersion
{
    private readonly SemaphoreSlim _dataVersionLock = new(1, 1);
    private SqliteConnection? _dataVersionConnection;

    /// <summary>
    /// SQLite's <c>PRAGMA data_version</c> on a connection kept for this purpose alone. It changes when any other
    /// connection commits — the pooled ones this store writes through, or another process's — and since this connection
    /// never writes, every commit is seen, with no table or trigger to maintain.
    /// </summary>
    public async ValueTask<long> ReadDataVersionAsync(CancellationToken cancellationToken)
    {
        await _dataVersionLock.WaitAsync(cancellationToken);
        try
        {
            _dataVersionConnection ??= await OpenConnectionAsync(cancellationToken);
            await using var command = _dataVersionConnection.CreateCommand();
            command.CommandText = "PRAGMA data_version;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch
        {
            // A broken connection (file replaced, I/O error) is not reused: the next call opens a fresh one.
            await CloseDataVersionConnectionAsync();
            throw;
        }
        finally
        {
            _dataVersionLock.Release();
        }
    }

    private async ValueTask CloseDataVersionConnectionAsync()
    {
        if (_dataVersionConnection is not null)
        {
            await _dataVersionConnection.DisposeAsync();
            _dataVersionConnection = null;
        }
    }
}
