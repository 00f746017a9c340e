using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>A tool chosen for a role inside a product named at the claim's opening "In".</summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule UsesSelectedAsRule = RuleNamed(ExtractionRules.UsesSelectedAs);

    /// <summary>
    /// "In the BoltDIY interface, select "OpenRouter" as the provider", "In n8n, choose Supabase as the vector store": the
    /// product the claim opens in uses what is selected there for a role (<see cref="ExtractionRules.SelectionVerbs"/>,
    /// <see cref="ExtractionRules.RoleNouns"/>). The product follows the opening "In" (and an article or possessive, with one
    /// lower-case modifier after it: "In your local BoltDIY interface"), the selected name follows the verb (quotes aside),
    /// and "as", a determiner and the role within two words end the phrase.
    /// </summary>
    private static void FindSelectedAs(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        var open = 0;
        while (open < tokens.Count && !tokens[open].IsWord)
        {
            open++;
        }

        if (open + 1 >= tokens.Count || !tokens[open].Text.Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var at = open + 1;
        if (tokens[at].Text.ToLowerInvariant() is "the" or "your" or "their" or "our" or "a")
        {
            at++;
            // "In your local BoltDIY interface", "In the self-hosted n8n instance": one lower-case modifier after the determiner.
            if (at + 1 < tokens.Count && owner[at] < 0 && tokens[at].IsWord && !tokens[at].IsCapitalized && owner[at + 1] >= 0)
            {
                at++;
            }
        }

        if (at >= tokens.Count)
        {
            return;
        }

        var product = owner[at];
        if (product < 0 || !Allows(UsesSelectedAsRule.SubjectTypes, mentions[product].Type))
        {
            return;
        }

        for (var t = lastToken[product] + 1; t + 4 < tokens.Count; t++)
        {
            if (tokens[t].Text is "." or ";" or "?" or "!")
            {
                return;
            }

            if (owner[t] >= 0 || !ExtractionRules.SelectionVerbs.Contains(tokens[t].Text))
            {
                continue;
            }

            var y = t + 1;
            while (y < tokens.Count && IsQuote(tokens[y]))
            {
                y++;
            }

            if (y >= tokens.Count || owner[y] < 0 || firstToken[owner[y]] != y)
            {
                continue;
            }

            var selected = owner[y];
            var a = lastToken[selected] + 1;
            while (a < tokens.Count && IsQuote(tokens[a]))
            {
                a++;
            }

            if (a + 2 >= tokens.Count || !tokens[a].Text.Equals("as", StringComparison.OrdinalIgnoreCase)
                || tokens[a + 1].Text.ToLowerInvariant() is not ("the" or "a" or "an" or "your" or "its" or "their"))
            {
                continue;
            }

            var role = false;
            for (var r = a + 2; r < tokens.Count && r <= a + 3 && tokens[r].IsWord && owner[r] < 0; r++)
            {
                role |= ExtractionRules.RoleNouns.Contains(tokens[r].Text);
            }

            if (role && mentions[product].EntityId != mentions[selected].EntityId
                && Allows(UsesSelectedAsRule.ObjectTypes, mentions[selected].Type)
                && !IsCutShort(tokens, owner, lastToken[selected])
                && !IsNegatedAround(tokens, firstToken[product], lastToken[selected], UsesSelectedAsRule.Predicate))
            {
                Add(relations, UsesSelectedAsRule, mentions[product].EntityId, mentions[selected].EntityId, new TextSpan(tokens[t].Start, tokens[a].End));
            }
        }
    }
}
