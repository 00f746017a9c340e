using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>A tool chosen for a role inside a product named at the claim's opening "In" or after the role's "in".</summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule UsesSelectedAsRule = RuleNamed(ExtractionRules.UsesSelectedAs);

    /// <summary>
    /// "In the BoltDIY interface, select "OpenRouter" as the provider", "In n8n, choose Supabase as the vector store": the
    /// product the claim opens in uses what is selected there for a role (<see cref="ExtractionRules.SelectionVerbs"/>,
    /// <see cref="ExtractionRules.RoleNouns"/>). The product follows the opening "In" (and an article or possessive, with one
    /// lower-case modifier after it: "In your local BoltDIY interface"), the selected name follows the verb (quotes aside),
    /// and "as", a determiner and the role within two words end the phrase. A claim that opens otherwise may name the product
    /// after the role (<see cref="FindSelectedAsIn"/>).
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
            FindSelectedAsIn(tokens, mentions, owner, firstToken, lastToken, relations);
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

            var (selected, asWord, _) = SelectedForRole(tokens, owner, firstToken, lastToken, t);
            if (selected >= 0)
            {
                AddSelectedAs(tokens, mentions, owner, firstToken, lastToken, product, selected, t, asWord, relations);
            }
        }
    }

    /// <summary>
    /// "you can select "OpenRouter" as the provider in BoltDIY": the product named after the role's "in" or "within" (a
    /// determiner allowed before it) uses what is selected there.
    /// </summary>
    private static void FindSelectedAsIn(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 0; t + 4 < tokens.Count; t++)
        {
            var (selected, asWord, roleEnd) = SelectedForRole(tokens, owner, firstToken, lastToken, t);
            if (selected < 0 || roleEnd + 2 >= tokens.Count || tokens[roleEnd + 1].Text.ToLowerInvariant() is not ("in" or "within"))
            {
                continue;
            }

            var at = roleEnd + 2;
            if (tokens[at].Text.ToLowerInvariant() is "the" or "your" or "their" or "our" && at + 1 < tokens.Count)
            {
                at++;
            }

            var product = owner[at];
            if (product >= 0 && firstToken[product] == at && Allows(UsesSelectedAsRule.SubjectTypes, mentions[product].Type))
            {
                AddSelectedAs(tokens, mentions, owner, firstToken, lastToken, product, selected, t, asWord, relations);
            }
        }
    }

    /// <summary>
    /// The name a selection verb at <paramref name="verb"/> selects (quotes aside), the "as" after it and the last word of
    /// the role ("as the provider"): a determiner and a role noun within two words; (-1, -1, -1) for none.
    /// </summary>
    private static (int Selected, int As, int RoleEnd) SelectedForRole(
        IReadOnlyList<ClaimToken> tokens, int[] owner, int[] firstToken, int[] lastToken, int verb)
    {
        if (owner[verb] >= 0 || !ExtractionRules.SelectionVerbs.Contains(tokens[verb].Text))
        {
            return (-1, -1, -1);
        }

        var y = verb + 1;
        while (y < tokens.Count && IsQuote(tokens[y]))
        {
            y++;
        }

        if (y >= tokens.Count || owner[y] < 0 || firstToken[owner[y]] != y)
        {
            return (-1, -1, -1);
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
            return (-1, -1, -1);
        }

        for (var r = a + 2; r < tokens.Count && r <= a + 3 && tokens[r].IsWord && owner[r] < 0; r++)
        {
            if (ExtractionRules.RoleNouns.Contains(tokens[r].Text))
            {
                return (selected, a, r);
            }
        }

        return (-1, -1, -1);
    }

    private static void AddSelectedAs(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        int product, int selected, int verb, int asWord, List<ExtractedRelation> relations)
    {
        if (mentions[product].EntityId != mentions[selected].EntityId
            && Allows(UsesSelectedAsRule.ObjectTypes, mentions[selected].Type)
            && !IsCutShort(tokens, owner, lastToken[selected])
            && !IsNegatedAround(tokens, Math.Min(firstToken[product], verb), Math.Max(lastToken[selected], lastToken[product]), UsesSelectedAsRule.Predicate))
        {
            Add(relations, UsesSelectedAsRule, mentions[product].EntityId, mentions[selected].EntityId, new TextSpan(tokens[verb].Start, tokens[asWord].End));
        }
    }
}
