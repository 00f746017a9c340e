using ClaimGraph.Model;

namespace ClaimGraph.Storage;

public enum NoteWriteOutcome
{
    Added,
    Updated,
    Unchanged,
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

    /// <summary>Removes notes and everything they contributed; returns how many were removed.</summary>
    Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);
}
