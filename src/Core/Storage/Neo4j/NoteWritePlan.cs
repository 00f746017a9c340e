using ClaimGraph.Model;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// One note's batch turned into parameter rows, checked before anything is sent: every mention, link and piece of
/// evidence must belong to a claim of this note. Evidence is one row per relation and claim; the first quote wins,
/// as in the SQLite store.
/// </summary>
internal sealed record NoteWritePlan(
    string NoteId,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> EvidenceIds,
    IReadOnlyList<string> RelationIds,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<Dictionary<string, object?>> ClaimRows,
    IReadOnlyList<Dictionary<string, object?>> MentionRows,
    IReadOnlyList<Dictionary<string, object?>> LinkRows,
    IReadOnlyList<Dictionary<string, object?>> RelationRows,
    IReadOnlyList<Dictionary<string, object?>> EvidenceRows,
    IReadOnlyList<string> ProposedEntityIds,
    IReadOnlyList<Dictionary<string, object?>> ProposalRows)
{
    public static string EvidenceId(string relationId, string claimId) => $"{relationId}@{claimId}";

    public static NoteWritePlan From(NoteBatch batch)
    {
        var noteId = batch.Note.Id;
        var proposed = DiscoveredEntities.CheckProposals(batch);
        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in batch.Claims)
        {
            if (!string.Equals(claim.NoteId, noteId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Claim '{claim.Id}' belongs to note '{claim.NoteId}' but was written with note '{noteId}'.");
            }

            if (!claims.TryAdd(claim.Id, claim))
            {
                throw new InvalidOperationException($"Note '{noteId}' has two claims with the id '{claim.Id}'.");
            }
        }

        Claim RequireClaim(string claimId, string what) => claims.TryGetValue(claimId, out var claim)
            ? claim
            : throw new InvalidOperationException($"Note '{noteId}': {what} refers to claim '{claimId}', which is not a claim of this note.");

        var mentionRows = batch.Mentions.Select(mention =>
        {
            RequireClaim(mention.ClaimId, $"mention of '{mention.EntityId}'");
            return new Dictionary<string, object?>
            {
                ["claimId"] = mention.ClaimId,
                ["entityId"] = mention.EntityId,
                ["alias"] = mention.MatchedText,
                ["start"] = mention.Span.Start,
                ["end"] = mention.Span.End,
            };
        }).ToList();

        var linkRows = batch.Links.Select((link, ordinal) => new Dictionary<string, object?>
        {
            ["noteId"] = noteId,
            ["ordinal"] = ordinal,
            ["target"] = link.Target,
            ["label"] = link.Label,
            ["start"] = link.Span.Start,
            ["end"] = link.Span.End,
        }).ToList();

        var relations = new Dictionary<string, RelationKey>(StringComparer.Ordinal);
        var evidenceRows = new List<Dictionary<string, object?>>();
        var evidenceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evidence in batch.Evidence)
        {
            var key = evidence.Relation;
            var claim = RequireClaim(evidence.ClaimId, $"evidence for relation '{key.Id}'");
            double confidence = EvidenceChecks.CheckAndRate(evidence, claim, noteId);
            relations.TryAdd(key.Id, key);
            var id = EvidenceId(key.Id, evidence.ClaimId);
            if (evidenceIds.Add(id))
            {
                evidenceRows.Add(new Dictionary<string, object?>
                {
                    ["id"] = id,
                    ["relationId"] = key.Id,
                    ["claimId"] = evidence.ClaimId,
                    ["noteId"] = noteId,
                    ["ordinal"] = claim.Ordinal,
                    ["quote"] = evidence.Quote,
                    ["confidence"] = confidence,
                    ["triggerStart"] = evidence.Extraction?.Trigger.Start,
                    ["triggerEnd"] = evidence.Extraction?.Trigger.End,
                    ["rule"] = evidence.Extraction?.Rule,
                });
            }
        }

        var relationRows = relations.Values.Select(key => new Dictionary<string, object?>
        {
            ["id"] = key.Id,
            ["subjectId"] = key.SubjectId,
            ["predicate"] = key.Predicate,
            ["objectId"] = key.ObjectId,
            ["origin"] = RelationKey.OriginName(key.Origin),
        }).ToList();

        var entityIds = batch.Mentions.Select(m => m.EntityId)
            .Concat(relations.Values.SelectMany(key => new[] { key.SubjectId, key.ObjectId }))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new NoteWritePlan(
            noteId,
            claims.Keys.ToList(),
            evidenceIds.ToList(),
            relations.Keys.ToList(),
            entityIds,
            batch.Claims.Select(Neo4jRecordMapping.ClaimRow).ToList(),
            mentionRows,
            linkRows,
            relationRows,
            evidenceRows,
            proposed.ToList(),
            batch.DiscoveredEntities.Select(entity =>
            {
                var row = Neo4jRecordMapping.EntityRow(entity);
                row["entityId"] = entity.Id;
                row["id"] = $"{noteId}|{entity.Id}";
                row["noteId"] = noteId;
                return row;
            }).ToList());
    }
}
