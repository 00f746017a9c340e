using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A clause in parentheses right after a name acts on that name: "Windsurf (which uses Claude 3.5 Sonnet)", "Pieces Copilot
/// (powered by GPT-4o)", "Windsurf (using Claude 3.5 Sonnet)", "R1 (based on Qwen)".
/// </summary>
public static partial class RelationExtractor
{
    /// <summary>
    /// "X (which uses Y)", "X (powered by Y)", "X (using Y)": the trigger rules read the parenthesis with the name before
    /// it as their left mention, in their own direction and types. Inside a parenthesis an "-ing" form describes the name
    /// it follows, as a past participle does after a comma. The parenthesis must close after the trigger, and the name may
    /// not be the object of "of" ("a 14B version of R1 (based on Qwen)" describes the version).
    /// </summary>
    private static void FindParentheticalClauses(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (tokens[t].Text != "(" || owner[t - 1] < 0)
            {
                continue;
            }

            var head = owner[t - 1];
            if (lastToken[head] != t - 1 || mentions[head].Type == EntityType.Concept || tokens[t - 1].Possessive
                || (firstToken[head] > 0 && tokens[firstToken[head] - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var k = t + 1;
            if (tokens[k].Text.Equals("which", StringComparison.OrdinalIgnoreCase) || tokens[k].Text.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                k++;
                while (k < tokens.Count && k - t <= 4 && owner[k] < 0 && tokens[k].IsWord && IsAuxiliaryOrAdverb(tokens[k].Text)
                    && !TriggerStartsAt(tokens, owner, k))
                {
                    k++;
                }
            }

            var close = k + 1;
            while (close < tokens.Count && close - k <= 12 && tokens[close].Text is not (")" or "("))
            {
                close++;
            }

            if (k >= tokens.Count || close >= tokens.Count || tokens[close].Text != ")" || owner[k] >= 0 || !tokens[k].IsWord
                || !TriggersByFirstWord.TryGetValue(tokens[k].Text, out var candidates))
            {
                continue;
            }

            var length = LongestTriggerAt(tokens, owner, k, candidates);
            if (length == 0 || k + length >= close)
            {
                continue;
            }

            var triggerEnd = k + length - 1;
            var span = new TextSpan(tokens[k].Start, tokens[triggerEnd].End);
            foreach (var (words, rule) in candidates)
            {
                if (words.Length == length && SameWords(tokens, k, words) && !rule.LeftPossessive && !rule.LeftInSentence && rule.MaxLeftGap > 0)
                {
                    TryApply(tokens, mentions, owner, firstToken, lastToken, k, triggerEnd, rule, span, relations, clauseHead: head);
                }
            }
        }
    }
}
