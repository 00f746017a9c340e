using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.ExtractionScore.Pipeline;

/// <summary>
/// Runs the ingest pipeline exactly as the ingest command does (<see cref="NoteIngestor"/>: file reader, parser, batch
/// builder with the given catalog) and keeps each note's batch in memory instead of writing it to a store.
/// </summary>
public static class ExtractionPipeline
{
    public static async Task<(IReadOnlyList<NoteBatch> Batches, IReadOnlyList<IngestError> Errors)> RunAsync(
        string notesFolder, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var writer = new CapturingWriter();
        var report = await new NoteIngestor(writer).IngestAsync([notesFolder], catalog, new IngestOptions(), null, cancellationToken);
        return (writer.Batches, report.Errors);
    }

    /// <summary>
    /// What the scorer sees of one batch: its mentions with their entities' types (catalog first, then the discovered
    /// entities of all batches) and its extracted relations with claim text, rule, confidence and trigger words.
    /// </summary>
    public static PredictedNote Predicted(string noteName, NoteBatch batch, IReadOnlyDictionary<string, EntityType> entityTypes)
    {
        var claims = batch.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        string ClaimText(string claimId) => claims.TryGetValue(claimId, out var claim) ? claim.Text : "";

        // A note proposes every discovered entity it names, so an entity it does not propose is the catalog's.
        var discovered = batch.DiscoveredEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var mentions = batch.Mentions
            .Select(m => new PredictedMention(
                m.EntityId,
                entityTypes.TryGetValue(m.EntityId, out var type) ? type : null,
                discovered.Contains(m.EntityId) ? EntitySource.Discovered : EntitySource.Catalog,
                m.Span,
                m.MatchedText,
                ClaimText(m.ClaimId)))
            .ToList();
        var relations = batch.Evidence
            .Where(e => e.Relation.Origin == RelationOrigin.Extracted)
            .Select(e =>
            {
                var text = ClaimText(e.ClaimId);
                var trigger = e.Extraction?.Trigger is { } span && span.Start >= 0 && span.End <= text.Length && span.Start <= span.End
                    ? span.Slice(text)
                    : null;
                return new PredictedRelation(e.Relation.SubjectId, e.Relation.Predicate, e.Relation.ObjectId, text, e.Extraction?.Rule, e.Extraction?.Confidence, trigger);
            })
            .ToList();
        return new PredictedNote(noteName, mentions, relations);
    }

    /// <summary>
    /// Every entity's type: the catalog's, then those discovered in the batches, resolved across notes as the stores do
    /// (<see cref="DiscoveredEntities.Resolve"/>; the catalog wins on a shared id).
    /// </summary>
    public static IReadOnlyDictionary<string, EntityType> EntityTypes(EntityCatalog catalog, IEnumerable<NoteBatch> batches)
    {
        var types = catalog.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Type, StringComparer.Ordinal);
        foreach (var proposals in batches.SelectMany(b => b.DiscoveredEntities).GroupBy(e => e.Id, StringComparer.Ordinal))
        {
            types.TryAdd(proposals.Key, DiscoveredEntities.Resolve(proposals.Key, proposals.ToList()).Type);
        }

        return types;
    }

    /// <summary>A store that keeps what it is given: the pipeline's output, for scoring.</summary>
    private sealed class CapturingWriter : IClaimGraphWriter
    {
        public List<NoteBatch> Batches { get; } = [];

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StoredNoteSource>>([]);

        public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken)
        {
            Batches.Add(batch);
            return Task.FromResult(NoteWriteOutcome.Added);
        }

        public Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
