using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>
/// Compares what the pipeline found in each labelled note with its labels: entity mentions by overlapping span and entity
/// identity, entities per note, and relations per note as (subject, predicate, object) triples. The rules are described in
/// tools/ClaimGraph.ExtractionScore/README.md.
/// </summary>
public static class DevSetScorer
{
    /// <param name="mentionOutcome">Told, for each predicted mention (note, index in its note's mentions), how it was
    /// scored: <c>hit</c>, <c>nested</c>, <c>concept</c>, or its <see cref="MentionErrorKind"/>.</param>
    public static DevSetScore Score(IReadOnlyList<GoldNote> gold, IReadOnlyList<PredictedNote> predicted, Action<string, int, string>? mentionOutcome = null)
    {
        var predictedByNote = predicted.ToDictionary(p => p.Note, StringComparer.Ordinal);
        var tally = new Tally();
        foreach (var note in gold)
        {
            var prediction = predictedByNote.GetValueOrDefault(note.Note) ?? new PredictedNote(note.Note, [], []);
            var identities = new NoteIdentities(note.Entities);
            ScoreMentions(note, prediction, identities, tally, mentionOutcome);
            ScoreEntities(note, prediction, identities, tally);
            ScoreRelations(note, prediction, identities, tally);
        }

        return tally.ToScore(gold.Count);
    }

    private static void ScoreMentions(GoldNote note, PredictedNote prediction, NoteIdentities identities, Tally tally, Action<string, int, string>? outcome)
    {
        var own = note.Entities.SelectMany(e => e.Occurrences.Select(o => (Entity: e, Occurrence: o))).ToList();
        var nested = note.Entities.SelectMany(e => e.Nested.Select(o => (Entity: e, Occurrence: o))).ToList();
        var found = new bool[own.Count];
        for (var m = 0; m < prediction.Mentions.Count; m++)
        {
            var mention = prediction.Mentions[m];
            if (mention.Type is EntityType.Concept)
            {
                tally.ConceptMentions++;
                outcome?.Invoke(note.Note, m, "concept");
                continue;
            }

            var entity = identities.Find(mention.EntityId);
            int index = -1, unclaimed = -1;
            for (var i = 0; entity is not null && i < own.Count && unclaimed < 0; i++)
            {
                if (own[i].Entity == entity && Overlaps(own[i].Occurrence.Span, mention.Span))
                {
                    index = index < 0 ? i : index;
                    unclaimed = found[i] ? -1 : i;
                }
            }

            if (unclaimed >= 0)
            {
                found[unclaimed] = true;
                tally.MentionHits++;
                outcome?.Invoke(note.Note, m, "hit");
                continue;
            }

            if (entity is not null && index < 0 && nested.Exists(n => n.Entity == entity && Overlaps(n.Occurrence.Span, mention.Span)))
            {
                tally.NestedMentions++;
                outcome?.Invoke(note.Note, m, "nested");
                continue;
            }

            var other = own.Find(o => Overlaps(o.Occurrence.Span, mention.Span));
            var (kind, detail) = (entity, other.Entity) switch
            {
                (not null, _) when index >= 0 => (MentionErrorKind.SecondMention, $"a second mention of {entity.Name} on one labelled occurrence"),
                (_, not null) => (MentionErrorKind.LabelledAsAnother, $"labelled here as {other.Entity.Name}"),
                (not null, null) => (MentionErrorKind.UnlabelledOccurrence, $"{entity.Name} is labelled in this note, but not here"),
                _ => (MentionErrorKind.NotLabelled, "not a labelled entity"),
            };
            outcome?.Invoke(note.Note, m, kind.ToString());
            tally.MentionFalsePositives.Add(new MentionError(note.Note, mention.EntityId, mention.MatchedText, mention.ClaimText, detail)
            {
                Kind = kind,
                Source = mention.Source,
            });
        }

        for (var i = 0; i < own.Count; i++)
        {
            if (found[i])
            {
                continue;
            }

            var (entity, occurrence) = own[i];
            var predictedAs = prediction.Mentions.FirstOrDefault(m => m.Type is not EntityType.Concept && Overlaps(occurrence.Span, m.Span));
            tally.MentionMisses.Add(new MentionError(note.Note, entity.Name, occurrence.Surface, occurrence.ClaimText,
                predictedAs is null ? "not found" : $"found as {predictedAs.EntityId} (\"{predictedAs.MatchedText}\")")
            {
                Kind = predictedAs is null ? MentionErrorKind.NotFound : MentionErrorKind.FoundAsAnother,
                Source = predictedAs?.Source,
            });
        }
    }

