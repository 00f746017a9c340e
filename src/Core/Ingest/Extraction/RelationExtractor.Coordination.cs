using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A mutual act of a list of subjects: "Microsoft and OpenAI partnered in 2019", "Claude and Gemini compete for
/// developers". The verb has no object of its own, so the list's members are each other's partners or rivals.
/// </summary>
public static partial class RelationExtractor
{
    private static readonly (string[] Words, RelationRule Rule)[] MutualActs = ExtractionRules.MutualActPhrases
        .Select(pair => (pair.Key.Split(' '), ExtractionRules.Relations.Single(rule => rule.Name == pair.Value)))
        .OrderByDescending(act => act.Item1.Length)
        .ToArray();

    /// <summary>
    /// A list of at least two names that opens its clause, then only auxiliaries and adverbs, then a verb phrase of a mutual
    /// act (<see cref="ExtractionRules.MutualActPhrases"/>) not followed by an object of its own ("partnered with Oracle"
    /// names the partner, and the trigger rules read it); every pair of the list takes the act's relation. A future or an
    /// ability ("will partner", "can compete") and the negations and hedges of every rule state nothing.
    /// </summary>
    private static void FindCoordinatedSubjects(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var last = 1; last < mentions.Count; last++)
        {
            if (lastToken[last] < 0 || firstToken[last] < 2 || !tokens[firstToken[last] - 1].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var verb = lastToken[last] + 1;
            while (verb < tokens.Count && owner[verb] < 0 && tokens[verb].IsWord && IsAuxiliaryOrAdverb(tokens[verb].Text)
                && !ExtractionRules.UnstatedActAuxiliaries.Contains(tokens[verb].Text) && !StartsMutualAct(tokens, owner, verb, out _))
            {
                verb++;
            }

            if (verb >= tokens.Count || !StartsMutualAct(tokens, owner, verb, out var act))
            {
                continue;
            }

            var end = verb + act.Words.Length;
            while (end < tokens.Count && tokens[end].IsWord && tokens[end].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                end++;
            }

            if (end < tokens.Count && ExtractionRules.MutualActObjectPrepositions.Contains(tokens[end].Text)
                && !(end + 1 < tokens.Count && tokens[end + 1].Text.ToLowerInvariant() is "each" or "one"))
            {
                continue;
            }

            var members = ListMembers(tokens, owner, mentions, firstToken, lastToken, last, -1);
            var first = members.MinBy(m => firstToken[m]);
            if (members.Count < 2 || !OpensClause(tokens, owner, firstToken[first], lastToken[last], verb, verb + act.Words.Length - 1, subjectIsModel: false)
                || IsNegatedAround(tokens, firstToken[first], verb + act.Words.Length - 1, act.Rule.Predicate))
            {
                continue;
            }

            var partners = members.Where(m => Allows(act.Rule.SubjectTypes, mentions[m].Type) && !IsCutShort(tokens, owner, lastToken[m])).ToList();
            var trigger = new TextSpan(tokens[verb].Start, tokens[verb + act.Words.Length - 1].End);
            for (var a = 0; a < partners.Count; a++)
            {
                for (var b = a + 1; b < partners.Count; b++)
                {
                    if (mentions[partners[a]].EntityId != mentions[partners[b]].EntityId)
                    {
                        Add(relations, act.Rule, mentions[partners[a]].EntityId, mentions[partners[b]].EntityId, trigger);
                    }
                }
            }
        }
    }

    private static bool StartsMutualAct(IReadOnlyList<ClaimToken> tokens, int[] owner, int t, out (string[] Words, RelationRule Rule) act)
    {
        foreach (var candidate in MutualActs)
        {
            if (t + candidate.Words.Length <= tokens.Count && SameWords(tokens, t, candidate.Words) && Unowned(owner, t, t + candidate.Words.Length))
            {
                act = candidate;
                return true;
            }
        }

        act = default;
        return false;
    }
}
