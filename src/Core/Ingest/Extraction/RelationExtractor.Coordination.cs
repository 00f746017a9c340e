using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A mutual act of a list of subjects: "Microsoft and OpenAI partnered in 2019", "Claude and Gemini compete for
/// developers". The verb has no object of its own, so the list's members are each other's partners or rivals. And a rival
/// named by the name it rivals: "Chai Research, a Character.AI competitor".
/// </summary>
public static partial class RelationExtractor
{
    private static readonly (string[] Words, RelationRule Rule)[] MutualActs = ExtractionRules.MutualActPhrases
        .Select(pair => (pair.Key.Split(' '), RuleNamed(pair.Value)))
        .OrderByDescending(act => act.Item1.Length)
        .ToArray();
    private static readonly RelationRule CompetesRivalNounRule = RuleNamed(ExtractionRules.CompetesRivalNoun);

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
            if (members.Count < 2 || !OpensClause(tokens, owner, firstToken[first], lastToken[last], verb, verb + act.Words.Length - 1, subjectIsModel: false, classExamples: false)
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

    /// <summary>
    /// "Chai Research, a Character.AI competitor, thrives", "Polars is a Pandas alternative": a name, a comma or "is"/"was",
    /// "a"/"an" and at most one lower-case modifier (not a doubtful or past one: "a potential Google rival"), then the name it rivals right before a rival noun
    /// (<see cref="ExtractionRules.RivalNouns"/>) that ends the noun phrase (no "of"/"for" after it: "a Python alternative for
    /// scripting" names a use).
    /// </summary>
    private static void FindRivalNouns(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var rivalled = 1; rivalled < mentions.Count; rivalled++)
        {
            var noun = lastToken[rivalled] + 1;
            if (lastToken[rivalled] < 0 || noun >= tokens.Count || owner[noun] >= 0 || !ExtractionRules.RivalNouns.Contains(tokens[noun].Text)
                || tokens[lastToken[rivalled]].Possessive || mentions[rivalled].Type == EntityType.Concept
                || (noun + 1 < tokens.Count && tokens[noun + 1].Text.ToLowerInvariant() is "of" or "for" or "to" or "in"))
            {
                continue;
            }

            var article = firstToken[rivalled] - 1;
            // "a potential Google rival", "a former OpenAI competitor": a doubtful or past rivalry is none.
            if (article >= 1 && owner[article] < 0 && tokens[article].IsWord && !tokens[article].IsCapitalized && !IsArticle(tokens[article])
                && !ExtractionRules.TriggerModifierStops.Contains(tokens[article].Text))
            {
                article--;
            }

            var link = article - 1;
            if (link < 1 || owner[article] >= 0 || !IsArticle(tokens[article]) || owner[link] >= 0
                || !(tokens[link].Text == "," || tokens[link].Text.ToLowerInvariant() is "is" or "was") || owner[link - 1] < 0)
            {
                continue;
            }

            var rival = owner[link - 1];
            if (lastToken[rival] != link - 1 || tokens[lastToken[rival]].Possessive || mentions[rival].EntityId == mentions[rivalled].EntityId
                || !Allows(CompetesRivalNounRule.SubjectTypes, mentions[rival].Type) || !Allows(CompetesRivalNounRule.ObjectTypes, mentions[rivalled].Type)
                || IsCutShort(tokens, owner, lastToken[rivalled]) || IsNegatedAround(tokens, firstToken[rival], noun, CompetesRivalNounRule.Predicate))
            {
                continue;
            }

            Add(relations, CompetesRivalNounRule, mentions[rival].EntityId, mentions[rivalled].EntityId, new TextSpan(tokens[noun].Start, tokens[noun].End));
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
