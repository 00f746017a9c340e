using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>A verb of use that shares the claim's opening subject across a comma or an "and".</summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule UsesSharedSubjectRule = RuleNamed(ExtractionRules.UsesSharedSubject);

    /// <summary>
    /// "GitHub prioritizes developer choice, supporting multiple models like Claude", "RunBear makes it easy to build
    /// assistants for Slack, and also supports integration with other platforms like Discord", "Aobos is an expert in
    /// building custom GPTs and using ChatGPT": a participle of use after a comma or "and", or a finite verb of use after
    /// "and", continues the clause of the name that opens the claim (<see cref="OpeningSubject"/>), which is its subject,
    /// however far the trigger stands from it. Nothing between them may end the clause, and a name between them only after a
    /// preposition; the object is the first name after
    /// the trigger (or the examples of a class noun), and negations and hedges cancel, as everywhere. Not a person as the
    /// subject of "supports" ("Trump supports Bitcoin" backs it).
    /// </summary>
    private static void FindSharedSubjectUses(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        var subject = OpeningSubject(tokens, owner, mentions, firstToken, lastToken);
        if (subject < 0)
        {
            return;
        }

        var rule = UsesSharedSubjectRule;
        for (var t = lastToken[subject] + 1; t + 1 < tokens.Count; t++)
        {
            var text = tokens[t].Text;
            if (EndsClause(tokens[t]) || (tokens[t].IsWord && ExtractionRules.ClauseBreakers.Contains(text)))
            {
                return;
            }

            // "OpenAI released GPT-5, using Nvidia chips": a name acted on in between may be the user; one after a preposition
            // ("assistants for Slack, and also supports") is not.
            if (owner[t] >= 0 && firstToken[owner[t]] == t && (t == 0 || !ExtractionRules.SharedSubjectPrepositions.Contains(tokens[t - 1].Text)))
            {
                return;
            }

            var afterAnd = text.Equals("and", StringComparison.OrdinalIgnoreCase);
            if (!afterAnd && text != ",")
            {
                continue;
            }

            var k = t + 1;
            if (!afterAnd && tokens[k].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                afterAnd = true;
                k++;
            }

            while (k < tokens.Count && owner[k] < 0 && tokens[k].IsWord
                && (ExtractionRules.ParticipleLeadAdverbs.Contains(tokens[k].Text) || (tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))))
            {
                k++;
            }

            var triggerEnd = -1;
            for (var length = 4; length >= 1 && triggerEnd < 0; length--)
            {
                if (k + length > tokens.Count || Enumerable.Range(k, length).Any(i => owner[i] >= 0 || !tokens[i].IsWord))
                {
                    continue;
                }

                var words = string.Join(' ', Enumerable.Range(k, length).Select(i => tokens[i].Text));
                if (ExtractionRules.UseParticiples.Contains(words) || (afterAnd && ExtractionRules.UseFiniteVerbs.Contains(words)))
                {
                    triggerEnd = k + length - 1;
                }
            }

            if (triggerEnd < 0)
            {
                continue;
            }

            var @object = NearestMention(tokens, owner, triggerEnd + 1, +1, rule.MaxRightGap, adjacentOnly: false, allowComma: true);
            // "using OpenAI's GPT-4o": an owner right before its product names the product.
            if (@object >= 0 && @object + 1 < mentions.Count && firstToken[@object + 1] == lastToken[@object] + 1 && tokens[lastToken[@object]].Possessive)
            {
                @object++;
            }

            t = triggerEnd;
            // "Snowflake supports customers, leveraging its efficient Arctic approach": what "its" owns is the subject's own.
            if (@object < 0 || mentions[@object].EntityId == mentions[subject].EntityId
                || Enumerable.Range(triggerEnd + 1, firstToken[@object] - triggerEnd - 1).Any(i => tokens[i].Text is "its" or "their" or "Its" or "Their")
                || !Allows(rule.SubjectTypes, mentions[subject].Type) || !Allows(rule.ObjectTypes, mentions[@object].Type)
                || (mentions[subject].Type == EntityType.Person && tokens[k].Text.StartsWith("support", StringComparison.OrdinalIgnoreCase))
                || IsCutShort(tokens, owner, lastToken[@object]) || OwnsCommonNoun(tokens, owner, lastToken[@object], tokens.Count)
                || ModifiesNoun(tokens, owner, mentions[@object], lastToken[@object])
                || IsNegatedAround(tokens, firstToken[subject], lastToken[@object], rule.Predicate))
            {
                continue;
            }

            var span = new TextSpan(tokens[k].Start, tokens[triggerEnd].End);
            // "Discord or Microsoft Teams": a member whose name runs on into a capitalised word is part of a longer name.
            foreach (var o in ListMembers(tokens, owner, mentions, firstToken, lastToken, @object, +1))
            {
                var next = lastToken[o] + 1;
                if (mentions[o].EntityId != mentions[subject].EntityId && Allows(rule.ObjectTypes, mentions[o].Type) && !IsCutShort(tokens, owner, lastToken[o])
                    && !(next < tokens.Count && owner[next] < 0 && tokens[next].IsWord && IsTitleCased(tokens[next])))
                {
                    Add(relations, rule, mentions[subject].EntityId, mentions[o].EntityId, span);
                }
            }
        }
    }
}