    private static void ScoreEntities(GoldNote note, PredictedNote prediction, NoteIdentities identities, Tally tally)
    {
        var predictedIds = prediction.Mentions
            .Where(m => m.Type is not EntityType.Concept)
            .GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, g.First().Type))
            .ToList();
        var matched = new HashSet<GoldEntity>(ReferenceEqualityComparer.Instance);
        foreach (var (id, type) in predictedIds)
        {
            if (identities.Find(id) is { } entity && matched.Add(entity) && type is not null)
            {
                tally.TypeChecked++;
                if (type == entity.Type)
                {
                    tally.TypeAgreed++;
                }
                else
                {
                    tally.TypeDisagreements.Add(new TypeDisagreement(note.Note, entity.Name, entity.Type, type.Value));
                }
            }
        }

        tally.EntityHits += matched.Count;
        tally.EntityFalsePositives += predictedIds.Count - matched.Count;
        tally.EntityMisses += note.Entities.Count - matched.Count;
        tally.EntitiesByNote.Add(new NoteEntityScore(note.Note, note.Entities.Count, predictedIds.Count, matched.Count));
    }

    private static void ScoreRelations(GoldNote note, PredictedNote prediction, NoteIdentities identities, Tally tally)
    {
        var labelled = new Dictionary<Triple, (bool Explicit, List<string> Quotes)>();
        foreach (var relation in note.Relations)
        {
            var triple = Triple.Create(relation.Subject, relation.Predicate, relation.Object)
                ?? throw new InvalidOperationException($"{note.Note}: '{relation.Predicate}' is not an extraction predicate");
            var (isExplicit, quotes) = labelled.GetValueOrDefault(triple, (false, []));
            quotes.Add(relation.Quote);
            labelled[triple] = (isExplicit || relation.Explicit, quotes);
        }

        var negatives = new Dictionary<Triple, GoldNegative>();
        foreach (var negative in note.Negatives)
        {
            if (Triple.Create(negative.Subject, negative.Predicate, negative.Object) is { } triple)
            {
                negatives.TryAdd(triple, negative);
            }
        }

        var extracted = new Dictionary<Triple, List<PredictedRelation>>();
        foreach (var relation in prediction.Relations)
        {
            if (Triple.Create(identities.NameOf(relation.SubjectId), relation.Predicate, identities.NameOf(relation.ObjectId)) is not { } triple)
            {
                tally.Unscorable.Add(ErrorOf(note.Note, relation, "predicate has no extraction counterpart"));
                continue;
            }

            if (!extracted.TryGetValue(triple, out var instances))
            {
                extracted[triple] = instances = [];
            }

            instances.Add(relation);
        }

        foreach (var (triple, instances) in extracted)
        {
            var predicate = tally.Predicate(triple.Predicate);
            if (labelled.TryGetValue(triple, out var label))
            {
                predicate.Hits++;
                tally.CountRules(instances, correct: true);
                tally.EvidenceChecked++;
                if (instances.Exists(i => label.Quotes.Exists(q => QuoteCovers(q, i.ClaimText))))
                {
                    tally.EvidenceAtQuote++;
                }

                continue;
            }

            if (triple.Predicate == RelationVocabulary.WorksAt && labelled.ContainsKey(new Triple(triple.Subject, RelationVocabulary.Leads, triple.Object)))
            {
                tally.ImpliedRelations++;
                continue;
            }

            predicate.FalsePositives++;
            tally.CountRules(instances, correct: false);
            negatives.TryGetValue(triple, out var negative);
            foreach (var instance in instances)
            {
                tally.RelationFalsePositives.Add(ErrorOf(note.Note, triple, instance,
                    negative is null ? "not labelled" : $"labelled negative: {negative.Reason}"));
                if (negative is not null)
                {
                    tally.NegativesExtracted.Add(ErrorOf(note.Note, triple, instance, negative.Reason));
                }
            }
        }

        foreach (var (triple, label) in labelled)
        {
            var predicate = tally.Predicate(triple.Predicate);
            var found = extracted.ContainsKey(triple);
            if (label.Explicit)
            {
                predicate.ExplicitLabelled++;
                predicate.ExplicitFound += found ? 1 : 0;
            }
            else
            {
                predicate.ImplicitLabelled++;
                predicate.ImplicitFound += found ? 1 : 0;
            }

            if (!found)
            {
                predicate.Misses++;
                var kind = label.Explicit ? "explicit" : "implicit";
                var unmentioned = Unmentioned(triple, label.Quotes, prediction, identities);
                var detail = unmentioned.Count == 0 ? kind : $"{kind}; no mention of {string.Join(" or ", unmentioned)} in its claim";
                tally.RelationMisses.Add(new RelationError(note.Note, triple.Subject, triple.Predicate, triple.Object, label.Quotes[0], null, null, null, detail)
                {
                    Miss = (label.Explicit, unmentioned.Count == 0),
                });
            }
        }
    }

    /// <summary>
    /// The arguments of a missed relation that no mention names in the claims its quotes cover: such a miss is entity
    /// discovery's to fix before any relation rule can reach it.
    /// </summary>
    private static List<string> Unmentioned(Triple triple, List<string> quotes, PredictedNote prediction, NoteIdentities identities)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in prediction.Mentions)
        {
            if (identities.Find(mention.EntityId) is { } entity && quotes.Exists(q => QuoteCovers(q, mention.ClaimText)))
            {
                named.Add(entity.Name);
            }
        }

        return new[] { triple.Subject, triple.Object }.Where(name => !named.Contains(name)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static RelationError ErrorOf(string note, Triple triple, PredictedRelation relation, string detail) =>
        new(note, triple.Subject, triple.Predicate, triple.Object, relation.ClaimText, relation.Rule, relation.Confidence, relation.Trigger, detail);

    private static RelationError ErrorOf(string note, PredictedRelation relation, string detail) =>
        new(note, relation.SubjectId, relation.Predicate, relation.ObjectId, relation.ClaimText, relation.Rule, relation.Confidence, relation.Trigger, detail);

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>True when the claim carries the quote, or the quote spans several claims and carries this one.</summary>
    internal static bool QuoteCovers(string quote, string claimText)
    {
        var normalizedQuote = QuoteText.Normalize(quote);
        var normalizedClaim = QuoteText.Normalize(claimText);
        return normalizedClaim.Contains(normalizedQuote, StringComparison.Ordinal)
            || normalizedQuote.Contains(normalizedClaim, StringComparison.Ordinal);
    }

    /// <summary>A note's labelled entities by identity key, so a predicted id finds the entity it names.</summary>
    private sealed class NoteIdentities
    {
        private readonly Dictionary<string, GoldEntity> _byKey = new(StringComparer.Ordinal);

        public NoteIdentities(IReadOnlyList<GoldEntity> entities)
        {
            foreach (var entity in entities)
            {
                foreach (var key in entity.Keys)
                {
                    _byKey.TryAdd(key, entity);
                }
            }
        }

        public GoldEntity? Find(string entityId) => _byKey.GetValueOrDefault(EntityKey.Of(entityId));

        /// <summary>The labelled name of the entity an id names, or the id marked with '?' when the note labels no such entity.</summary>
        public string NameOf(string entityId) => Find(entityId)?.Name ?? $"?{entityId}";
    }

    private sealed class PredicateTally
    {
        public int Hits;
        public int FalsePositives;
        public int Misses;
        public int ExplicitLabelled;
        public int ExplicitFound;
        public int ImplicitLabelled;
        public int ImplicitFound;
    }

    private sealed class Tally
    {
        private readonly Dictionary<string, PredicateTally> _predicates = RelationVocabulary.All
            .Where(p => p.Extracted)
            .ToDictionary(p => p.Name, _ => new PredicateTally(), StringComparer.Ordinal);

        private readonly Dictionary<string, (int Correct, int Wrong)> _rules = new(StringComparer.Ordinal);

        public int MentionHits;
        public int NestedMentions;
        public int ConceptMentions;
        public int EntityHits;
        public int EntityFalsePositives;
        public int EntityMisses;
        public int TypeChecked;
        public int TypeAgreed;
        public int EvidenceChecked;
        public int EvidenceAtQuote;
        public int ImpliedRelations;

        public List<NoteEntityScore> EntitiesByNote { get; } = [];

        public List<MentionError> MentionMisses { get; } = [];

        public List<MentionError> MentionFalsePositives { get; } = [];

        public List<RelationError> RelationMisses { get; } = [];

        public List<RelationError> RelationFalsePositives { get; } = [];

        public List<RelationError> NegativesExtracted { get; } = [];

        public List<RelationError> Unscorable { get; } = [];

        public List<TypeDisagreement> TypeDisagreements { get; } = [];

        public PredicateTally Predicate(string name) => _predicates[name];

        /// <summary>Each rule that produced the relation in this note counts once.</summary>
        public void CountRules(List<PredictedRelation> instances, bool correct)
        {
            foreach (var rule in instances.Select(i => i.Rule ?? "(no rule)").Distinct(StringComparer.Ordinal))
            {
                var (right, wrong) = _rules.GetValueOrDefault(rule);
                _rules[rule] = correct ? (right + 1, wrong) : (right, wrong + 1);
            }
        }

        public DevSetScore ToScore(int notes)
        {
            var byPredicate = _predicates
                .Select(p => new PredicateScore(
                    p.Key,
                    new PrecisionRecall(p.Value.Hits, p.Value.FalsePositives, p.Value.Misses),
                    new Ratio(p.Value.ExplicitFound, p.Value.ExplicitLabelled),
                    new Ratio(p.Value.ImplicitFound, p.Value.ImplicitLabelled)))
                .ToList();
            var predicates = _predicates.Values;
            return new DevSetScore(
                notes,
                new PrecisionRecall(MentionHits, MentionFalsePositives.Count, MentionMisses.Count),
                NestedMentions,
                ConceptMentions,
                new PrecisionRecall(EntityHits, EntityFalsePositives, EntityMisses),
                new Ratio(TypeAgreed, TypeChecked),
                EntitiesByNote,
                new PrecisionRecall(predicates.Sum(p => p.Hits), predicates.Sum(p => p.FalsePositives), predicates.Sum(p => p.Misses)),
                new Ratio(predicates.Sum(p => p.ExplicitFound), predicates.Sum(p => p.ExplicitLabelled)),
                new Ratio(predicates.Sum(p => p.ImplicitFound), predicates.Sum(p => p.ImplicitLabelled)),
                byPredicate,
                _rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RuleScore(r.Key, r.Value.Correct, r.Value.Wrong)).ToList(),
                new Ratio(EvidenceAtQuote, EvidenceChecked),
                ImpliedRelations,
                NegativesExtracted,
                RelationMisses,
                RelationFalsePositives,
                MentionMisses,
                MentionFalsePositives,
                Unscorable,
                TypeDisagreements);
        }
    }
}
