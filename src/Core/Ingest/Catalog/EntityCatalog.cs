using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Catalog;

public enum AliasCase
{
    /// <summary>Matches regardless of letter case; right for long, distinctive names.</summary>
    Insensitive,

    /// <summary>Matches only the exact letter case; right for short or ordinary-word aliases ("Meta", "X", "O1").</summary>
    Sensitive,
}

/// <summary>
/// One way an entity is written. When <see cref="Before"/> or <see cref="After"/> is non-empty the alias is ambiguous and
/// only counts when the word right before it is in <see cref="Before"/> or the word right after it is in <see cref="After"/>
/// (case-insensitive, possessive <c>'s</c> ignored).
/// </summary>
public sealed record AliasRule(string Text, AliasCase Case, IReadOnlyList<string> Before, IReadOnlyList<string> After)
{
    public bool HasContext => Before.Count > 0 || After.Count > 0;

    public static AliasRule Plain(string text) => new(text, AliasCase.Insensitive, [], []);
}

/// <summary>A catalog entity with its matching rules and where it was declared.</summary>
public sealed record CatalogEntity(Entity Entity, IReadOnlyList<AliasRule> Aliases, int Line);

/// <summary>
/// A curated relation from <c>relations.yaml</c>: subject, predicate and object, supported by a verbatim quote from one seed note.
/// <see cref="NoteContentHash"/> is the SHA-256 of the catalog's copy of the note, so the relation is applied to exactly that text.
/// </summary>
public sealed record CuratedRelation(RelationKey Key, string NoteFile, string Quote, string NoteContentHash, int Line)
{
    public string Describe() => $"{Key.SubjectId} {Key.Predicate} {Key.ObjectId} (relations.yaml line {Line})";
}

/// <summary>
/// The validated entity catalog and curated relations. <see cref="Errors"/> lists every entry that was rejected while loading;
/// the rest loaded. <see cref="Version"/> fingerprints the content, so notes linked with an older catalog are re-linked.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<(string FileName, string ContentHash), List<CuratedRelation>> _relationsByNote;
    private readonly HashSet<string> _ids;

    public EntityCatalog(
        IReadOnlyList<CatalogEntity> entities,
        IReadOnlyList<CuratedRelation> relations,
        string version,
        IReadOnlyList<IngestError> errors)
    {
        Entities = entities;
        Relations = relations;
        Version = version;
        Errors = errors;
        Matcher = new AliasMatcher(entities.SelectMany(e => e.Aliases.Select(a => (e.Entity.Id, a))));
        _ids = entities.Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);
        _relationsByNote = relations
            .GroupBy(r => (r.NoteFile, r.NoteContentHash))
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public IReadOnlyList<CatalogEntity> Entities { get; }

    public IReadOnlyList<CuratedRelation> Relations { get; }

    public string Version { get; }

    public IReadOnlyList<IngestError> Errors { get; }

    public AliasMatcher Matcher { get; }

    public bool Contains(string entityId) => _ids.Contains(entityId);

    /// <summary>Curated relations whose evidence is the note with this file name and exactly this content.</summary>
    public IReadOnlyList<CuratedRelation> RelationsForNote(string fileName, string contentHash) =>
        _relationsByNote.TryGetValue((fileName, contentHash), out var relations) ? relations : [];
}
