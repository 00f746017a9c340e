using System.Globalization;
using ClaimGraph.Model;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

public sealed partial class SqliteClaimGraphStore
{
    /// <summary>
    /// The default of <see cref="SqliteStoreOptions.BulkWriteMinNotes"/>: below it a run is written as it is, since the
    /// whole ingest takes seconds and dropping indexes would only make a reader running beside it scan.
    /// </summary>
    public const int DefaultBulkWriteMinNotes = 500;

    /// <summary>
    /// A run counts as a bulk write when the store holds at most a quarter as many notes as are coming: building the
    /// deferred indexes at the end then sorts mostly new rows, instead of sorting the whole store to save a little.
    /// </summary>
    internal const int BulkWriteStoreShare = 4;

    private volatile bool _indexesDeferred;

    /// <summary>Whether this store has dropped its <see cref="SqliteSchema.DeferrableIndexes"/> for a bulk write.</summary>
    internal bool IndexesDeferred => _indexesDeferred;

    /// <summary>
    /// Loading thousands of notes into a store that holds few, each group commit would rewrite pages all over the
    /// indexes keyed by entity, relation, mention count and note id. So the store drops those indexes (<see
    /// cref="SqliteSchema.DeferrableIndexes"/>) and builds them once when the returned scope is disposed. Queries stay
    /// correct meanwhile, only slower; nothing is deleted while they are gone, because a write that would delete
    /// (replacing a stored note, removing notes) builds them first. A run cut short leaves them to the next open.
    /// </summary>
    public async ValueTask<IAsyncDisposable> BeginBulkWriteAsync(int incomingNotes, CancellationToken cancellationToken)
    {
        // An in-memory store writes no pages to a disk, which is all a bulk write saves.
        if (_bulkWriteMinNotes <= 0 || incomingNotes < _bulkWriteMinNotes || IsInMemory)
        {
            return NoBulkWrite.Instance;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_indexesDeferred)
            {
                return NoBulkWrite.Instance;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var count = connection.CreateCommand())
            {
                count.Transaction = transaction;
                count.CommandText = "SELECT count(*) FROM notes;";
                long stored = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                if (stored * BulkWriteStoreShare > incomingNotes)
                {
                    return NoBulkWrite.Instance;
                }
            }

            await SqliteSchema.DropDeferrableIndexesAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _indexesDeferred = true;
            _wroteSinceOpen = true;
            return new BulkWrite(this);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Builds the indexes a bulk write dropped, if it dropped any. Takes the write lock.</summary>
    private async Task EndBulkWriteAsync(CancellationToken cancellationToken)
    {
        if (!_indexesDeferred)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            if (_indexesDeferred)
            {
                await ExecuteAsync(connection, WritePragmas, cancellationToken);
                await SqliteSchema.CreateMissingIndexesAsync(connection, cancellationToken);
                _indexesDeferred = false;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Ends a bulk write before a group that would replace a stored note: replacing deletes rows, and without the
    /// deferred indexes every deleted claim, relation or entity would scan a whole table for its foreign keys.
    /// </summary>
    private async Task EndBulkWriteBeforeReplacingAsync(IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken)
    {
        if (!_indexesDeferred)
        {
            return;
        }

        var ids = batches.Select(batch => batch.Note.Id).ToList();
        var paths = batches.Select(batch => batch.Note.SourcePath).ToList();
        bool repeats = ids.Distinct(StringComparer.Ordinal).Count() < ids.Count || paths.Distinct(StringComparer.Ordinal).Count() < paths.Count;
        if (!repeats)
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT EXISTS (SELECT 1 FROM notes WHERE id IN (SELECT value FROM json_each($ids)))
                    OR EXISTS (SELECT 1 FROM notes WHERE source_path IN (SELECT value FROM json_each($paths)));
                """;
            command.AddIds("$ids", ids);
            command.AddIds("$paths", paths);
            repeats = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0;
        }

        if (repeats)
        {
            await EndBulkWriteAsync(cancellationToken);
        }
    }

    private sealed class BulkWrite(SqliteClaimGraphStore store) : IAsyncDisposable
    {
        private int _ended;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                // Not cancellable: a store left without its indexes answers every query by scanning. A killed process
                // leaves them to the next open instead.
                await store.EndBulkWriteAsync(CancellationToken.None);
            }
        }
    }
}
