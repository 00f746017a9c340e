using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>
/// Scores extraction against the curated relations of a catalog: each curated relation, its predicate mapped to the
/// extraction predicate it corresponds to, should be extracted from the note its quote comes from. Entities are compared
/// by catalog id: extraction must link the catalog's entities, not rediscover them. Curated predicates with no extraction
/// counterpart are reported as unscorable, not as misses.
/// </summary>
public static class SeedsScorer
{
    public static SeedsScore Score(IReadOnlyList<CuratedFact> curated, IReadOnlyList<PredictedNote> predicted)
    {
        var unscorable = new List<RelationError>();
        var expected = new Dictionary<(string Note, Triple Triple), string>();
        foreach (var fact in curated)
        {
            if (Triple.Create(fact.SubjectId, fact.Predicate, fact.ObjectId) is { } triple)
            {
                expected.TryAdd((fact.Note, triple), fact.Quote);
            }
            else
            {
                unscorable.Add(new RelationError(fact.Note, fact.SubjectId, fact.Predicate, fact.ObjectId, fact.Quote, null, null, null,
                    "curated predicate has no extraction counterpart"));
            }
        }

        var extracted = new Dictionary<(string Note, Triple Triple), PredictedRelation>();
        foreach (var note in predicted)
        {
            foreach (var relation in note.Relations)
            {
                if (Triple.Create(relation.SubjectId, relation.Predicate, relation.ObjectId) is { } triple)
                {
                    extracted.TryAdd((note.Note, triple), relation);
                }
            }
        }

        var counts = RelationVocabulary.All.Where(p => p.Extracted).ToDictionary(p => p.Name, _ => (Hits: 0, Wrong: 0, Misses: 0), StringComparer.Ordinal);
        var misses = new List<RelationError>();
        foreach (var ((note, triple), quote) in expected)
        {
            var (hits, wrong, missed) = counts[triple.Predicate];
            var found = extracted.ContainsKey((note, triple));
            counts[triple.Predicate] = found ? (hits + 1, wrong, missed) : (hits, wrong, missed + 1);
            if (!found)
            {
                misses.Add(new RelationError(note, triple.Subject, triple.Predicate, triple.Object, quote, null, null, null, "not extracted"));
            }
        }

        var notCurated = new List<RelationError>();
        foreach (var ((note, triple), relation) in extracted)
        {
            if (!expected.ContainsKey((note, triple)))
            {
                var (hits, wrong, missed) = counts[triple.Predicate];
                counts[triple.Predicate] = (hits, wrong + 1, missed);
                notCurated.Add(new RelationError(note, triple.Subject, triple.Predicate, triple.Object, relation.ClaimText,
                    relation.Rule, relation.Confidence, relation.Trigger, "not in the curated set"));
            }
        }

        // A curated relation carries no explicit/implicit label; each is stated in its quote, so all count as explicit.
        var byPredicate = counts
            .Select(c => new PredicateScore(
                c.Key,
                new PrecisionRecall(c.Value.Hits, c.Value.Wrong, c.Value.Misses),
                new Ratio(c.Value.Hits, c.Value.Hits + c.Value.Misses),
                new Ratio(0, 0)))
            .ToList();
        return new SeedsScore(
            predicted.Count,
            curated.Count,
            new PrecisionRecall(counts.Values.Sum(c => c.Hits), counts.Values.Sum(c => c.Wrong), counts.Values.Sum(c => c.Misses)),
            byPredicate,
            misses,
            notCurated,
            unscorable);
    }
}
