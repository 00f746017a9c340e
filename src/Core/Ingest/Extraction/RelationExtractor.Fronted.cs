using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A phrase that describes the name after its comma: a passive participle phrase that opens the sentence ("Developed by
/// Microsoft, Clipchamp is a video editor", "Led by CEO Max Unistron, Lorra works with law firms", "Backed by OpenAI, Speak
/// raised $20 million"), where the name takes the place of the mention a trigger rule reads before its trigger, and a title
/// with its organisation before a person's name ("The CEO of GitHub, Thomas Dohmke, shared").
/// </summary>
public static partial class RelationExtractor
{
    /// <summary>
    /// A trigger of two words or more that opens the sentence with a past participle ("developed by", "built on", "led by CEO
    /// and co-founder"), or a gerund trigger after "By" ("By integrating", "By acquiring"), its agent (and the agent's list) within the rule's gap, then at most
    /// <see cref="MaxWordsBeforeFrontedComma"/> words and numbers without a name or a clause breaker ("in October 2021"), a
    /// comma, and a name that is no concept and no owner ("Founded by Dan Shipper, Every's trajectory" is about the
    /// trajectory), followed by a lower-case word, its verb. Each predicate the trigger names applies once, in the rule's own
    /// direction and types.
    /// </summary>
    private static void FindFrontedParticiples(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        var start = tokens.Count > 0 && IsQuote(tokens[0]) ? 1 : 0;
        // "By integrating with image generation tools like DALL-E, ChatGPT can": a means clause of a gerund trigger opens
        // the sentence, and its subject is the name after the comma as a participle's is.
        var gerund = start + 1 < tokens.Count && tokens[start].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && owner[start] < 0
            && tokens[start + 1].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (gerund)
        {
            start++;
        }

        if (start + 3 >= tokens.Count || owner[start] >= 0 || !tokens[start].IsWord
            || !TriggersByFirstWord.TryGetValue(tokens[start].Text, out var candidates))
        {
            return;
        }

        var length = LongestTriggerAt(tokens, owner, start, candidates);
        var triggerEnd = start + length - 1;
        if (gerund ? length < 1 : length < 2 || !IsPastParticiple(tokens[start].Text))
        {
            return;
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, rule) in candidates)
        {
            if (words.Length != length || !SameWords(tokens, start, words) || applied.Contains(rule.Predicate))
            {
                continue;
            }

            var agent = NearestMention(tokens, owner, triggerEnd + 1, +1, rule.MaxRightGap, adjacentOnly: rule.MaxRightGap == 0, allowComma: false);
            if (agent < 0)
            {
                continue;
            }

            // "Developed by Google, Gemma is": a comma alone before the last member ends the phrase; "by A, B and C," is a list.
            var agents = ListMembers(tokens, owner, mentions, firstToken, lastToken, agent, +1);
            if (agents.Count > 1 && tokens[firstToken[agents[^1]] - 1].Text == ",")
            {
                agents.RemoveAt(agents.Count - 1);
            }

            var comma = lastToken[agents[^1]] + 1;
            while (comma < tokens.Count && comma - lastToken[agents[^1]] <= MaxWordsBeforeFrontedComma && owner[comma] < 0
                && (tokens[comma].IsWord || tokens[comma].IsNumber) && !ExtractionRules.ClauseBreakers.Contains(tokens[comma].Text))
            {
                comma++;
            }

            if (comma + 2 >= tokens.Count || tokens[comma].Text != "," || owner[comma + 1] < 0)
            {
                continue;
            }

            var described = owner[comma + 1];
            var afterDescribed = lastToken[described] + 1;
            if (firstToken[described] != comma + 1 || mentions[described].Type == EntityType.Concept || tokens[lastToken[described]].Possessive
                || afterDescribed >= tokens.Count || owner[afterDescribed] >= 0 || !tokens[afterDescribed].IsWord || !char.IsLower(tokens[afterDescribed].Text[0])
                || IsCutShort(tokens, owner, lastToken[described]) || IsNegatedAround(tokens, start, lastToken[agents[^1]], rule.Predicate)
                || (gerund && IsModalOrNegatedVerb(tokens, afterDescribed)))
            {
                continue;
            }

            var span = new TextSpan(tokens[start].Start, tokens[triggerEnd].End);
            foreach (var a in agents)
            {
                var (subject, @object) = rule.Direction == RuleDirection.LeftIsSubject ? (described, a) : (a, described);
                if (mentions[subject].EntityId != mentions[@object].EntityId && Allows(rule.SubjectTypes, mentions[subject].Type)
                    && Allows(rule.ObjectTypes, mentions[@object].Type) && !IsCutShort(tokens, owner, lastToken[a]))
                {
                    Add(relations, rule, mentions[subject].EntityId, mentions[@object].EntityId, span);
                    applied.Add(rule.Predicate);
                }
            }
        }
    }

    /// <summary>
    /// "The CEO of GitHub, Thomas Dohmke, shared", "according to the co-founder of Anthropic, Jared Kaplan,": a title trigger
    /// after "the" and its organisation, then a comma and a person's name that ends there (a comma, or a lower-case word,
    /// its verb): the name in apposition holds the title, in the title rule's predicate and types.
    /// </summary>
    private static void FindTitlesBeforeName(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 4 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !tokens[t - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || owner[t - 1] >= 0
                || !TriggersByFirstWord.TryGetValue(tokens[t].Text, out var candidates))
            {
                continue;
            }

            var length = LongestTriggerAt(tokens, owner, t, candidates);
            var triggerEnd = t + length - 1;
            if (length < 2 || !tokens[triggerEnd].Text.Equals("of", StringComparison.OrdinalIgnoreCase) || owner[triggerEnd + 1] < 0)
            {
                continue;
            }

            var organization = owner[triggerEnd + 1];
            var comma = lastToken[organization] + 1;
            if (comma + 1 >= tokens.Count || tokens[comma].Text != "," || owner[comma + 1] < 0 || tokens[lastToken[organization]].Possessive)
            {
                continue;
            }

            var person = owner[comma + 1];
            var afterPerson = lastToken[person] + 1;
            if (firstToken[person] != comma + 1 || mentions[person].Type != EntityType.Person || tokens[lastToken[person]].Possessive
                || (afterPerson < tokens.Count && !(tokens[afterPerson].Text == "," || (owner[afterPerson] < 0 && tokens[afterPerson].IsWord && char.IsLower(tokens[afterPerson].Text[0]))))
                || IsCutShort(tokens, owner, lastToken[organization]))
            {
                continue;
            }

            var span = new TextSpan(tokens[t].Start, tokens[triggerEnd].End);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (words, rule) in candidates)
            {
                if (words.Length == length && SameWords(tokens, t, words) && rule.Direction == RuleDirection.LeftIsSubject && !applied.Contains(rule.Predicate)
                    && Allows(rule.SubjectTypes, EntityType.Person) && Allows(rule.ObjectTypes, mentions[organization].Type)
                    && mentions[person].EntityId != mentions[organization].EntityId && !IsNegatedAround(tokens, t - 1, lastToken[person], rule.Predicate))
                {
                    Add(relations, rule, mentions[person].EntityId, mentions[organization].EntityId, span);
                    applied.Add(rule.Predicate);
                }
            }

            t = triggerEnd;
        }
    }

    /// <summary>
    /// "By integrating with LangChain, Cursor could answer", "…, Cursor does not answer": a means clause holds only with its
    /// main clause, which a modal of possibility or a negation in its first two words leaves unstated.
    /// </summary>
    private static bool IsModalOrNegatedVerb(IReadOnlyList<ClaimToken> tokens, int verb)
    {
        for (var t = verb; t < tokens.Count && t <= verb + 1; t++)
        {
            var word = tokens[t].Text;
            if (word.ToLowerInvariant() is "could" or "would" or "might" or "may" or "should" || IsNegationWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words allowed between a fronted participle's agent and its comma: "Developed by Microsoft in October 2021,".</summary>
    private const int MaxWordsBeforeFrontedComma = 4;
}
