using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>The comparison wordings added for explicit recall that read a shape rather than one trigger.</summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule OutperformsParticipleRule = RuleNamed(ExtractionRules.OutperformsParticiple);
    private static readonly RelationRule CompetesParticipleRule = RuleNamed(ExtractionRules.CompetesParticiple);

    /// <summary>
    /// "DeepSeek R1 demonstrates impressive performance, often outperforming established models like o1 and Claude",
    /// "LevelPath, competing with Coupa using an AI-native approach": a participle of ranking or rivalry after a comma
    /// describes the subject that opens the claim (its first words, or the first after a colon), when that name is followed
    /// by a verb or a comma rather than by the noun it modifies ("the CopilotKit team"). The object is the first name after
    /// the participle, or the examples of a class noun ("established models like"). Nothing in the claim between the two
    /// may be a clause breaker, and negations and hedges cancel, as everywhere.
    /// </summary>
    private static void FindOpeningSubjectParticiples(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        var subject = OpeningSubject(tokens, owner, mentions, firstToken, lastToken);
        if (subject < 0)
        {
            return;
        }

        for (var comma = lastToken[subject] + 1; comma + 1 < tokens.Count; comma++)
        {
            var text = tokens[comma].Text;
            if (EndsClause(tokens[comma]) || (tokens[comma].IsWord && ExtractionRules.ClauseBreakers.Contains(text)))
            {
                return;
            }

            if (text != ",")
            {
                continue;
            }

            var t = comma + 1;
            while (t < tokens.Count && owner[t] < 0 && tokens[t].IsWord
                && (ExtractionRules.ParticipleLeadAdverbs.Contains(tokens[t].Text) || (tokens[t].Text.Length > 4 && tokens[t].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
            {
                t++;
            }

            if (t >= tokens.Count || owner[t] >= 0 || !tokens[t].IsWord)
            {
                continue;
            }

            RelationRule? rule = null;
            var triggerEnd = t;
            if (ExtractionRules.RankingParticiples.Contains(tokens[t].Text))
            {
                rule = OutperformsParticipleRule;
            }
            else
            {
                for (var length = 3; length >= 1 && rule is null; length--)
                {
                    if (t + length <= tokens.Count && ExtractionRules.RivalryParticiples.Contains(string.Join(' ', Enumerable.Range(t, length).Select(k => tokens[k].Text))))
                    {
                        rule = CompetesParticipleRule;
                        triggerEnd = t + length - 1;
                    }
                }
            }

            if (rule is null)
            {
                continue;
            }

            var @object = NearestMention(tokens, owner, triggerEnd + 1, +1, rule.MaxRightGap, adjacentOnly: false, allowComma: true);
            // "outperforming OpenAI's o1", "outperforming OpenAI o1": an owner right before its product names the product.
            if (@object >= 0 && @object + 1 < mentions.Count && firstToken[@object + 1] == lastToken[@object] + 1
                && (tokens[lastToken[@object]].Possessive
                    || (mentions[@object].Type == EntityType.Organization && mentions[@object + 1].Type is EntityType.Model or EntityType.Product)))
            {
                @object++;
            }

            if (@object < 0 || mentions[@object].EntityId == mentions[subject].EntityId
                || !Allows(rule.SubjectTypes, mentions[subject].Type) || !Allows(rule.ObjectTypes, mentions[@object].Type)
                || IsCutShort(tokens, owner, lastToken[@object]) || OwnsCommonNoun(tokens, owner, lastToken[@object], tokens.Count)
                || IsNegatedAround(tokens, firstToken[subject], lastToken[@object], rule.Predicate))
            {
                return;
            }

            var span = new TextSpan(tokens[t].Start, tokens[triggerEnd].End);
            foreach (var o in ListMembers(tokens, owner, mentions, firstToken, lastToken, @object, +1))
            {
                if (mentions[o].EntityId != mentions[subject].EntityId && Allows(rule.ObjectTypes, mentions[o].Type) && !IsCutShort(tokens, owner, lastToken[o]))
                {
                    Add(relations, rule, mentions[subject].EntityId, mentions[o].EntityId, span);
                }
            }

            return;
        }
    }

    /// <summary>
    /// The name that opens the claim (or the part after its last heading colon before any name), followed by a comma or a
    /// verb-like word ("is", "has", "demonstrates", "launched"), not by a noun it modifies or a possessive; -1 for none.
    /// </summary>
    private static int OpeningSubject(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken)
    {
        var start = 0;
        for (var t = 0; t < tokens.Count && owner[t] < 0; t++)
        {
            if (tokens[t].Text == ":")
            {
                start = t + 1;
            }
        }

        while (start < tokens.Count && owner[start] < 0 && (!tokens[start].IsWord || tokens[start].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) && tokens[start].Text != ",")
        {
            start++;
        }

        if (start >= tokens.Count || owner[start] < 0 || firstToken[owner[start]] != start)
        {
            return -1;
        }

        var subject = owner[start];
        var next = lastToken[subject] + 1;
        if (tokens[lastToken[subject]].Possessive || next >= tokens.Count || IsCutShort(tokens, owner, lastToken[subject]))
        {
            return -1;
        }

        var word = tokens[next].Text;
        var verbLike = word == ","
            || (tokens[next].IsWord && owner[next] < 0 && char.IsLower(word[0])
                && (ExtractionRules.SubjectVerbWords.Contains(word) || word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
                    || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal))));
        return verbLike ? subject : -1;
    }

    /// <summary>
    /// "partnership with institutions like the University of Texas", "a strong competitor to existing LLMs, including Claude":
    /// after a trigger of rivalry or partnership, the examples of a short class noun phrase (up to three words, then "like",
    /// "such as" or "including", a comma allowed before it) are what the trigger names; -1 for none.
    /// </summary>
    private static int ExamplesAfterTrigger(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, RelationRule rule, int from)
    {
        if (rule.Triggers.Count == 0 || rule.Predicate is not (RelationVocabulary.CompetesWith or RelationVocabulary.PartneredWith))
        {
            return -1;
        }

        var words = 0;
        // "existing LLMs, including": a concept's name may be the class noun.
        for (var t = from; t < tokens.Count && (owner[t] < 0 || mentions[owner[t]].Type == EntityType.Concept); t++)
        {
            var text = tokens[t].Text.ToLowerInvariant();
            if (owner[t] >= 0)
            {
                if (t == from || owner[t - 1] != owner[t])
                {
                    words++;
                }

                if (words > 3)
                {
                    return -1;
                }

                continue;
            }

            if (AfterExampleMarker(tokens, t) is var first and >= 0)
            {
                if (words == 0)
                {
                    return -1;
                }

                while (first < tokens.Count && owner[first] < 0 && tokens[first].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    first++;
                }

                return first < tokens.Count ? owner[first] : -1;
            }

            if (text == "," && t + 1 < tokens.Count && tokens[t + 1].Text.ToLowerInvariant() is "like" or "including" or "such")
            {
                continue;
            }

            if (!tokens[t].IsWord || !char.IsLower(tokens[t].Text[0]) || ExtractionRules.ClauseBreakers.Contains(text)
                || ExtractionRules.ListJoiners.Contains(text) || ++words > 3)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "competitors like Cursor, Windsurf, and various open-source tools such as Cline and Roo Code": a list of rivals may go
    /// on with a narrower class and its examples after its conjunction; the members of that second list are rivals too.
    /// </summary>
    private static List<int> RivalsContinued(
        IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int last)
    {
        var t = lastToken[last] + 1;
        // "Vercel v0, Manos, and": the rest of a member cut short by a version, and members no mention names (capitalised).
        for (var k = 0; k < 8 && t < tokens.Count && owner[t] < 0; k++)
        {
            if (tokens[t].IsWord && (tokens[t].Text.Any(char.IsDigit) || char.IsUpper(tokens[t].Text[0])))
            {
                t++;
            }
            else if (tokens[t].Text == "," && t + 1 < tokens.Count && owner[t + 1] < 0 && tokens[t + 1].IsWord && char.IsUpper(tokens[t + 1].Text[0]))
            {
                t++;
            }
            else
            {
                break;
            }
        }

        if (t < tokens.Count && tokens[t].Text == ",")
        {
            t++;
        }

        if (t >= tokens.Count || tokens[t].Text.ToLowerInvariant() is not ("and" or "or"))
        {
            return [];
        }

        var words = 0;
        for (t++; t < tokens.Count && owner[t] < 0; t++)
        {
            var text = tokens[t].Text.ToLowerInvariant();
            if (AfterExampleMarker(tokens, t) is var first and >= 0)
            {
                return words > 0 && first < tokens.Count && owner[first] >= 0
                    ? ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[first], +1)
                    : [];
            }

            if (!tokens[t].IsWord || !char.IsLower(tokens[t].Text[0]) || ExtractionRules.ClauseBreakers.Contains(text) || ++words > 3)
            {
                return [];
            }
        }

        return [];
    }

    /// <summary>
    /// "LLMs like Claude and GPT, which cannot be downloaded and run locally, generally outperform local models such as
    /// Llama": a ranking verb whose subject stands before a relative clause set off by commas. The subject (and the list it
    /// ends) is the name right before ", which"/", who"; negations and hedges are read outside the relative clause, which
    /// describes the subject and does not deny the ranking. Returns whether it added anything.
    /// </summary>
    private static bool ApplyOverRelativeClause(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        int leftStart, int right, RelationRule rule, TextSpan span, List<ExtractedRelation> relations)
    {
        var t = leftStart;
        while (t >= 0 && owner[t] < 0 && tokens[t].IsWord
            && (ExtractionRules.SubjectVerbWords.Contains(tokens[t].Text) || (tokens[t].Text.Length > 4 && tokens[t].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
        {
            t--;
        }

        if (t < 3 || tokens[t].Text != ",")
        {
            return false;
        }

        var close = t;
        var open = -1;
        for (var k = close - 1; k > 0 && close - k <= 20; k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "(" or ")" or "?" or "!")
            {
                return false;
            }

            if (tokens[k].Text == ",")
            {
                if (tokens[k + 1].Text.ToLowerInvariant() is "which" or "who")
                {
                    open = k;
                }

                break;
            }
        }

        if (open < 1 || owner[open - 1] < 0)
        {
            return false;
        }

        var subject = owner[open - 1];
        if (mentions[subject].EntityId == mentions[right].EntityId || tokens[lastToken[subject]].Possessive
            || !Allows(rule.SubjectTypes, mentions[subject].Type) || !Allows(rule.ObjectTypes, mentions[right].Type)
            || IsCutShort(tokens, owner, lastToken[subject]) || IsCutShort(tokens, owner, lastToken[right])
            || IsNegatedAround(tokens, firstToken[subject], open, rule.Predicate) || IsNegatedAround(tokens, close, lastToken[right], rule.Predicate))
        {
            return false;
        }

        var added = false;
        foreach (var s in ListMembers(tokens, owner, mentions, firstToken, lastToken, subject, -1))
        {
            foreach (var o in ListMembers(tokens, owner, mentions, firstToken, lastToken, right, +1))
            {
                if (mentions[s].EntityId != mentions[o].EntityId && Allows(rule.SubjectTypes, mentions[s].Type) && Allows(rule.ObjectTypes, mentions[o].Type)
                    && !IsCutShort(tokens, owner, lastToken[s]) && !IsCutShort(tokens, owner, lastToken[o]))
                {
                    Add(relations, rule, mentions[s].EntityId, mentions[o].EntityId, span);
                    added = true;
                }
            }
        }

        return added;
    }

    /// <summary>
    /// "a strategic partnership between Automator (the platform behind AutoDev) and StackBlitz": the members after a remark
    /// in parentheses that names someone itself, which a plain list stops at; empty for none.
    /// </summary>
    private static List<int> MembersAfterRemark(
        IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int first)
    {
        var t = lastToken[first] + 1;
        if (t >= tokens.Count || tokens[t].Text != "(")
        {
            return [];
        }

        var close = -1;
        for (var k = t + 1; k < tokens.Count && k - t <= 12; k++)
        {
            if (tokens[k].Text is "(" or "." or ";")
            {
                return [];
            }

            if (tokens[k].Text == ")")
            {
                close = k;
                break;
            }
        }

        if (close < 0 || close + 2 >= tokens.Count || tokens[close + 1].Text.ToLowerInvariant() is not ("and" or ",") || owner[close + 2] < 0)
        {
            return [];
        }

        return ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[close + 2], +1);
    }
}
