using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>A writer that keeps batches in memory, to test the ingest pipeline without a database.</summary>
internal sealed class InMemoryClaimGraphWriter : IClaimGraphWriter
{
    public Dictionary<string, NoteBatch> Notes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public Func<NoteBatch, bool>? FailWhen { get; init; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredNoteSource>>(Notes.Values
            .Select(b => new StoredNoteSource(b.Note.Id, b.Note.SourcePath, b.Note.ContentHash, b.Note.CatalogVersion))
            .ToList());

    public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            Entities[entity.Id] = entity;
        }

        return Task.CompletedTask;
    }

    public Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken)
    {
        Writes++;
        if (FailWhen?.Invoke(batch) == true)
        {
            throw new InvalidOperationException("simulated store failure");
        }

        // Like the real stores: a note replaces any other note of the same source file (a retitled note has a new id).
        var others = Notes.Values
            .Where(b => b.Note.SourcePath == batch.Note.SourcePath && b.Note.Id != batch.Note.Id)
            .Select(b => b.Note.Id)
            .ToList();
        others.ForEach(id => Notes.Remove(id));
        if (Notes.TryGetValue(batch.Note.Id, out var existing)
            && existing.Note.ContentHash == batch.Note.ContentHash
            && existing.Note.CatalogVersion == batch.Note.CatalogVersion)
        {
            return Task.FromResult(others.Count > 0 ? NoteWriteOutcome.Updated : NoteWriteOutcome.Unchanged);
        }

        var outcome = existing is null && others.Count == 0 ? NoteWriteOutcome.Added : NoteWriteOutcome.Updated;
        Notes[batch.Note.Id] = batch;
        return Task.FromResult(outcome);
    }

    public Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
        Task.FromResult(noteIds.Count(Notes.Remove));
}
