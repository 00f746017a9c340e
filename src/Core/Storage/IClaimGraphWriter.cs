using ClaimGraph.Model;

namespace ClaimGraph.Storage;

public enum NoteWriteOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>What became of one note of <see cref="IClaimGraphWriter.WriteNotesAsync"/>: its outcome, or the error that kept it out of the store.</summary>
public sealed record NoteWriteResult(string NoteId, NoteWriteOutcome? Outcome, Exception? Error)
{
    public bool Stored => Error is null;

    public static NoteWriteResult Written(string noteId, NoteWriteOutcome outcome) => new(noteId, outcome, null);

    public static NoteWriteResult Failed(string noteId, Exception error) => new(noteId, null, error);
}

/// <summary>What a store knows of a stored note, enough to skip unchanged files and prune vanished ones.</summary>
public sealed record StoredNoteSource(string NoteId, string SourcePath, string ContentHash, string CatalogVersion);

/// <summary>The write side every store implements. Each call is atomic: it happens completely or not at all.</summary>
public interface IClaimGraphWriter
{
    /// <summary>Creates or migrates the schema (constraints, indexes). Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or updates the catalog's entities (by id).</summary>
    Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken);

    /// <summary>
    /// Stores one note with its claims, mentions, links and relation evidence in one transaction.
    /// An unchanged note (same id, content hash and catalog version) is a no-op; a changed one replaces everything it contributed,
    /// and relations left with no evidence disappear.
    /// </summary>
    Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Stores several notes, in order, with the same per-note meaning as <see cref="WriteNoteAsync"/>: each note is stored
    /// completely or not at all, and a note the store refuses is reported in its result without keeping the others out.
    /// A store may group the notes into fewer transactions; this default writes them one at a time.
    /// Cancellation throws and leaves every note either fully stored or untouched.
    /// </summary>
    /// <returns>One result per batch, in the same order.</returns>
    async Task<IReadOnlyList<NoteWriteResult>> WriteNotesAsync(IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var results = new List<NoteWriteResult>(batches.Count);
        foreach (var batch in batches)
        {
            try
            {
                results.Add(NoteWriteResult.Written(batch.Note.Id, await WriteNoteAsync(batch, cancellationToken)));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                results.Add(NoteWriteResult.Failed(batch.Note.Id, error));
            }
        }

        return results;
    }

    /// <summary>Removes notes and everything they contributed; returns how many were removed.</summary>
    Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);

    /// <summary>
    /// Announces a run of about <paramref name="incomingNotes"/> notes, written next by <see cref="WriteNotesAsync"/>,
    /// so that a store may load them in bulk; disposing the result ends the run. What is stored is the same either way.
    /// A store with nothing to gain returns a scope that does nothing (the default).
    /// </summary>
    ValueTask<IAsyncDisposable> BeginBulkWriteAsync(int incomingNotes, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NoBulkWrite.Instance);
}

/// <summary>The scope of a run that a store writes as it writes any other.</summary>
public sealed class NoBulkWrite : IAsyncDisposable
{
    public static NoBulkWrite Instance { get; } = new();

    private NoBulkWrite()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
