using ClaimGraph.Storage;

namespace ClaimGraph.Api;

/// <summary>Loads relations' evidence claims and their notes in two batch calls, for any number of relations.</summary>
public static class RelationEvidence
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<EvidenceResponse>>> LoadAsync(
        IClaimGraphQueries store, IReadOnlyCollection<string> relationIds, int perRelation, CancellationToken cancellationToken)
    {
        if (relationIds.Count == 0 || perRelation == 0)
        {
            return new Dictionary<string, IReadOnlyList<EvidenceResponse>>();
        }

        var evidence = await store.GetEvidenceAsync(relationIds, PageRequest.First(perRelation), cancellationToken);
        var noteIds = evidence.Values.SelectMany(page => page.Items).Select(item => item.Claim.NoteId).Distinct(StringComparer.Ordinal).ToList();
        var notes = await store.GetNoteSummariesAsync(noteIds, cancellationToken);

        return evidence.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<EvidenceResponse>)pair.Value.Items.Select(item => new EvidenceResponse(
                item.Claim.Id,
                item.Claim.Text,
                item.Quote,
                TriggerResponse.From(item.Extraction, item.Claim.Text),
                item.Extraction?.Rule,
                item.Confidence,
                TimestampResponse.From(item.Claim.Timestamp),
                item.Claim.DeepLink,
                notes.TryGetValue(item.Claim.NoteId, out var note) ? NoteRef.From(note) : new NoteRef(item.Claim.NoteId, item.Claim.NoteId, null)))
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Every entity a set of relations names, in one batch call.</summary>
    public static Task<IReadOnlyDictionary<string, EntityInfo>> LoadEntitiesAsync(
        IClaimGraphQueries store, IEnumerable<RelationInfo> relations, CancellationToken cancellationToken)
    {
        var ids = relations.SelectMany(relation => new[] { relation.SubjectId, relation.ObjectId }).ToHashSet(StringComparer.Ordinal);
        return store.GetEntitiesAsync(ids, cancellationToken);
    }
}
