using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>An entity named in a claim, catalog or discovered, with its character range in the claim's text.</summary>
public sealed record EntityMention(int Start, int End, string EntityId, EntityType Type, bool InCatalog = false);

/// <summary>A typed relation one rule found in one claim; <see cref="Trigger"/> is the span of its trigger words in the claim.</summary>
public sealed record ExtractedRelation(string SubjectId, string Predicate, string ObjectId, TextSpan Trigger, string Rule, double Confidence);

/// <summary>
/// Finds typed relations in a claim with the rules of <see cref="ExtractionRules.Relations"/>: a trigger phrase with a
/// mention on each side inside one clause (bounded gaps, no clause breaker), the types each side allows, and the direction
/// the rule reads. A negation or hedge near the trigger, a question, or a heading fragment ending in ":" cancels.
/// Members of a list on either side ("X, Y and Z") each take the relation; a list with no trigger gives none.
/// One pass over the claim's tokens, with the triggers indexed by their first word.
/// </summary>
public static partial class RelationExtractor
{
    private static readonly FrozenDictionary<string, (string[] Words, RelationRule Rule)[]> TriggersByFirstWord = IndexTriggers();
    private static readonly RelationRule PossessiveRule = RuleNamed(ExtractionRules.PossessiveProduct);
    private static readonly RelationRule CompoundRule = RuleNamed(ExtractionRules.OrganizationProductCompound);
    private static readonly RelationRule PersonOrganizationRule = RuleNamed(ExtractionRules.PossessiveOrganization);
    private static readonly RelationRule LeadsAppositionRule = RuleNamed(ExtractionRules.LeadsTitleApposition);
    private static readonly RelationRule FoundedAppositionRule = RuleNamed(ExtractionRules.FoundedTitleApposition);
    private static readonly RelationRule WorksAtAppositionRule = RuleNamed(ExtractionRules.WorksAtTitleApposition);
    private static readonly RelationRule CreatorOfRule = RuleNamed(ExtractionRules.DevelopsCreatorOf);
    private static readonly RelationRule ParentheticalRule = RuleNamed(ExtractionRules.ParentheticalProduct);
    private static readonly RelationRule CompetitionRule = RuleNamed(ExtractionRules.CompetitionBetween);
    private static readonly RelationRule PartnershipRule = RuleNamed(ExtractionRules.PartnershipBetween);
    private static readonly RelationRule MakerPrefixRule = RuleNamed(ExtractionRules.MakerNamePrefix);
    private static readonly RelationRule BasedRule = RuleNamed(ExtractionRules.BasedCompound);
    private static readonly RelationRule BackedRule = RuleNamed(ExtractionRules.BackedCompound);
    private static readonly RelationRule ItsProductRule = RuleNamed(ExtractionRules.ItsProduct);
    private static readonly RelationRule ComparedRule = RuleNamed(ExtractionRules.OutperformsCompared);
    private static readonly RelationRule ContrastRule = RuleNamed(ExtractionRules.OutperformsContrast);
    private static readonly RelationRule TitleChainWorksAtRule = RuleNamed(ExtractionRules.WorksAtTitleChain);
    private static readonly RelationRule TitleChainLeadsRule = RuleNamed(ExtractionRules.LeadsTitleChain);
    private static readonly RelationRule TitleChainFoundedRule = RuleNamed(ExtractionRules.FoundedTitleChain);
    private static readonly RelationRule MadeByNounRule = RuleNamed(ExtractionRules.DevelopsNounBy);
    private static readonly RelationRule InvestedNounByRule = RuleNamed(ExtractionRules.InvestedNounBy);
    // "developed", "released" …: the one-word participles of the passive maker triggers ("developed by").
    private static readonly FrozenSet<string> MakerParticiples = RuleNamed(ExtractionRules.DevelopsPassive).Triggers
        .Where(trigger => trigger.EndsWith(" by", StringComparison.Ordinal) && trigger.IndexOf(' ', StringComparison.Ordinal) == trigger.Length - 3)
        .Select(trigger => trigger[..^3])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly RelationRule ItsUsesRule = RuleNamed(ExtractionRules.ItsUses);
    private static readonly RelationRule UsedWithinRule = RuleNamed(ExtractionRules.UsesWithin);
    private static readonly RelationRule PossessiveDescriptionRule = RuleNamed(ExtractionRules.DevelopsPossessiveDescription);
    private static readonly RelationRule PossessiveStaffRule = RuleNamed(ExtractionRules.WorksAtPossessiveOrganization);
    private static readonly RelationRule ParentheticalStaffRule = RuleNamed(ExtractionRules.WorksAtParenthetical);
    private static readonly RelationRule PossessiveFeatureRule = RuleNamed(ExtractionRules.PartOfPossessiveFeature);

    /// <param name="organizationNamed">The organisation a name denotes in the note, if any: "Nebius" in "Nebius AI Studio".</param>
    /// <param name="labelEnd">Where the claim's opening bold label ends (<see cref="ClaimLabels.LabelEnd"/>), 0 for none.</param>
    public static List<ExtractedRelation> Extract(
        string text, IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, Func<string, string?>? organizationNamed = null,
        int labelEnd = 0)
    {
        var relations = new List<ExtractedRelation>();
        if (mentions.Count == 0 || IsUnstated(text))
        {
            // "To use NV Studio models like DeepSeek V3 within Bolt.DIY, follow these steps:": only the lead-in to a list
            // after the last comma is a heading; what comes before it is stated.
            var comma = text.TrimEnd().EndsWith(':') ? text.LastIndexOf(", ", StringComparison.Ordinal) : -1;
            if (mentions.Count == 0 || comma < 0)
            {
                return relations;
            }

            mentions = mentions.Where(m => m.End <= comma).ToList();
            if (mentions.Count == 0)
            {
                return relations;
            }
        }

        if (organizationNamed is not null)
        {
            FindMakerNamedProducts(text, mentions, organizationNamed, relations);
        }

        // "**Focus on Frameworks** Archon utilizes X": a label and the sentence after it are read apart, so the sentence opens
        // its own clause; a label may state a relation of its own ("**Satoshi (creator of Bitcoin)**: ...").
        if (labelEnd > 0)
        {
            ReadApart(text, tokens, mentions, labelEnd, relations);
            return relations;
        }

        if (mentions.Count < 2)
        {
            return relations;
        }

        var (owner, firstToken, lastToken) = MapMentions(tokens, mentions);
        FindStructural(tokens, mentions, firstToken, lastToken, relations);
        FindTitleAppositions(tokens, mentions, owner, firstToken, lastToken, relations);
        FindParentheticalProducts(tokens, mentions, firstToken, lastToken, relations);
        FindPairsBetween(tokens, mentions, owner, firstToken, lastToken, CompetitionRule, ExtractionRules.CompetitionNouns, relations);
        FindPairsBetween(tokens, mentions, owner, firstToken, lastToken, PartnershipRule, ExtractionRules.PartnershipNouns, relations);
        FindBasedCompounds(tokens, mentions, owner, firstToken, lastToken, relations);
        FindItsProducts(tokens, mentions, owner, firstToken, lastToken, relations);
        FindItsUses(tokens, mentions, owner, firstToken, lastToken, relations);
        FindComparisons(tokens, mentions, owner, firstToken, lastToken, relations);
        FindContrastComparisons(tokens, mentions, owner, firstToken, lastToken, relations);
        FindOpeningSubjectParticiples(tokens, mentions, owner, firstToken, lastToken, relations);
        FindTriggered(tokens, mentions, owner, firstToken, lastToken, relations);
        FindTitleChains(tokens, mentions, owner, firstToken, lastToken, relations);
        FindMadeByNoun(tokens, mentions, owner, firstToken, lastToken, relations);
        FindUsedWithin(tokens, mentions, owner, firstToken, lastToken, relations);
        FindPossessiveDescriptions(tokens, mentions, owner, firstToken, lastToken, relations);
        FindRelativeClauses(tokens, mentions, owner, firstToken, lastToken, relations);
        FindAppositiveSubjects(tokens, mentions, owner, firstToken, lastToken, relations);
        FindDescribedNameParticiples(tokens, mentions, owner, firstToken, lastToken, relations);
        FindInvertedParts(tokens, mentions, owner, firstToken, lastToken, relations);
        FindOrganizationTitlesAfterName(tokens, mentions, owner, firstToken, lastToken, relations);
        FindItsRoles(tokens, mentions, owner, firstToken, lastToken, relations);
        FindParentheticalClauses(tokens, mentions, owner, firstToken, lastToken, relations);
        FindSharedSubjectUses(tokens, mentions, owner, firstToken, lastToken, relations);
        FindCoordinatedSubjects(tokens, mentions, owner, firstToken, lastToken, relations);
        FindRivalNouns(tokens, mentions, owner, firstToken, lastToken, relations);
        FindFrontedParticiples(tokens, mentions, owner, firstToken, lastToken, relations);
        FindTitlesBeforeName(tokens, mentions, owner, firstToken, lastToken, relations);
        FindSelectedAs(tokens, mentions, owner, firstToken, lastToken, relations);
        FindMissedWordings(tokens, mentions, owner, firstToken, lastToken, relations);
        return relations;
    }

    /// <summary>Token index to mention index (-1 for none), and each mention's first and last token (-1 for none).</summary>
    private static (int[] Owner, int[] FirstToken, int[] LastToken) MapMentions(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var owner = new int[tokens.Count];
        Array.Fill(owner, -1);
        var firstToken = new int[mentions.Count];
        var lastToken = new int[mentions.Count];
        Array.Fill(firstToken, -1);
        Array.Fill(lastToken, -1);
        for (int t = 0, m = 0; t < tokens.Count && m < mentions.Count; t++)
        {
            while (m < mentions.Count && mentions[m].End <= tokens[t].Start)
            {
                m++;
            }

            if (m < mentions.Count && tokens[t].Start < mentions[m].End && mentions[m].Start < tokens[t].End)
            {
                owner[t] = m;
                if (firstToken[m] < 0)
                {
                    firstToken[m] = t;
                }

                lastToken[m] = t;
            }
        }

        return (owner, firstToken, lastToken);
    }

    /// <summary>A question, or a heading fragment ending in ":", states no relation.</summary>
    public static bool IsUnstated(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(':') || trimmed.EndsWith('?');
    }

    /// <summary>
    /// "Nebius AI Studio", "DeepSeek V3", "Pieces Copilot": a model or product whose name starts with the name of an
    /// organisation of the note is that organisation's. Only the first word or two are tried, and the rest must remain.
    /// </summary>
    private static void FindMakerNamedProducts(string text, IReadOnlyList<EntityMention> mentions, Func<string, string?> organizationNamed, List<ExtractedRelation> relations)
    {
        foreach (var mention in mentions)
        {
            if (!Allows(MakerPrefixRule.ObjectTypes, mention.Type))
            {
                continue;
            }

            var name = text[mention.Start..mention.End];
            for (int space = name.IndexOf(' ', StringComparison.Ordinal), words = 1; space > 0 && words <= 2; space = name.IndexOf(' ', space + 1), words++)
            {
                // "iOS 18", "Nvidia 30": a bare number after the name is a version or a series, not a product of its own.
                // "Perplexity AI", "Mistral Labs": a name that only adds a company suffix is the company itself ("Google Cloud" is not).
                var rest = name[(space + 1)..];
                if (rest.Any(char.IsLetter) && !OnlyOrganizationSuffixes(rest) && organizationNamed(name[..space]) is { } maker && maker != mention.EntityId)
                {
                    Add(relations, MakerPrefixRule, maker, mention.EntityId, new TextSpan(mention.Start, mention.Start + space));
                    break;
                }
            }
        }
    }

    private static bool OnlyOrganizationSuffixes(string words) =>
        !words.Contains(' ', StringComparison.Ordinal) && ExtractionRules.CompanyNameSuffixes.Contains(words.TrimEnd('.', ','));

    /// <summary>"Meta's Llama" and "OpenAI Operator": an owner right before what it makes.</summary>
    private static void FindStructural(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var m = 0; m + 1 < mentions.Count; m++)
        {
            if (lastToken[m] < 0 || firstToken[m + 1] < 0)
            {
                continue;
            }

            // "OpenAI's latest o1": a possessive owner may reach its product over modifier words.
            var adjacent = firstToken[m + 1] == lastToken[m] + 1;
            // "Voiceflow's "Intents" feature": a part's name in quotes after its product's possessive, read only as a part.
            var quoted = tokens[lastToken[m]].Possessive && firstToken[m + 1] == lastToken[m] + 2 && IsQuote(tokens[lastToken[m] + 1])
                && lastToken[m + 1] + 2 < tokens.Count && IsQuote(tokens[lastToken[m + 1] + 1]);
            if (!adjacent && !quoted && !(tokens[lastToken[m]].Possessive && OnlyModifiersBetween(tokens, lastToken[m] + 1, firstToken[m + 1])))
            {
                continue;
            }

            var left = mentions[m];
            var right = mentions[m + 1];
            if (left.EntityId == right.EntityId || IsNegatedAround(tokens, firstToken[m], lastToken[m + 1]))
            {
                continue;
            }

            var owner = tokens[lastToken[m]];
            // "OpenAI's Mark Chen": a person named with an organisation's possessive works there. Not a heading's words
            // typed a person ("DeepMind's Frontier Safety Framework").
            if (owner.Possessive && adjacent && left.Type == EntityType.Organization && right.Type == EntityType.Person
                && !HasGenericHeadingWord(tokens, firstToken[m + 1], lastToken[m + 1]))
            {
                Add(relations, PossessiveStaffRule, right.EntityId, left.EntityId, new TextSpan(owner.End, owner.PossessiveEnd));
                continue;
            }

            // "Cursor's Composer tab": a product's possessive, a name and a noun of a part.
            var noun = quoted ? lastToken[m + 1] + 2 : lastToken[m + 1] + 1;
            if (owner.Possessive && (adjacent || quoted) && Allows(PossessiveFeatureRule.ObjectTypes, left.Type) && Allows(PossessiveFeatureRule.SubjectTypes, right.Type)
                && noun < tokens.Count && !tokens[lastToken[m + 1]].Possessive
                && ExtractionRules.FeatureNouns.Contains(tokens[noun].Text))
            {
                Add(relations, PossessiveFeatureRule, right.EntityId, left.EntityId, new TextSpan(owner.End, owner.PossessiveEnd));
                continue;
            }

            if (quoted)
            {
                continue;
            }

            var rule = !owner.Possessive ? CompoundRule
                : left.Type == EntityType.Person && right.Type == EntityType.Organization ? PersonOrganizationRule
                : PossessiveRule;
            if (!adjacent && rule != PossessiveRule)
            {
                continue;
            }

            // "Narayanan's Princeton colleagues": the organisation only says whose colleagues; the person did not found it.
            if (rule == PersonOrganizationRule && lastToken[m + 1] + 1 < tokens.Count
                && ExtractionRules.MemberGroupNouns.Contains(tokens[lastToken[m + 1] + 1].Text))
            {
                continue;
            }

            // "Google Drive", "Google Search": a bare maker-product compound is trusted only for a product the catalog knows.
            if ((rule == CompoundRule && !right.InCatalog) || (rule == PossessiveRule && !CanOwnProducts(tokens, left, firstToken[m], lastToken[m])))
            {
                continue;
            }

            if (!Allows(rule.SubjectTypes, left.Type) || !Allows(rule.ObjectTypes, right.Type)
                || NamesEventMade(rule, tokens, lastToken[m + 1]) || NamesDocumentMade(rule, tokens, right, lastToken[m + 1])
                || RunsIntoKindName(tokens, mentions, firstToken, lastToken, m + 1))
            {
                continue;
            }

            var trigger = owner.Possessive ? new TextSpan(owner.End, owner.PossessiveEnd) : new TextSpan(left.Start, left.End);
            Add(relations, rule, left.EntityId, right.EntityId, trigger);
        }
    }

    /// <summary>
    /// Whether a possessive owner may be a product's maker: an organisation, or an untyped name with a strong shape of its
    /// own ("LangChain's LangGraph", "GitHub's Copilot"). A person's possessive names what they own, use or wrote ("Elon
    /// Musk's Starlink"), and so does a plain capitalised name no cue typed, which is as often a person or an author
    /// ("Luke's Greek", "Conquest's Second Law", "Plato's Protagoras").
    /// </summary>
    private static bool CanOwnProducts(IReadOnlyList<ClaimToken> tokens, EntityMention owner, int first, int last)
    {
        if (owner.Type != EntityType.Other)
        {
            return owner.Type != EntityType.Person;
        }

        for (var t = first; t <= last; t++)
        {
            if (tokens[t].IsMixedCase || tokens[t].IsAllCaps || tokens[t].HasDigit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGenericHeadingWord(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (ExtractionRules.GenericHeadingWords.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyModifiersBetween(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            if (!tokens[t].IsWord || tokens[t].Possessive || !ExtractionRules.PossessiveProductModifiers.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Microsoft's CEO, Satya Nadella" and "Baris Gultekin, Snowflake's Head of AI": a person in apposition to an
    /// organisation's title. A leader title leads, a founder title founded, any other title works at.
    /// </summary>
    private static void FindTitleAppositions(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var o = 0; o < mentions.Count; o++)
        {
            if (lastToken[o] < 0 || !tokens[lastToken[o]].Possessive || !Allows(LeadsAppositionRule.ObjectTypes, mentions[o].Type))
            {
                continue;
            }

            var titleStart = lastToken[o] + 1;
            var titleEnd = titleStart;
            while (titleEnd < tokens.Count && titleEnd - titleStart < 6 && tokens[titleEnd].IsWord && owner[titleEnd] < 0
                && !ExtractionRules.ClauseBreakers.Contains(tokens[titleEnd].Text) && !tokens[titleEnd].Possessive)
            {
                titleEnd++;
            }

            if (titleEnd == titleStart || !ExtractionRules.TitleStartWords.Contains(tokens[titleStart].Text))
            {
                continue;
            }

            // "Adobe's Vice President of Generative AI and Sensei, Alexandre Cen": the units a title is "of" may hold names
            // and run on to the comma before the person.
            var unitNames = false;
            if (titleEnd < tokens.Count && tokens[titleEnd].Text != "," && TitleHeadEnd(tokens, titleStart, titleEnd) < titleEnd
                && UnitsRunToComma(tokens, mentions, owner, titleEnd, titleStart + 10) is var unitsEnd and >= 0)
            {
                titleEnd = unitsEnd;
                unitNames = true;
            }

            // Before it, "Person, Org's Title" with the title closing the phrase; after it, "Org's Title, Person".
            var person = -1;
            var untypedPerson = false;
            var closes = titleEnd == tokens.Count || (!tokens[titleEnd].IsWord && tokens[titleEnd].Text is "," or "." or ";" or ")");
            if (closes && firstToken[o] >= 2 && tokens[firstToken[o] - 1].Text == "," && owner[firstToken[o] - 2] >= 0)
            {
                person = owner[firstToken[o] - 2];
            }
            else if (titleEnd + 1 < tokens.Count && tokens[titleEnd].Text == "," && owner[titleEnd + 1] >= 0 && firstToken[owner[titleEnd + 1]] == titleEnd + 1)
            {
                person = owner[titleEnd + 1];
                // A name discovery left untyped after an officer's title is a person's: "Adobe's Vice President, Alexandre Cen".
                // Not after one word that may name a partner or a thing ("Google's partner, Kaggle", "Google's lead model").
                var headEnd = TitleHeadEnd(tokens, titleStart, titleEnd);
                untypedPerson = mentions[person].Type == EntityType.Other && OnlyTitleWords(tokens, titleStart, headEnd)
                    && (headEnd - titleStart >= 2 || ExtractionRules.LeaderTitles.Contains(tokens[titleStart].Text) || ExtractionRules.FounderTitles.Contains(tokens[titleStart].Text));
            }
            else if (titleEnd < tokens.Count && owner[titleEnd] >= 0 && firstToken[owner[titleEnd]] == titleEnd)
            {
                // "Microsoft's CEO Satya Nadella": the title runs straight into the name.
                person = owner[titleEnd];
            }

            if (person < 0 || !(mentions[person].Type == EntityType.Person || untypedPerson) || mentions[person].EntityId == mentions[o].EntityId
                || (unitNames && firstToken[person] != titleEnd + 1))
            {
                continue;
            }

            var (from, to) = (Math.Min(firstToken[person], firstToken[o]), Math.Max(lastToken[person], titleEnd - 1));

            var trigger = new TextSpan(tokens[titleStart].Start, tokens[titleEnd - 1].End);
            var title = string.Join(' ', Enumerable.Range(titleStart, titleEnd - titleStart).Select(t => tokens[t].Text.ToLowerInvariant()));
            var parts = title.Split(" and ", StringSplitOptions.TrimEntries);
            var typed = false;
            if (parts.Any(ExtractionRules.LeaderTitles.Contains))
            {
                typed = true;
                if (!IsNegatedAround(tokens, from, to, LeadsAppositionRule.Predicate))
                {
                    Add(relations, LeadsAppositionRule, mentions[person].EntityId, mentions[o].EntityId, trigger);
                }
            }

            if (parts.Any(ExtractionRules.FounderTitles.Contains))
            {
                typed = true;
                if (!IsNegatedAround(tokens, from, to, FoundedAppositionRule.Predicate))
                {
                    Add(relations, FoundedAppositionRule, mentions[person].EntityId, mentions[o].EntityId, trigger);
                }
            }

            if (!typed && !IsNegatedAround(tokens, from, to, WorksAtAppositionRule.Predicate))
            {
                Add(relations, WorksAtAppositionRule, mentions[person].EntityId, mentions[o].EntityId, trigger);
            }
        }
    }

    /// <summary>
    /// The comma that ends the units of a title, from <paramref name="from"/> (before <paramref name="limit"/>): words and names
    /// joined by "and", none a person's, a possessive or a clause breaker ("Generative AI and Sensei,"); -1 for none.
    /// </summary>
    private static int UnitsRunToComma(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int from, int limit)
    {
        for (var k = from; k < tokens.Count && k < limit; k++)
        {
            if (tokens[k].Text == ",")
            {
                return k > from ? k : -1;
            }

            if (!tokens[k].IsWord || tokens[k].Possessive
                || (owner[k] >= 0 ? mentions[owner[k]].Type == EntityType.Person : ExtractionRules.ClauseBreakers.Contains(tokens[k].Text)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of a title's head, before its "of" (<paramref name="titleEnd"/> when it has none): "Vice President" of "Vice President of Research".</summary>
    private static int TitleHeadEnd(IReadOnlyList<ClaimToken> tokens, int titleStart, int titleEnd)
    {
        for (var k = titleStart; k < titleEnd; k++)
        {
            if (tokens[k].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return titleEnd;
    }

    /// <summary>
    /// "Alexandre Cen, VP of Generative AI and Sensei at Adobe" and "Mike Schroepfer, former CTO at Facebook and founder of
    /// Gigascale": a person in apposition to a chain of titles, each "title at/of Org". The words after the comma must open
    /// with a title word (an article or "former" may stand before it); each segment's own title decides its predicate:
    /// a leader title leads, a founder title founded, any other works at.
    /// </summary>
    private static void FindTitleChains(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 2; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || tokens[t].Text.ToLowerInvariant() is not ("at" or "of"))
            {
                continue;
            }

            var objectStart = t + 1;
            if (owner[objectStart] < 0 && tokens[objectStart].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && objectStart + 1 < tokens.Count)
            {
                objectStart++;
            }

            var org = owner[objectStart];
            var of = tokens[t].Text.Equals("of", StringComparison.OrdinalIgnoreCase);
            if (org < 0 || firstToken[org] != objectStart || IsCutShort(tokens, owner, lastToken[org])
                || !(Allows(WorksAtAppositionRule.ObjectTypes, mentions[org].Type) || (of && Allows(CreatorOfRule.ObjectTypes, mentions[org].Type))))
            {
                continue;
            }

            // Walk back to the comma that opens the apposition; the segment of this title starts after the last "and" or mention.
            var segmentStart = -1;
            var comma = -1;
            for (var k = t - 1; k >= 0 && t - k <= 12; k--)
            {
                if (tokens[k].Text == ",")
                {
                    comma = k;
                    break;
                }

                if (owner[k] >= 0 && NamesTitle(tokens, mentions, firstToken, lastToken, owner[k]))
                {
                    continue;
                }

                if (owner[k] >= 0 ? mentions[owner[k]].Type == EntityType.Person : !tokens[k].IsWord)
                {
                    break;
                }

                // "CTO at Facebook and founder of": an earlier title's organisation ends that title; a unit named inside the
                // title does not ("VP of Generative AI and Sensei at Adobe").
                if (segmentStart < 0 && owner[k] >= 0 && IsEarlierTitlesOrganization(tokens, firstToken[owner[k]]))
                {
                    segmentStart = k + 1;
                }
            }

            // The title says the name before it is a person's, even one discovery left untyped ("Vincent Vanhoucke, a
            // distinguished engineer at Waymo").
            if (comma < 1 || owner[comma - 1] < 0 || mentions[owner[comma - 1]].Type is not (EntityType.Person or EntityType.Other))
            {
                continue;
            }

            segmentStart = segmentStart < 0 ? comma + 1 : segmentStart;
            var opening = comma + 1;
            while (opening < t && IsTitleOpener(tokens[opening].Text))
            {
                opening++;
            }

            var description = opening;

            // "a computer science professor at Princeton", "a leading AI researcher and co-founder of": up to two words of
            // field or standing before the first title word.
            // A field the catalog knows as a concept is a word of the title too: "a post-training research lead at OpenAI".
            for (var field = 0; field < 2 && opening + 1 < t
                && (owner[opening] < 0 || mentions[owner[opening]].Type == EntityType.Concept) && tokens[opening].IsWord
                && !IsTitleWord(tokens[opening].Text) && !tokens[opening].Text.Equals("and", StringComparison.OrdinalIgnoreCase); field++)
            {
                if (IsTitleWord(tokens[opening + 1].Text))
                {
                    opening++;
                    break;
                }

                if (field == 1)
                {
                    break;
                }

                opening++;
            }

            // "Steve, a former VC and founder of Downshift", "Daniel Kokotajlo, a former OpenAI researcher and co-founder of
            // AI Futures": an apposition that opens with an article may describe the person first in other words; the title
            // after its "and" is the one read.
            if (description > comma + 1 && !IsTitleWord(tokens[opening].Text) && SecondConjunctTitle(tokens, mentions, owner, description, t) is var second and >= 0)
            {
                opening = second;
                segmentStart = second;
            }

            while (segmentStart < t && (owner[segmentStart] >= 0 || tokens[segmentStart].Text.Equals("and", StringComparison.OrdinalIgnoreCase)
                || IsTitleOpener(tokens[segmentStart].Text)))
            {
                segmentStart++;
            }

            if (segmentStart < opening)
            {
                segmentStart = opening;
            }

            // "François Chollet, an AI researcher and creator of Keras": a maker's title later in the chain made what follows its "of".
            var maker = of && t - 2 > opening && tokens[t - 2].Text.Equals("and", StringComparison.OrdinalIgnoreCase)
                && ExtractionRules.MakerTitles.Contains(tokens[t - 1].Text);
            if (segmentStart >= t || opening >= t || !IsTitleWord(tokens[opening].Text) || !(maker || IsTitleWord(tokens[segmentStart].Text)))
            {
                continue;
            }

            if (maker || !Allows(WorksAtAppositionRule.ObjectTypes, mentions[org].Type))
            {
                if (maker && Allows(CreatorOfRule.ObjectTypes, mentions[org].Type) && mentions[owner[comma - 1]].EntityId != mentions[org].EntityId
                    && !IsNegatedAround(tokens, comma - 1, lastToken[org], CreatorOfRule.Predicate))
                {
                    Add(relations, CreatorOfRule, mentions[owner[comma - 1]].EntityId, mentions[org].EntityId, new TextSpan(tokens[t - 1].Start, tokens[t].End));
                }

                continue;
            }

            // "of" belongs to the title only when the title is made of title words ("CTO and co-founder of", "Chief Strategy
            // Officer of"); "president of the Center for the Study of X" and "an engineer and author of the blog" are not.
            if (tokens[t].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && !OnlyTitleWords(tokens, segmentStart, t))
            {
                continue;
            }

            var title = string.Join(' ', Enumerable.Range(segmentStart, t - segmentStart).Select(k => tokens[k].Text.ToLowerInvariant()));
            var parts = title.Split(" and ", StringSplitOptions.TrimEntries);
            var person = owner[comma - 1];
            var rule = parts.Any(ExtractionRules.FounderTitles.Contains) ? TitleChainFoundedRule
                : parts.Any(ExtractionRules.LeaderTitles.Contains) && tokens[t].Text.Equals("of", StringComparison.OrdinalIgnoreCase) ? TitleChainLeadsRule
                : TitleChainWorksAtRule;
            if (rule != TitleChainWorksAtRule && NamesUnitOf(tokens, lastToken[org]))
            {
                rule = TitleChainWorksAtRule;
            }

            if (mentions[person].EntityId == mentions[org].EntityId || IsNegatedAround(tokens, comma - 1, lastToken[org], rule.Predicate))
            {
                continue;
            }

            Add(relations, rule, mentions[person].EntityId, mentions[org].EntityId, new TextSpan(tokens[segmentStart].Start, tokens[t].End));
        }
    }

    /// <summary>
    /// Where the title after the last "and" before <paramref name="preposition"/> starts, when the words from
    /// <paramref name="from"/> to that "and" are a short description (at most four words, none a clause breaker, a list
    /// joiner or a person's name): "a former VC and founder of"; -1 for none.
    /// </summary>
    private static int SecondConjunctTitle(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int from, int preposition)
    {
        var and = preposition - 1;
        while (and > from && !(owner[and] < 0 && tokens[and].Text.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            and--;
        }

        if (and <= from || and - from > 4)
        {
            return -1;
        }

        for (var k = from; k < and; k++)
        {
            if (!tokens[k].IsWord || (owner[k] >= 0 ? mentions[owner[k]].Type == EntityType.Person
                : ExtractionRules.ClauseBreakers.Contains(tokens[k].Text) || ExtractionRules.ListJoiners.Contains(tokens[k].Text)))
            {
                return -1;
            }
        }

        var second = and + 1;
        while (second < preposition && IsTitleOpener(tokens[second].Text))
        {
            second++;
        }

        return second < preposition && IsTitleWord(tokens[second].Text) ? second : -1;
    }

    /// <summary>
    /// "founder and leader of Google's robotics team": an organisation's possessive before an unnamed noun names a unit of
    /// it; whoever founded or leads that unit works at the organisation, but neither founded nor leads it. The noun may be
    /// a concept the catalog knows ("robotics").
    /// </summary>
    private static bool NamesUnitOf(IReadOnlyList<ClaimToken> tokens, int organizationLast) =>
        tokens[organizationLast].Possessive && organizationLast + 1 < tokens.Count
        && tokens[organizationLast + 1].IsWord && !tokens[organizationLast + 1].IsCapitalized;

    /// <summary>
    /// "Jonathan Frankle, Chief AI Scientist at Databricks": a discovered name that ends in a title word right after a title
    /// word ("Chief") is part of the title, not a person of its own.
    /// </summary>
    private static bool NamesTitle(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int m) =>
        !mentions[m].InCatalog && firstToken[m] > 0 && IsTitleWord(tokens[lastToken[m]].Text) && IsTitleWord(tokens[firstToken[m] - 1].Text);

    private static bool OnlyTitleWords(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var word = tokens[t].Text;
            if (!IsTitleWord(word) && !ExtractionRules.TitleWords.Contains(word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase)
                && !tokens[t].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEarlierTitlesOrganization(IReadOnlyList<ClaimToken> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before < 0 || tokens[before].Text.ToLowerInvariant() is not ("and" or "&");
    }

    /// <summary>"a", "the", "former" and the adjectives of standing that may open a title: "Peter Thiel, a central figure at PayPal".</summary>
    private static bool IsTitleOpener(string word) => ExtractionRules.TitleOpeners.Contains(word) || ExtractionRules.TitleAdjectives.Contains(word);

    private static bool IsTitleWord(string word) =>
        ExtractionRules.TitleStartWords.Contains(word) || ExtractionRules.StaffTitleWords.Contains(word);

    /// <summary>
    /// "B.new, which is a hosted service by Tech Le", "Llama, a model from Meta", "the Phi-1 model from Microsoft Research":
    /// a product described by a product noun, then "by"/"from" its maker. The noun follows the product directly or in an
    /// apposition or copula ("X, a", "X is a", "X, which is a", "X (Y): a"), with at most two modifiers before it. A maker's
    /// participle may stand before "by" ("ChatGPT is an AI-based language model developed by OpenAI", "a tool recently
    /// released by"): it says who made the thing, so it takes up to four modifiers and "the" as well as "a".
    /// </summary>
    private static void FindMadeByNoun(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || tokens[t].Text.ToLowerInvariant() is not ("by" or "from") || owner[t + 1] < 0)
            {
                continue;
            }

            // "from" also names a supplier ("the 70 billion parameter model from Nebius"), so it takes fewer modifiers than "by".
            var from = tokens[t].Text.Equals("from", StringComparison.OrdinalIgnoreCase);
            var noun = t - 1;
            // "Speak.com, an English language learning platform backed by OpenAI": a backer's participle names an investor.
            var investing = !from && owner[noun] < 0 && ExtractionRules.BackingParticiples.Contains(tokens[noun].Text);
            var participle = investing || (!from && owner[noun] < 0 && MakerParticiples.Contains(tokens[noun].Text));
            var nounRule = investing ? InvestedNounByRule : MadeByNounRule;
            if (participle)
            {
                noun--;
                if (noun > 0 && owner[noun] < 0 && ExtractionRules.ParticipleAdverbs.Contains(tokens[noun].Text))
                {
                    noun--;
                }
            }

            if (noun < 1 || (owner[noun] >= 0 && mentions[owner[noun]].Type != EntityType.Concept)
                || !(ExtractionRules.ProductNouns.Contains(tokens[noun].Text) || (investing && ExtractionRules.CompanyNouns.Contains(tokens[noun].Text))))
            {
                continue;
            }

            var maker = owner[t + 1];
            var k = noun - 1;
            var modifiers = 0;
            // A catalog concept is a modifier too: "an open-source AI agent framework".
            while (k >= 0 && (owner[k] < 0 || mentions[owner[k]].Type == EntityType.Concept) && tokens[k].IsWord
                && modifiers < (participle ? 4 : from ? 1 : 2)
                && tokens[k].Text.ToLowerInvariant() is not ("a" or "an" or "the" or "is" or "was" or "which" or "that"))
            {
                k--;
                modifiers++;
            }

            // Directly after the product ("the Phi-1 model from"), or after an article and a link back to it.
            var product = k >= 0 && owner[k] >= 0 ? owner[k] : -1;
            if (product < 0 && k >= 0 && (tokens[k].Text.ToLowerInvariant() is "a" or "an" || (participle && tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase))))
            {
                k--;
                while (k >= 0 && owner[k] < 0 && (tokens[k].Text is "," or ":" || tokens[k].Text.ToLowerInvariant() is "is" or "was" or "which" or "that"))
                {
                    k--;
                }

                // "The Model Context Protocol (MCP) is an open-source framework": the short name in parentheses is the product.
                if (k >= 2 && tokens[k].Text == ")" && owner[k - 1] >= 0 && tokens[k - 2].Text == "(")
                {
                    k--;
                }

                product = k >= 0 && k < noun - 2 ? owner[k] : -1;
            }

            if (product < 0 || mentions[product].EntityId == mentions[maker].EntityId || tokens[lastToken[product]].Possessive
                || IsProvided(tokens, firstToken[product])
                || !Allows(nounRule.SubjectTypes, mentions[maker].Type) || !Allows(nounRule.ObjectTypes, mentions[product].Type)
                || IsCutShort(tokens, owner, lastToken[maker]) || OwnsCommonNoun(tokens, owner, lastToken[maker], tokens.Count)
                || IsNegatedAround(tokens, firstToken[product], lastToken[maker], nounRule.Predicate))
            {
                continue;
            }

            Add(relations, nounRule, mentions[maker].EntityId, mentions[product].EntityId, new TextSpan(tokens[noun].Start, tokens[t].End));
        }
    }

    /// <summary>
    /// "used Quin Vision models by NVUS", "access DeepSeek models from OpenRouter": after a verb of use or access, "by" and
    /// "from" name who serves the product, not who made it.
    /// </summary>
    private static bool IsProvided(IReadOnlyList<ClaimToken> tokens, int productStart)
    {
        for (var t = productStart - 1; t >= 0 && productStart - t <= 4; t--)
        {
            if (ExtractionRules.ProvisionWords.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "To use NV Studio models like DeepSeek V3 or R1 within Bolt.DIY": what is used within a product is used by it. A verb
    /// of use (<see cref="ExtractionRules.UseVerbs"/>) reaches its object (and that object's list) over at most one word,
    /// then "within"/"inside" (a determiner allowed after it: "within the Bolt.DIY environment") or "in the/your/their"
    /// names the product that uses it. "use the NV Studio model via OpenRouter in your Bolt.DIY projects": what the object
    /// is reached through is used too.
    /// </summary>
    private static void FindUsedWithin(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !ExtractionRules.UseVerbs.Contains(tokens[t].Text))
            {
                continue;
            }

            // At most one word before the object: in "use very long prompts with Quazar Alpha in the chat room" the prompts are used.
            var first = NearestMention(tokens, owner, t + 1, +1, 1, adjacentOnly: false, allowComma: false);
            if (first < 0)
            {
                continue;
            }

            var used = ListMembers(tokens, owner, mentions, firstToken, lastToken, first, +1);
            var k = lastToken[used[^1]] + 1;
            if (k < tokens.Count && owner[k] < 0 && ExtractionRules.ProductNouns.Contains(tokens[k].Text))
            {
                k++;
            }

            // "use NV Studio models like DeepSeek V3 or R1 within": the examples are used too.
            if (k + 1 < tokens.Count && owner[k] < 0 && tokens[k].Text.ToLowerInvariant() is "like" or "including" && owner[k + 1] >= 0)
            {
                var examples = ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[k + 1], +1);
                used.AddRange(examples);
                k = lastToken[examples[^1]] + 1;
            }

            if (GatewaysAt(tokens, owner, mentions, firstToken, lastToken, k) is { } gateways)
            {
                used.AddRange(gateways);
                k = lastToken[gateways[^1]] + 1;
            }

            var within = k < tokens.Count && tokens[k].Text.ToLowerInvariant() is "within" or "inside";
            var inThe = k + 1 < tokens.Count && tokens[k].Text.Equals("in", StringComparison.OrdinalIgnoreCase)
                && IsHostDeterminer(tokens[k + 1]);
            var host = within ? (k + 2 < tokens.Count && IsHostDeterminer(tokens[k + 1]) ? k + 2 : k + 1) : inThe ? k + 2 : -1;
            if (host < 0 || host >= tokens.Count || owner[host] < 0 || firstToken[owner[host]] != host)
            {
                continue;
            }

            var user = owner[host];
            if (!Allows(UsedWithinRule.SubjectTypes, mentions[user].Type) || IsCutShort(tokens, owner, lastToken[user])
                || IsNegatedAround(tokens, t, lastToken[user], UsedWithinRule.Predicate))
            {
                continue;
            }

            foreach (var u in used)
            {
                if (mentions[u].EntityId != mentions[user].EntityId && Allows(UsedWithinRule.ObjectTypes, mentions[u].Type))
                {
                    Add(relations, UsedWithinRule, mentions[user].EntityId, mentions[u].EntityId, new TextSpan(tokens[t].Start, tokens[host - 1].End));
                }
            }
        }
    }

    /// <summary>
    /// "Gemini 2.0 Flash – Google's new AI model offers", "Llama, Meta's open model, is", "Claude is Anthropic's model",
    /// "Gemini represents Google's cutting-edge project": a name, then a comma, a dash or a copula ("is", "was", "represents",
    /// "remains"), then an organisation's possessive, at most three modifiers (none of
    /// <see cref="ExtractionRules.ChosenProductModifiers"/>: "Cursor's underlying model" is used, not made) and a product
    /// noun: the organisation made the name.
    /// </summary>
    private static void FindPossessiveDescriptions(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var product = 0; product + 1 < mentions.Count; product++)
        {
            var link = lastToken[product] + 1;
            // "**Google Gemini 2.0 Flash** – Google's new AI model": emphasis and quotes around the name are passed over.
            while (link < tokens.Count && owner[link] < 0 && (tokens[link].Text is "*" or "**" || IsQuote(tokens[link])))
            {
                link++;
            }

            if (firstToken[product] < 0 || link + 2 >= tokens.Count || owner[link] >= 0 || tokens[lastToken[product]].Possessive
                || tokens[link].Text is not ("," or "–" or "—" or "-" or ":") && tokens[link].Text.ToLowerInvariant() is not ("is" or "was" or "represents" or "remains"))
            {
                continue;
            }

            var maker = owner[link + 1];
            if (maker < 0 || firstToken[maker] != link + 1 || !tokens[lastToken[maker]].Possessive || mentions[maker].EntityId == mentions[product].EntityId)
            {
                continue;
            }

            var k = lastToken[maker] + 1;
            var modifiers = 0;
            while (k < tokens.Count && modifiers < 3 && (owner[k] < 0 || mentions[owner[k]].Type == EntityType.Concept) && tokens[k].IsWord
                && !ExtractionRules.ProductNouns.Contains(tokens[k].Text) && !ExtractionRules.ChosenProductModifiers.Contains(tokens[k].Text)
                && !ExtractionRules.ClauseBreakers.Contains(tokens[k].Text) && !ExtractionRules.ListJoiners.Contains(tokens[k].Text)
                && (!ExtractionRules.GapFillers.Contains(tokens[k].Text) || ExtractionRules.TriggerModifierFillers.Contains(tokens[k].Text)))
            {
                k++;
                modifiers++;
            }

            if (k >= tokens.Count || owner[k] >= 0 || !ExtractionRules.ProductNouns.Contains(tokens[k].Text)
                || (k + 1 < tokens.Count && (tokens[k].Possessive || tokens[k + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            if (!Allows(PossessiveDescriptionRule.SubjectTypes, mentions[maker].Type) || !Allows(PossessiveDescriptionRule.ObjectTypes, mentions[product].Type)
                || IsCutShort(tokens, owner, lastToken[product]) || IsNegatedAround(tokens, firstToken[product], k, PossessiveDescriptionRule.Predicate))
            {
                continue;
            }

            Add(relations, PossessiveDescriptionRule, mentions[maker].EntityId, mentions[product].EntityId, new TextSpan(tokens[link].Start, tokens[k].End));
        }
    }

    /// <summary>"via Nebius AI Studio and OpenRouter" at <paramref name="k"/>: the names a use goes through, or null.</summary>
    private static List<int>? GatewaysAt(
        IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int k) =>
        k + 1 < tokens.Count && owner[k] < 0 && tokens[k].Text.ToLowerInvariant() is "via" or "through" && owner[k + 1] >= 0
            && firstToken[owner[k + 1]] == k + 1
            ? ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[k + 1], +1)
            : null;

    private static bool IsHostDeterminer(ClaimToken token) => token.Text.ToLowerInvariant() is "the" or "your" or "their" or "our";

    /// <summary>"updates from OpenAI (GPT-5.2), Google (Gemini 3)" and "Meta (with Llama)": a maker with its product in parentheses, or the reverse.</summary>
    private static void FindParentheticalProducts(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var m = 0; m + 1 < mentions.Count; m++)
        {
            var open = lastToken[m] + 1;
            if (lastToken[m] < 0 || open >= tokens.Count || tokens[open].Text != "(" || firstToken[m + 1] < 0)
            {
                continue;
            }

            var inner = open + 1;
            if (inner < tokens.Count && tokens[inner].Text.Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                inner++;
            }

            var close = lastToken[m + 1] + 1;
            if (firstToken[m + 1] != inner || close >= tokens.Count || tokens[close].Text != ")")
            {
                continue;
            }

            // "Sam Altman (OpenAI)": a person with the organisation they work at in parentheses.
            if (mentions[m].Type == EntityType.Person && mentions[m + 1].Type == EntityType.Organization && inner == open + 1
                && !IsNegatedAround(tokens, firstToken[m], close))
            {
                Add(relations, ParentheticalStaffRule, mentions[m].EntityId, mentions[m + 1].EntityId, new TextSpan(tokens[open].Start, tokens[close].End));
                continue;
            }

            var (maker, product) = (m, m + 1);
            if (!Allows(ParentheticalRule.SubjectTypes, mentions[maker].Type))
            {
                (maker, product) = (m + 1, m);
            }

            // "The Model Context Protocol (mCP)": initials in parentheses spell the name before them, they are not a product of it.
            if (mentions[maker].EntityId != mentions[product].EntityId
                && Allows(ParentheticalRule.SubjectTypes, mentions[maker].Type) && Allows(ParentheticalRule.ObjectTypes, mentions[product].Type)
                && !SpellsInitials(tokens, firstToken[m], lastToken[m], firstToken[m + 1], lastToken[m + 1])
                && !ExpandsAcronym(tokens, firstToken[m], lastToken[m], firstToken[m + 1], lastToken[m + 1])
                && !IsNegatedAround(tokens, firstToken[m], close))
            {
                Add(relations, ParentheticalRule, mentions[maker].EntityId, mentions[product].EntityId, new TextSpan(tokens[open].Start, tokens[close].End));
            }
        }
    }

    /// <summary>
    /// The tokens from <paramref name="innerFirst"/> to <paramref name="innerLast"/> are one word made of the initials of the
    /// name's words, or of its last words: "Google Agent Development Kit (ADK)" leaves the maker out of the initials.
    /// </summary>
    private static bool SpellsInitials(IReadOnlyList<ClaimToken> tokens, int nameFirst, int nameLast, int innerFirst, int innerLast)
    {
        if (IsNumeronymOf(tokens, nameFirst, nameLast, innerFirst, innerLast))
        {
            return true;
        }

        for (var first = nameFirst; first < nameLast; first++)
        {
            if (SpellsInitialsOf(tokens, first, nameLast, innerFirst, innerLast))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Andreessen Horowitz (A16Z)": the name's first letter, the count of the letters between, and its last letter.</summary>
    private static bool IsNumeronymOf(IReadOnlyList<ClaimToken> tokens, int nameFirst, int nameLast, int innerFirst, int innerLast)
    {
        var inner = tokens[innerFirst].Text;
        if (innerFirst != innerLast || inner.Length < 3 || !char.IsAsciiLetter(inner[0]) || !char.IsAsciiLetter(inner[^1])
            || inner.AsSpan(1, inner.Length - 2).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var letters = 0;
        for (var t = nameFirst; t <= nameLast; t++)
        {
            letters += tokens[t].IsWord ? tokens[t].Text.Length : 0;
        }

        return int.Parse(inner.AsSpan(1, inner.Length - 2), System.Globalization.CultureInfo.InvariantCulture) == letters - 2
            && char.ToLowerInvariant(tokens[nameFirst].Text[0]) == char.ToLowerInvariant(inner[0])
            && char.ToLowerInvariant(tokens[nameLast].Text[^1]) == char.ToLowerInvariant(inner[^1]);
    }

    /// <summary>
    /// "MCP (Multi-Modal Compute Protocol)": words in parentheses after an acronym that begin with its first letter and end
    /// on a word that begins with its last letter expand it, even where a transcript's expansion is not the acronym's own.
    /// </summary>
    private static bool ExpandsAcronym(IReadOnlyList<ClaimToken> tokens, int nameFirst, int nameLast, int innerFirst, int innerLast)
    {
        var acronym = tokens[nameFirst].Text;
        if (nameFirst != nameLast || innerLast <= innerFirst || acronym.Length is < 2 or > 6 || !acronym.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var lastWord = innerLast;
        while (lastWord > innerFirst && !tokens[lastWord].IsWord)
        {
            lastWord--;
        }

        return char.ToUpperInvariant(tokens[innerFirst].Text[0]) == acronym[0] && char.ToUpperInvariant(tokens[lastWord].Text[0]) == acronym[^1];
    }

    private static bool SpellsInitialsOf(IReadOnlyList<ClaimToken> tokens, int nameFirst, int nameLast, int innerFirst, int innerLast)
    {
        if (innerFirst != innerLast || nameLast - nameFirst < 1)
        {
            return false;
        }

        var inner = tokens[innerFirst].Text;
        var initials = 0;
        for (var t = nameFirst; t <= nameLast; t++)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            if (initials >= inner.Length || char.ToLowerInvariant(tokens[t].Text[0]) != char.ToLowerInvariant(inner[initials]))
            {
                return false;
            }

            initials++;
        }

        return initials == inner.TrimEnd('s').Length || initials == inner.Length;
    }

    /// <summary>
    /// "a "race" primarily between Copilot, Cursor, and Windsf" and "the partnership between OpenAI and Microsoft": every
    /// pair listed after a symmetric relation's noun (<paramref name="nouns"/>) and "between"/"among" takes the rule's predicate.
    /// A passive of its announcement may stand between the noun and "between": "a partnership has been announced between".
    /// </summary>
    private static void FindPairsBetween(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        RelationRule rule, IReadOnlySet<string> nouns, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !(tokens[t].Text.Equals("between", StringComparison.OrdinalIgnoreCase) || tokens[t].Text.Equals("among", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var noun = t - 1;
            while (noun >= 0 && t - noun <= 4 && owner[noun] < 0
                && (!tokens[noun].IsWord ? tokens[noun].Text is "," or "\"" or "“" or "”" or "'"
                    : ExtractionRules.CompetitionAdverbs.Contains(tokens[noun].Text) || ExtractionRules.PairAnnouncementWords.Contains(tokens[noun].Text)))
            {
                noun--;
            }

            if (noun < 0 || owner[noun] >= 0 || !tokens[noun].IsWord || !nouns.Contains(tokens[noun].Text))
            {
                continue;
            }

            var first = t + 1;
            while (first < tokens.Count && owner[first] < 0 && tokens[first].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                first++;
            }

            if (first >= tokens.Count || owner[first] < 0)
            {
                continue;
            }

            var members = ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[first], +1);
            if (members.Count == 1)
            {
                members.AddRange(MembersAfterRemark(tokens, owner, mentions, firstToken, lastToken, owner[first]));
            }

            var rivals = members.Where(r => Allows(rule.SubjectTypes, mentions[r].Type)).ToList();
            if (rivals.Count < 2 || IsNegatedAround(tokens, noun, lastToken[rivals[^1]]))
            {
                continue;
            }

            var trigger = new TextSpan(tokens[noun].Start, tokens[t].End);
            for (var a = 0; a < rivals.Count; a++)
            {
                for (var b = a + 1; b < rivals.Count; b++)
                {
                    if (mentions[rivals[a]].EntityId != mentions[rivals[b]].EntityId)
                    {
                        Add(relations, rule, mentions[rivals[a]].EntityId, mentions[rivals[b]].EntityId, trigger);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "MOP, a Python-based UI framework" and "the Python-based MOP": what a "Y-based" compound describes uses Y, when
    /// that is a mention in apposition ("X, a", "X is a"), the compound's own head, or the examples of a class noun of up to
    /// three words it heads ("Python-based frameworks like PyTorch"). An organisation or a person before
    /// "-backed" or "-funded" invested in it instead ("an OpenAI-backed startup").
    /// </summary>
    private static void FindBasedCompounds(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var b = 0; b < mentions.Count; b++)
        {
            var t = lastToken[b];
            if (t < 0 || mentions[b].End >= tokens[t].End)
            {
                continue;
            }

            var backed = EndsWithAny(tokens[t].Text, ExtractionRules.BackingSuffixes) && Allows(BackedRule.SubjectTypes, mentions[b].Type);
            var rule = backed ? BackedRule : BasedRule;
            if (!backed && !(Allows(BasedRule.SubjectTypes, mentions[b].Type) && EndsWithAny(tokens[t].Text, ExtractionRules.BasedSuffixes)))
            {
                continue;
            }

            var user = t + 1 < tokens.Count && owner[t + 1] >= 0 ? owner[t + 1] : -1;
            // "Python-based deep learning frameworks like PyTorch and JAX": the examples of the class the compound heads.
            if (user < 0 && t + 1 < tokens.Count && ExampleAfterWords(tokens, owner, t + 1, 3) is var example and >= 0)
            {
                foreach (var member in ListMembers(tokens, owner, mentions, firstToken, lastToken, example, +1))
                {
                    AddBased(tokens, mentions, firstToken, lastToken, rule, backed, b, member, t, relations);
                }

                continue;
            }

            if (user < 0)
            {
                var k = firstToken[b] - 1;
                if (k >= 0 && tokens[k].Text.ToLowerInvariant() is "a" or "an")
                {
                    k--;
                }

                var linked = false;
                while (k >= 0 && owner[k] < 0 && (tokens[k].Text is "," or "\"" or "“" or "”" || tokens[k].Text.ToLowerInvariant() is "is" or "was"))
                {
                    linked = true;
                    k--;
                }

                user = linked && k >= 0 ? owner[k] : -1;
            }

            if (user >= 0)
            {
                AddBased(tokens, mentions, firstToken, lastToken, rule, backed, b, user, t, relations);
            }
        }
    }

    /// <summary>The relation of a "-based"/"-backed" compound (its base <paramref name="b"/>, its last token <paramref name="t"/>) with what it describes.</summary>
    private static void AddBased(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, RelationRule rule, bool backed, int b,
        int user, int t, List<ExtractedRelation> relations)
    {
        if (mentions[user].EntityId == mentions[b].EntityId || !Allows(rule.ObjectTypes, mentions[user].Type)
            || IsNegatedAround(tokens, Math.Min(firstToken[user], t), Math.Max(lastToken[user], t)))
        {
            return;
        }

        var suffixStart = tokens[t].Start + tokens[t].Text.LastIndexOf('-');
        var (subject, @object) = backed ? (b, user) : (user, b);
        Add(relations, rule, mentions[subject].EntityId, mentions[@object].EntityId, new TextSpan(suffixStart, tokens[t].End));
    }

    private static bool EndsWithAny(string word, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Snowflake ... with the launch of its own LLM, Arctic" and "SpaceX, with its Starship vehicle": "its" names the
    /// nearest organisation before it in the sentence, and the product after it (with a product noun before or after) is
    /// that organisation's. When the nearest mention before "its" is no organisation, "its" is not read.
    /// </summary>
    private static void FindItsProducts(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !tokens[t].Text.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var k = AfterModifiers(tokens, owner, t, ExtractionRules.PossessiveProductModifiers);

            // "its own LLM, Arctic": a product noun may be a catalog concept's mention ("LLM") and still be only a noun here.
            var nounBefore = k < tokens.Count && (owner[k] < 0 || mentions[owner[k]].Type == EntityType.Concept)
                && ExtractionRules.ProductNouns.Contains(tokens[k].Text);
            if (nounBefore)
            {
                k++;
                if (k < tokens.Count && tokens[k].Text == ",")
                {
                    k++;
                }
            }

            if (k >= tokens.Count || owner[k] < 0 || firstToken[owner[k]] != k)
            {
                continue;
            }

            var product = owner[k];
            var after = lastToken[product] + 1;
            var nounAfter = after < tokens.Count && owner[after] < 0 && ExtractionRules.ProductNouns.Contains(tokens[after].Text);
            var maker = ItsReferent(tokens, mentions, owner, firstToken, lastToken, t);
            if ((!nounBefore && !nounAfter) || maker < 0 || mentions[maker].EntityId == mentions[product].EntityId
                || !Allows(ItsProductRule.SubjectTypes, mentions[maker].Type) || !Allows(ItsProductRule.ObjectTypes, mentions[product].Type)
                || IsNegatedAround(tokens, t, lastToken[product]))
            {
                continue;
            }

            var end = nounAfter ? after : nounBefore ? k - 1 : t;
            while (end > t && !tokens[end].IsWord)
            {
                end--;
            }

            Add(relations, ItsProductRule, mentions[maker].EntityId, mentions[product].EntityId, new TextSpan(tokens[t].Start, tokens[nounAfter ? after : end].End));
        }
    }

    /// <summary>The token after at most two unclaimed modifiers of <paramref name="modifiers"/> that follow "its" at <paramref name="its"/>.</summary>
    private static int AfterModifiers(IReadOnlyList<ClaimToken> tokens, int[] owner, int its, FrozenSet<string> modifiers)
    {
        var k = its + 1;
        while (k < tokens.Count && k - its <= 2 && owner[k] < 0 && modifiers.Contains(tokens[k].Text))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// "n8n ... alongside its direct integration with LangChain": "its" names the nearest organisation or product before it
    /// in the sentence, and what that one integrates with, supports or relies on is what it uses.
    /// </summary>
    private static void FindItsUses(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !tokens[t].Text.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var k = AfterModifiers(tokens, owner, t, ExtractionRules.IntegrationModifiers);

            if (k + 2 >= tokens.Count || owner[k] >= 0 || owner[k + 1] >= 0
                || !ExtractionRules.ItsUseNouns.Contains(tokens[k].Text + " " + tokens[k + 1].Text))
            {
                continue;
            }

            var used = owner[k + 2];
            var user = ItsReferent(tokens, mentions, owner, firstToken, lastToken, t);
            if (used < 0 || firstToken[used] != k + 2 || user < 0 || mentions[user].EntityId == mentions[used].EntityId
                || !Allows(ItsUsesRule.SubjectTypes, mentions[user].Type) || !Allows(ItsUsesRule.ObjectTypes, mentions[used].Type)
                || IsCutShort(tokens, owner, lastToken[used]) || IsNegatedAround(tokens, t, lastToken[used], ItsUsesRule.Predicate))
            {
                continue;
            }

            foreach (var u in ListMembers(tokens, owner, mentions, firstToken, lastToken, used, +1))
            {
                if (mentions[u].EntityId != mentions[user].EntityId && Allows(ItsUsesRule.ObjectTypes, mentions[u].Type))
                {
                    Add(relations, ItsUsesRule, mentions[user].EntityId, mentions[u].EntityId, new TextSpan(tokens[t].Start, tokens[k + 1].End));
                }
            }
        }
    }

    /// <summary>The nearest mention before <paramref name="start"/> in its sentence, over commas and relative clauses but not a contrast ("but", "unlike").</summary>
    /// <summary>
    /// The name "its" at <paramref name="its"/> stands for: the nearest mention before it in the sentence, unless that
    /// mention lies inside an apposition closed before "its" ("Bolt.DIY, the open-source version of Bolt.new, grew after
    /// its partnership with StackBlitz"), where it stands for the name the apposition describes.
    /// </summary>
    private static int ItsReferent(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, int its)
    {
        var nearest = MentionBeforeInSentence(tokens, owner, its - 1);
        if (nearest < 0 || !Enumerable.Range(lastToken[nearest] + 1, its - lastToken[nearest] - 1).Any(k => tokens[k].Text == ","))
        {
            return nearest;
        }

        for (var k = firstToken[nearest] - 1; k >= 1 && firstToken[nearest] - k <= 12; k--)
        {
            if (tokens[k].Text == ",")
            {
                return owner[k - 1] >= 0 && owner[k + 1] < 0 && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized ? owner[k - 1] : nearest;
            }

            if ((owner[k] >= 0 && mentions[owner[k]].Type != EntityType.Concept) || !tokens[k].IsWord)
            {
                break;
            }
        }

        return nearest;
    }

    private static int MentionBeforeInSentence(IReadOnlyList<ClaimToken> tokens, int[] owner, int start)
    {
        for (var t = start; t >= 0 && start - t < 25; t--)
        {
            if (owner[t] >= 0)
            {
                return owner[t];
            }

            if (tokens[t].Text is "." or ";" or ":" or "?" or "!" or "(" or ")"
                || (ExtractionRules.ClauseBreakers.Contains(tokens[t].Text) && tokens[t].Text.ToLowerInvariant() is not ("which" or "who" or "that")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Gemini was significantly faster than DeepSeek R1" and "The DeepSeek R1 0528 model has shown better benchmark scores
    /// compared to o3": the nearest mention before a comparative outperforms what follows "than" or "compared to/with" (a
    /// reversed comparative, "slower than", the other way round). Negations and hedges cancel, as everywhere.
    /// </summary>
    private static void FindComparisons(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !tokens[t].IsWord)
            {
                continue;
            }

            var word = tokens[t].Text.ToLowerInvariant();
            int comparative, objectStart;
            if (word == "than")
            {
                comparative = t - 1;
                objectStart = t + 1;
                if (ComparativeAt(tokens, owner, comparative) == 0)
                {
                    continue;
                }
            }
            else if (word is "compared" or "relative" && tokens[t + 1].Text.ToLowerInvariant() is "to" or "with")
            {
                objectStart = t + 2;
                comparative = -1;
                for (var k = t - 1; k >= 0 && t - k <= 12 && owner[k] < 0 && tokens[k].Text is not ("." or ";" or ":"); k--)
                {
                    if (ComparativeAt(tokens, owner, k) != 0)
                    {
                        comparative = k;
                        break;
                    }
                }

                if (comparative < 0)
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            var rank = ComparativeAt(tokens, owner, comparative);
            var twoWords = comparative > 0 && tokens[comparative - 1].IsWord ? tokens[comparative - 1].Text + " " + tokens[comparative].Text : null;
            var wordStart = twoWords is not null
                && (ExtractionRules.Comparatives.Contains(twoWords) || ExtractionRules.ReversedComparatives.Contains(twoWords)
                    || ExtractionRules.PerformanceComparatives.Contains(twoWords) || ExtractionRules.ReversedPerformanceComparatives.Contains(twoWords)
                    || tokens[comparative - 1].Text.ToLowerInvariant() is "more" or "less")
                ? comparative - 1
                : comparative;
            var triggerLast = Math.Max(comparative, objectStart - 1);
            // "compared to traditional resources like Wikipedia": the examples of a class noun are what is compared.
            for (var k = objectStart; k < tokens.Count && k - objectStart < 4 && owner[k] < 0 && tokens[k].IsWord; k++)
            {
                if (AfterExampleMarker(tokens, k) is var examples and >= 0)
                {
                    objectStart = examples;
                    break;
                }
            }

            var subject = NearestMention(tokens, owner, wordStart - 1, -1, 6, adjacentOnly: false, allowComma: false);
            var @object = objectStart < tokens.Count ? NearestMention(tokens, owner, objectStart, +1, 1, adjacentOnly: false, allowComma: false) : -1;
            // "lower performance than OpenAI O3": an organisation right before its product names the product compared.
            if (@object >= 0 && @object + 1 < mentions.Count && mentions[@object].Type == EntityType.Organization
                && firstToken[@object + 1] == lastToken[@object] + 1 && mentions[@object + 1].Type is EntityType.Model or EntityType.Product)
            {
                @object++;
            }

            if (subject < 0 || @object < 0 || mentions[subject].EntityId == mentions[@object].EntityId
                || IsCutShort(tokens, owner, lastToken[subject]) || IsCutShort(tokens, owner, lastToken[@object])
                || IsNegatedAround(tokens, firstToken[subject], lastToken[@object], ComparedRule.Predicate))
            {
                continue;
            }

            var trigger = new TextSpan(tokens[wordStart].Start, tokens[triggerLast].End);
            foreach (var o in ListMembers(tokens, owner, mentions, firstToken, lastToken, @object, +1))
            {
                var (winner, loser) = rank > 0 ? (subject, o) : (o, subject);
                if (mentions[winner].EntityId != mentions[loser].EntityId
                    && Allows(ComparedRule.SubjectTypes, mentions[winner].Type) && Allows(ComparedRule.ObjectTypes, mentions[loser].Type))
                {
                    Add(relations, ComparedRule, mentions[winner].EntityId, mentions[loser].EntityId, trigger);
                }
            }
        }
    }

    /// <summary>
    /// "While DeepSeek V3 can be helpful, Claude's Sonnet 3.5 was observed to be superior for generating apps": a clause that
    /// opens the claim with a concession ("while", "whereas", "although") about the name it starts with, then a main clause
    /// whose comparative has no "than" or "to" of its own: the nearest name before that comparative outperforms the
    /// conceded one (a reversed comparative the other way round). Negations and comparison hedges cancel, as everywhere.
    /// </summary>
    private static void FindContrastComparisons(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        var start = 0;
        while (start < tokens.Count && !tokens[start].IsWord)
        {
            start++;
        }

        var conceded = start + 1;
        if (conceded >= tokens.Count || !ExtractionRules.ConcessionWords.Contains(tokens[start].Text))
        {
            return;
        }

        if (owner[conceded] < 0 && ExtractionRules.Determiners.Contains(tokens[conceded].Text) && conceded + 1 < tokens.Count)
        {
            conceded++;
        }

        if (owner[conceded] < 0 || firstToken[owner[conceded]] != conceded || IsCutShort(tokens, owner, lastToken[owner[conceded]]))
        {
            return;
        }

        // The concession ends at its first comma outside parentheses.
        var comma = -1;
        for (int t = lastToken[owner[conceded]] + 1, depth = 0; t < tokens.Count && comma < 0; t++)
        {
            depth += tokens[t].Text == "(" ? 1 : tokens[t].Text == ")" ? -1 : 0;
            if (depth == 0 && tokens[t].Text == ",")
            {
                comma = t;
            }
            else if (tokens[t].Text is "." or ";" or ":")
            {
                return;
            }
        }

        for (var t = comma + 1; comma > 0 && t < tokens.Count && tokens[t].Text is not ("." or ";" or ":"); t++)
        {
            var rank = ComparativeAt(tokens, owner, t);
            if (rank == 0 || (t + 1 < tokens.Count && tokens[t + 1].Text.ToLowerInvariant() is "than" or "to" or "compared" or "relative" or "with"))
            {
                continue;
            }

            var subject = NearestMention(tokens, owner, t - 1, -1, 6, adjacentOnly: false, allowComma: false);
            if (subject < 0 || firstToken[subject] <= comma || IsCutShort(tokens, owner, lastToken[subject])
                || IsNegatedAround(tokens, conceded, t, ContrastRule.Predicate))
            {
                return;
            }

            foreach (var c in ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[conceded], +1))
            {
                var (winner, loser) = rank > 0 ? (subject, c) : (c, subject);
                if (mentions[winner].EntityId != mentions[loser].EntityId
                    && Allows(ContrastRule.SubjectTypes, mentions[winner].Type) && Allows(ContrastRule.ObjectTypes, mentions[loser].Type))
                {
                    Add(relations, ContrastRule, mentions[winner].EntityId, mentions[loser].EntityId, new TextSpan(tokens[start].Start, tokens[t].End));
                }
            }

            return;
        }
    }

    /// <summary>+1 when a comparative that ranks its subject higher ends at token <paramref name="t"/>, -1 for one that ranks it lower, 0 for none.</summary>
    private static int ComparativeAt(IReadOnlyList<ClaimToken> tokens, int[] owner, int t)
    {
        if (t < 0 || owner[t] >= 0 || !tokens[t].IsWord)
        {
            return 0;
        }

        var word = tokens[t].Text;
        var phrase = t > 0 && tokens[t - 1].IsWord ? tokens[t - 1].Text + " " + word : word;
        // "lower performance than o3": a comparative of a measured result, read as its two words.
        if (ExtractionRules.PerformanceComparatives.Contains(phrase))
        {
            return +1;
        }

        if (ExtractionRules.ReversedPerformanceComparatives.Contains(phrase))
        {
            return -1;
        }

        if (ExtractionRules.Comparatives.Contains(phrase) || (!phrase.StartsWith("less ", StringComparison.OrdinalIgnoreCase) && ExtractionRules.Comparatives.Contains(word)))
        {
            return +1;
        }

        return ExtractionRules.ReversedComparatives.Contains(phrase) || ExtractionRules.ReversedComparatives.Contains(word) ? -1 : 0;
    }

    private static void FindTriggered(
        IReadOnlyList<ClaimToken> tokens,
        IReadOnlyList<EntityMention> mentions,
        int[] owner,
        int[] firstToken,
        int[] lastToken,
        List<ExtractedRelation> relations)
    {
        var t = 0;
        while (t < tokens.Count)
        {
            if (owner[t] >= 0 || !tokens[t].IsWord || !TriggersByFirstWord.TryGetValue(tokens[t].Text, out var candidates))
            {
                t++;
                continue;
            }

            var length = LongestTriggerAt(tokens, owner, t, candidates);
            if (length == 0)
            {
                // "a core component of", "a faster alternative to": a trigger's noun phrase with its own modifiers.
                t = FindModifiedTrigger(tokens, mentions, owner, firstToken, lastToken, t, relations) is var end and >= 0 ? end + 1 : t + 1;
                continue;
            }

            var triggerEnd = t + length - 1;
            var span = new TextSpan(tokens[t].Start, tokens[triggerEnd].End);
            // A trigger listed under several predicates ("CEO and co-founder of") gives each of them once.
            string? applied = null;
            foreach (var (words, rule) in candidates)
            {
                if (words.Length != length || !SameWords(tokens, t, words) || (applied != null && applied.Contains(rule.Predicate, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (TryApply(tokens, mentions, owner, firstToken, lastToken, t, triggerEnd, rule, span, relations))
                {
                    applied += rule.Predicate + " ";
                }
            }

            t = triggerEnd + 1;
        }
    }

    /// <summary>
    /// "The Live Agent Studio is a core component of Automator", "Polars, a faster alternative to Pandas": an article, one or
    /// two modifiers (<see cref="IsTriggerModifier"/>), then the rest of a trigger that opens with an article ("a component
    /// of") or a trigger headed by a relation noun (<see cref="ExtractionRules.TriggerHeadNouns"/>: "alternative to"). The
    /// phrase is read as that trigger, from its article, so an apposition's comma may come before it. Returns the last
    /// token of the trigger that applied, or -1 (the plain trigger after the modifiers is then read as before).
    /// </summary>
    private static int FindModifiedTrigger(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, int t,
        List<ExtractedRelation> relations)
    {
        if (!OpensNounPhrase(tokens[t]))
        {
            return -1;
        }

        for (var modifiers = 1; modifiers <= 2; modifiers++)
        {
            var p = t + modifiers + 1;
            if (p >= tokens.Count || !IsTriggerModifier(tokens, owner, t + modifiers))
            {
                return -1;
            }

            // Article-led triggers match from the word after the modifiers; noun-led ones from their head noun.
            var best = 0;
            var bestNounLed = false;
            if (TriggersByFirstWord.TryGetValue(tokens[t].Text, out var articleLed))
            {
                foreach (var (words, _) in articleLed)
                {
                    if (words.Length >= 2 && words.Length - 1 > best && p + words.Length - 1 <= tokens.Count && SameWords(tokens, p, words.AsSpan(1))
                        && Unowned(owner, p, p + words.Length - 1))
                    {
                        best = words.Length - 1;
                    }
                }
            }

            if (best == 0 && ExtractionRules.TriggerHeadNouns.Contains(tokens[p].Text)
                && TriggersByFirstWord.TryGetValue(tokens[p].Text, out var nounLed))
            {
                best = LongestTriggerAt(tokens, owner, p, nounLed);
                bestNounLed = best > 0;
            }

            if (best == 0)
            {
                continue;
            }

            var triggerEnd = p + best - 1;
            var span = new TextSpan(tokens[t].Start, tokens[triggerEnd].End);
            var candidates = bestNounLed ? TriggersByFirstWord[tokens[p].Text] : TriggersByFirstWord[tokens[t].Text];
            var applied = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (words, rule) in candidates)
            {
                var rest = bestNounLed ? words : words.AsSpan(1);
                if (rest.Length != best || !SameWords(tokens, p, rest) || applied.Contains(rule.Predicate))
                {
                    continue;
                }

                if (TryApply(tokens, mentions, owner, firstToken, lastToken, t, triggerEnd, rule, span, relations, articleOpened: true))
                {
                    applied.Add(rule.Predicate);
                }
            }

            return applied.Count > 0 ? triggerEnd : -1;
        }

        return -1;
    }

    /// <summary>A lower-case word that may modify a trigger's noun ("core", "faster", "fully managed"), not a function word, hedge or negation.</summary>
    private static bool IsTriggerModifier(IReadOnlyList<ClaimToken> tokens, int[] owner, int t)
    {
        var token = tokens[t];
        if (owner[t] >= 0 || !token.IsWord || token.IsCapitalized || token.Possessive || token.Text.Length < 2 || !char.IsLetter(token.Text[0]))
        {
            return false;
        }

        var word = token.Text;
        return ExtractionRules.TriggerModifierFillers.Contains(word)
            || !(ExtractionRules.GapFillers.Contains(word) || ExtractionRules.TriggerModifierStops.Contains(word)
                || ExtractionRules.Negations.Contains(word) || ExtractionRules.Hedges.Contains(word)
                || ExtractionRules.ClauseBreakers.Contains(word) || ExtractionRules.ListJoiners.Contains(word));
    }

    private static bool TryApply(
        IReadOnlyList<ClaimToken> tokens,
        IReadOnlyList<EntityMention> mentions,
        int[] owner,
        int[] firstToken,
        int[] lastToken,
        int triggerStart,
        int triggerEnd,
        RelationRule rule,
        TextSpan span,
        List<ExtractedRelation> relations,
        int clauseHead = -1,
        bool articleOpened = false)
    {
        // "designed to outperform Claude", "will surpass GPT-4": a base-form ranking verb after "to" or "will" states an aim
        // or a prediction, not a ranking.
        if (rule.Name == ExtractionRules.OutperformsBaseForm && triggerStart > 0
            && ExtractionRules.BaseFormUnstatedBefore.Contains(tokens[triggerStart - 1].Text))
        {
            return false;
        }

        // "X was acquired", "Bolt was used": an active rule does not read a passive participle ("is using" stays active).
        if (rule.Name.EndsWith("-active", StringComparison.Ordinal) && triggerStart > 0
            && ExtractionRules.PassiveAuxiliaries.Contains(tokens[triggerStart - 1].Text)
            && !tokens[triggerStart].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsArticle(tokens[triggerStart]))
        {
            return false;
        }

        // "an application created with Autodev", "trained on Reddit": what follows a making verb's "with" is its instrument.
        if (rule.Predicate == RelationVocabulary.Develops && rule.Direction == RuleDirection.LeftIsSubject && triggerEnd + 1 < tokens.Count
            && tokens[triggerEnd + 1].Text.ToLowerInvariant() is "with" or "using" or "via" or "on")
        {
            return false;
        }

        // A comma may only separate an apposition from its trigger: "LangChain, founded by Harrison Chase", and a title
        // ("Jensen Huang, CEO of Nvidia") only for a person's rule, or a noun phrase that says it is one ("AWS, a unit of Amazon",
        // "OpenAI, the maker of ChatGPT", whose trigger holds its "the"; "Microsoft, the acquisition of Kaito aside" is none).
        // A passive's agent may follow its title ("Runway, led by CEO Chris Valenzuela").
        var appositive = (triggerEnd > triggerStart && tokens[triggerStart + 1].Text.Equals("by", StringComparison.OrdinalIgnoreCase))
            || tokens[triggerEnd].Text.ToLowerInvariant() switch
        {
            "by" or "behind" => true,
            "of" or "at" => !Allows(rule.SubjectTypes, EntityType.Organization) || OpensNounPhrase(tokens[triggerStart]) || (triggerStart > 0 && IsArticle(tokens[triggerStart - 1])),
            // "Open WebUI, a frontend for Ollama", "X, a wrapper around the OpenAI API": a noun phrase that says it is an apposition.
            "for" or "around" or "over" => OpensNounPhrase(tokens[triggerStart]),
            // "Polars, a faster alternative to Pandas": a modified trigger noun phrase says it is an apposition.
            _ => articleOpened,
        };
        // A title of several words may carry its own words before the comma ("Carl Shulman, a research associate at"), a bare "of" not.
        // "OpenAI built and released Sora": a verb coordinated before the trigger shares its subject.
        var leftStart = triggerStart - 1;
        if (leftStart >= 1 && tokens[leftStart].Text.ToLowerInvariant() is "and" or "or" && owner[leftStart - 1] < 0
            && rule.Triggers.Contains(tokens[leftStart - 1].Text, StringComparer.OrdinalIgnoreCase))
        {
            leftStart -= 2;
        }

        // "DeepSeek R1 models can be integrated into Bolt.DIY", "X can easily be used by Y", "can be seamlessly integrated
        // into": a statement of what is done with the left mention; "can", "be" and an adverb before a passive participle
        // count against no gap ("could" and "might" still hedge, "cannot" negates).
        var be = leftStart >= 2 && owner[leftStart] < 0 && tokens[leftStart].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? leftStart - 1 : leftStart;
        if (be >= 1 && tokens[be].Text.Equals("be", StringComparison.OrdinalIgnoreCase) && owner[be] < 0
            && IsPastParticiple(tokens[triggerStart].Text))
        {
            var modal = be - 1;
            if (modal >= 1 && owner[modal] < 0 && (tokens[modal].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || tokens[modal].Text.Equals("also", StringComparison.OrdinalIgnoreCase)))
            {
                modal--;
            }

            if (modal >= 1 && owner[modal] < 0 && ExtractionRules.AbilityModals.Contains(tokens[modal].Text))
            {
                leftStart = modal - 1;
            }
        }

        // A relative clause or participle names its subject itself (<see cref="FindRelativeClauses"/>).
        var left = clauseHead >= 0 ? clauseHead
            : rule.LeftInSentence
            ? NearestMentionInSentence(tokens, owner, mentions, leftStart, rule.MaxLeftGap)
            : NearestMention(tokens, owner, leftStart, -1, rule.MaxLeftGap, adjacentOnly: rule.MaxLeftGap == 0, allowComma: appositive,
                titledApposition: appositive && triggerEnd > triggerStart);
        var right = NearestMention(tokens, owner, triggerEnd + 1, +1, rule.MaxRightGap, adjacentOnly: rule.MaxRightGap == 0, allowComma: true);
        // "The Model Context Protocol (MCP), developed by Anthropic": a concept's name with the short name of a product in
        // parentheses after it is that product.
        if (left >= 0 && mentions[left].Type == EntityType.Concept && lastToken[left] + 3 < tokens.Count && tokens[lastToken[left] + 1].Text == "("
            && owner[lastToken[left] + 2] is var inner and >= 0 && mentions[inner].Type != EntityType.Concept
            && lastToken[inner] + 1 < tokens.Count && tokens[lastToken[inner] + 1].Text == ")" && lastToken[inner] + 1 < triggerStart)
        {
            left = inner;
        }

        // "integrates with Large Language Models (LLMs) such as GPT-4", "a competitor to existing LLMs, including Claude":
        // a class the catalog knows as a concept stands for the examples named after it.
        if (right >= 0 && mentions[right].Type == EntityType.Concept && rule.MaxRightGap > 0
            && ExampleAfterClass(tokens, owner, lastToken[right] + 1) is var example and >= 0)
        {
            right = example;
        }
        else if (clauseHead < 0 && (right < 0 || mentions[right].Type == EntityType.Concept)
            && ExamplesAfterTrigger(tokens, owner, mentions, rule, triggerEnd + 1) is var examples and >= 0)
        {
            right = examples;
        }

        // "Claude and GPT, which cannot run locally, generally outperform Llama": a ranking verb's subject before a relative clause.
        if (left < 0 && right >= 0 && clauseHead < 0 && rule.Predicate == RelationVocabulary.Outperforms && rule.Direction == RuleDirection.LeftIsSubject
            && rule.Triggers.Count > 0)
        {
            return ApplyOverRelativeClause(tokens, mentions, owner, firstToken, lastToken, leftStart, right, rule, span, relations);
        }

        // "Windsurf, which OpenAI acquired last year": a relative clause whose verb has no object after it acts on what it describes.
        if (right < 0 && left >= 0 && clauseHead < 0 && rule.Direction == RuleDirection.LeftIsSubject && rule.Triggers.Count > 0 && !rule.LeftPossessive
            && RelativeClauseHead(tokens, owner, firstToken[left]) is var head and >= 0 && NothingActedOnAfter(tokens, owner, triggerEnd + 1))
        {
            return ApplyRelative(tokens, mentions, firstToken, lastToken, rule, span, relations, subject: left, @object: head);
        }

        // "OpenAI released ... OpenAI 03": the subject named again as a modifier of the object.
        if (left >= 0 && right >= 0 && right + 1 < mentions.Count && mentions[left].EntityId == mentions[right].EntityId
            && firstToken[right + 1] == lastToken[right] + 1)
        {
            right++;
        }

        // "competitors like Meta's Llama": a possessive owner right after the trigger belongs to what follows it.
        if (right >= 0 && right + 1 < mentions.Count && tokens[lastToken[right]].Possessive && firstToken[right + 1] == lastToken[right] + 1)
        {
            right++;
        }

        if (left < 0 || right < 0 || mentions[left].EntityId == mentions[right].EntityId || ReadsAsPluralNoun(tokens, owner, triggerStart, triggerEnd, clauseHead))
        {
            return false;
        }

        if (rule.Predicate is RelationVocabulary.Founded or RelationVocabulary.Leads && rule.Direction == RuleDirection.LeftIsSubject
            && NamesUnitOf(tokens, lastToken[right]))
        {
            return false;
        }

        // "an algorithm that runs with Pieces", "the road leads to Google": a leader's verb before a preposition moves or
        // accompanies; it leads nothing.
        if (rule.Predicate == RelationVocabulary.Leads && triggerStart == triggerEnd && triggerEnd + 1 < tokens.Count
            && tokens[triggerStart].Text.ToLowerInvariant() is "runs" or "leads" or "heads"
            && tokens[triggerEnd + 1].Text.ToLowerInvariant() is "with" or "on" or "in" or "into" or "to" or "through" or "alongside")
        {
            return false;
        }

        // "hosted on n8n as part of your Chatlink workflow", "a core part of the Copilot strategy": a name between a reader's
        // possessive and a noun, or before an abstract noun, only says which thing is meant; the whole is the noun.
        if (rule.Predicate == RelationVocabulary.PartOf && lastToken[right] + 1 < tokens.Count && tokens[lastToken[right] + 1] is { IsWord: true, IsCapitalized: false } wholeNoun
            && ((firstToken[right] > 0 && tokens[firstToken[right] - 1].Text.ToLowerInvariant() is "your" or "their" or "our" or "my")
                || ExtractionRules.AbstractWholeNouns.Contains(wholeNoun.Text)))
        {
            return false;
        }

        // "AutoDev, a fork of Bolt.new developed by the Automator community": the participle describes the fork, not what it
        // forks; the fork is the name in apposition before it, if there is one.
        if (rule.Predicate == RelationVocabulary.Develops && rule.Direction == RuleDirection.RightIsSubject && firstToken[left] >= 2
            && tokens[firstToken[left] - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
            && ExtractionRules.DerivationNouns.Contains(tokens[firstToken[left] - 2].Text))
        {
            var article = firstToken[left] - 3;
            if (article < 2 || owner[article] >= 0 || !IsArticle(tokens[article]) || tokens[article - 1].Text != "," || owner[article - 2] < 0)
            {
                return false;
            }

            left = owner[article - 2];
        }

        // "the acquisition of Windsurf by OpenAI": "by" names who acted on the product, not who made it; and "Google announced
        // its planned acquisition of Windsurf": a making verb whose object is an act of taking announced the act, not the product.
        // "Anysphere developed a fork of VS Code": what was made is the fork, not what it forks.
        if ((rule.Triggers is ["by"] && TakenOver(tokens, firstToken[left]))
            || (rule.Predicate == RelationVocabulary.Develops && rule.Direction == RuleDirection.LeftIsSubject
                && (TakenOver(tokens, firstToken[right]) || TakenOver(tokens, firstToken[right], ExtractionRules.DerivationNouns))))
        {
            return false;
        }

        if (rule.SubjectOpensClause && clauseHead < 0 && !OpensClause(tokens, owner, firstToken[left], lastToken[left], triggerStart, triggerEnd, mentions[left].Type == EntityType.Model))
        {
            return false;
        }

        // "X's team uses Y", "integrated into Meta's platforms": an owner of a common noun is not the one the verb joins.
        if (!rule.LeftPossessive && OwnsCommonNoun(tokens, owner, lastToken[left], triggerStart))
        {
            return false;
        }

        // A part of what Y owns is part of Y: "included with Android Studio's command-line tools"; but a noun phrase's part
        // belongs to the noun: "a crucial component of LangChain's mission", "a core component of Nicholas's framework".
        // "joined OpenAI's research team": who joins or works in an organisation's unit works at the organisation.
        if ((rule.Predicate != RelationVocabulary.PartOf || articleOpened) && OwnsCommonNoun(tokens, owner, lastToken[right], tokens.Count)
            && !(rule.Predicate == RelationVocabulary.WorksAt && OwnsUnit(tokens, owner, lastToken[right])))
        {
            return false;
        }

        // "uses synthetic data sets like Unreal Stereo 4K and MVS Synth": a first example cut short leaves the rest of its list.
        right = FirstWholeMember(tokens, owner, mentions, firstToken, lastToken, right);

        // "developed by Meta AI Research": a mention continued by an organisation suffix is only part of a longer name.
        if (IsCutShort(tokens, owner, lastToken[left]) || IsCutShort(tokens, owner, lastToken[right])
            || (NamesPlatformPart(tokens, owner, lastToken[right]) && !NamesMakersCommunity(tokens, owner, mentions[right], firstToken[right], lastToken[right], rule))
            || RunsIntoKindName(tokens, mentions, firstToken, lastToken, left) || RunsIntoKindName(tokens, mentions, firstToken, lastToken, right))
        {
            return false;
        }

        // "the Vercel AI SDK's useChat Hook", "the LangChain Framework": a capitalised or possessive noun is part of the maker's
        // product name, not a noun before another name.
        if (rule.Name == ExtractionRules.DevelopsMakerNounName && (tokens[triggerStart].IsCapitalized || tokens[triggerEnd].Possessive))
        {
            return false;
        }

        // "GitHub supports multiple models for Copilot": what follows a preposition after "supports" is what the support
        // serves, not what is supported ("a range of models, including Mistral" still names them).
        if (rule.Name == ExtractionRules.UsesSupports
            && Enumerable.Range(triggerEnd + 1, Math.Max(0, firstToken[right] - triggerEnd - 1)).Any(k => ExtractionRules.ClassPrepositions.Contains(tokens[k].Text) && !tokens[k].Text.Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "a feature called "Cody ignore"": a quoted name that runs on past the mention is a longer name.
        if (rule.Name == ExtractionRules.PartOfFeatureCalled && firstToken[right] > 0 && IsQuote(tokens[firstToken[right] - 1])
            && lastToken[right] + 1 < tokens.Count && tokens[lastToken[right] + 1].IsWord)
        {
            return false;
        }

        if (rule.LeftPossessive && !(tokens[lastToken[left]].Possessive && lastToken[left] == triggerStart - 1))
        {
            return false;
        }

        // "OpenAI researcher Noam Brown": a job noun in lower case; capitalised, it is a title inside a run of names
        // ("Computer Vision Engineer AI Startups").
        if (rule.Name == ExtractionRules.WorksAtJobBeforeName && tokens[triggerStart].IsCapitalized)
        {
            return false;
        }

        // "Percy Liang is a computer science professor affiliated with Stanford": an untyped name is a person's after a
        // scholar's noun right before the affiliation.
        if (rule.Name == ExtractionRules.WorksAtAffiliated && mentions[left].Type != EntityType.Person
            && !(triggerStart > 0 && owner[triggerStart - 1] < 0 && ExtractionRules.AffiliatedPersonNouns.Contains(tokens[triggerStart - 1].Text)))
        {
            return false;
        }

        // "Mark Williams, Chief Asia Economist at Capital Economics": a name after a title word is the title's own words.
        if (rule.Name == ExtractionRules.WorksAtNameAt && firstToken[left] > 0 && ExtractionRules.TitleWords.Contains(tokens[firstToken[left] - 1].Text))
        {
            return false;
        }

        var (subject, @object) = rule.Direction == RuleDirection.LeftIsSubject ? (left, right) : (right, left);
        var subjectType = TitledInApposition(tokens, mentions, firstToken, lastToken, subject, triggerStart, rule) ? EntityType.Person : mentions[subject].Type;
        if (!Allows(rule.SubjectTypes, subjectType) || !Allows(rule.ObjectTypes, mentions[@object].Type)
            || NamesEventMade(rule, tokens, lastToken[@object]) || NamesDocumentMade(rule, tokens, mentions[@object], lastToken[@object])
            || (rule.Predicate == RelationVocabulary.Uses && !rule.LeftPossessive && ModifiesNoun(tokens, owner, mentions[@object], lastToken[@object])))
        {
            return false;
        }

        if (IsNegatedAround(tokens, firstToken[left], lastToken[right], rule.Predicate))
        {
            return false;
        }

        var lefts = ListMembers(tokens, owner, mentions, firstToken, lastToken, left, -1);
        var rights = ListMembers(tokens, owner, mentions, firstToken, lastToken, right, +1);
        if (rule.Name == "competitors-like")
        {
            rights.AddRange(RivalsContinued(tokens, owner, mentions, firstToken, lastToken, rights[^1]));
        }

        var subjects = rule.Direction == RuleDirection.LeftIsSubject ? lefts : rights;
        var objects = rule.Direction == RuleDirection.LeftIsSubject ? rights : lefts;
        foreach (var s in subjects)
        {
            foreach (var o in objects)
            {
                // "competitors like Cursor, Vercel v0 and Replit": a member cut short names no one.
                if (mentions[s].EntityId != mentions[o].EntityId
                    && Allows(rule.SubjectTypes, s == subject ? subjectType : mentions[s].Type) && Allows(rule.ObjectTypes, mentions[o].Type)
                    && !IsCutShort(tokens, owner, lastToken[s]) && !IsCutShort(tokens, owner, lastToken[o])
                    && !NamesEventMade(rule, tokens, lastToken[o])
                    // "Unlike ChatGPT, which uses GPT-4, Claude is fast": a member past the end of an "unlike" phrase.
                    && ((s == subject && o == @object) || !IsNegatedAround(tokens, Math.Min(firstToken[s], firstToken[o]), Math.Max(lastToken[s], lastToken[o]), rule.Predicate)))
                {
                    Add(relations, rule, mentions[s].EntityId, mentions[o].EntityId, span);
                }
            }
        }

        // "models can be integrated into b.new DIY via Nebius AI Studio and OpenRouter": what the user reaches them through
        // it uses too, as after an active verb of use (FindUsedWithin).
        if (rule.Predicate == RelationVocabulary.Uses && rule.Direction == RuleDirection.RightIsSubject && tokens[triggerEnd].Text.ToLowerInvariant() is "into" or "in")
        {
            if (GatewaysAt(tokens, owner, mentions, firstToken, lastToken, lastToken[rights[^1]] + 1) is { } gateways)
            {
                foreach (var g in gateways)
                {
                    foreach (var s in subjects)
                    {
                        if (mentions[s].EntityId != mentions[g].EntityId && Allows(rule.ObjectTypes, mentions[g].Type) && Allows(rule.SubjectTypes, mentions[s].Type)
                            && !IsCutShort(tokens, owner, lastToken[g]))
                        {
                            Add(relations, rule, mentions[s].EntityId, mentions[g].EntityId, span);
                        }
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// "developed by the Automator community": an organisation's own community as the agent of a making participle stands
    /// for the organisation, as its team does. A platform's community ("the Reddit community") is its users, so not a name
    /// typed a product.
    /// </summary>
    private static bool NamesMakersCommunity(IReadOnlyList<ClaimToken> tokens, int[] owner, EntityMention maker, int first, int last, RelationRule rule) =>
        rule.Predicate == RelationVocabulary.Develops && rule.Direction == RuleDirection.RightIsSubject && maker.Type is EntityType.Organization or EntityType.Other
        && first > 0 && owner[first - 1] < 0 && tokens[first - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
        && tokens[last + 1].Text.Equals("community", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the examples start after "such as", "like" or "including" at <paramref name="t"/>; -1 when no such marker stands there.</summary>
    private static int AfterExampleMarker(IReadOnlyList<ClaimToken> tokens, int t) => tokens[t].Text.ToLowerInvariant() switch
    {
        "such" when t + 1 < tokens.Count && tokens[t + 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase) => t + 2,
        "like" or "including" => t + 1,
        _ => -1,
    };

    /// <summary>
    /// The first example after a class noun ending at <paramref name="from"/> - 1: "such as", "like" or "including", with an
    /// alias in parentheses ("Large Language Models (LLMs) such as") or a comma before it, then a mention; or the name the
    /// class is given ("a coding agent called Codex"); -1 for none.
    /// </summary>
    private static int ExampleAfterClass(IReadOnlyList<ClaimToken> tokens, int[] owner, int from)
    {
        var t = from;
        if (t < tokens.Count && tokens[t].Text == "(")
        {
            var close = t + 1;
            while (close < tokens.Count && close <= t + 4 && tokens[close].Text != ")")
            {
                close++;
            }

            if (close >= tokens.Count || close > t + 4)
            {
                return -1;
            }

            t = close + 1;
        }

        if (t < tokens.Count && tokens[t].Text == ",")
        {
            t++;
        }

        if (t >= tokens.Count)
        {
            return -1;
        }

        // "launching a new coding agent called Codex", "an open-source model family dubbed Llama 3": the one name a class
        // (with at most one more noun) is given stands for it as its example does.
        if (t + 1 < tokens.Count && owner[t] < 0 && tokens[t].IsWord && !tokens[t].IsCapitalized && IsNamingWord(tokens[t + 1]))
        {
            t++;
        }

        t = IsNamingWord(tokens[t]) ? t + 1 : AfterExampleMarker(tokens, t);
        if (t < 0)
        {
            return -1;
        }

        while (t < tokens.Count && IsQuote(tokens[t]))
        {
            t++;
        }

        return t < tokens.Count && owner[t] >= 0 ? owner[t] : -1;
    }

    private static bool IsNamingWord(ClaimToken token) => token.Text.ToLowerInvariant() is "called" or "named" or "dubbed";

    /// <summary>
    /// "Windsurf, which OpenAI acquired": the mention a relative pronoun right before <paramref name="subjectStart"/> refers
    /// to, when the pronoun follows it directly (a comma allowed); -1 for none.
    /// </summary>
    private static int RelativeClauseHead(IReadOnlyList<ClaimToken> tokens, int[] owner, int subjectStart)
    {
        var t = subjectStart - 1;
        if (t < 1 || tokens[t].Text.ToLowerInvariant() is not ("which" or "that"))
        {
            return -1;
        }

        t--;
        if (tokens[t].Text == "," && t > 0)
        {
            t--;
        }

        return owner[t];
    }

    /// <summary>The clause ends after the trigger without a mention or a noun the verb could act on: only adverbs, time phrases and punctuation.</summary>
    private static bool NothingActedOnAfter(IReadOnlyList<ClaimToken> tokens, int[] owner, int from)
    {
        for (var t = from; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (owner[t] >= 0)
            {
                return false;
            }

            if (!token.IsWord)
            {
                if (token.Text is "," or "." or ";" or ")" or ":")
                {
                    return true;
                }

                continue;
            }

            var word = token.Text.ToLowerInvariant();
            if (word is "in" or "last" or "this" or "earlier" or "recently" or "year" or "month" or "week" or "ago" or "for" or "already"
                || token.IsNumber || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            return ExtractionRules.ClauseBreakers.Contains(word) || ExtractionRules.ListJoiners.Contains(word);
        }

        return true;
    }

    private static bool ApplyRelative(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken,
        RelationRule rule, TextSpan span, List<ExtractedRelation> relations, int subject, int @object)
    {
        if (mentions[subject].EntityId == mentions[@object].EntityId
            || !Allows(rule.SubjectTypes, mentions[subject].Type) || !Allows(rule.ObjectTypes, mentions[@object].Type)
            || IsNegatedAround(tokens, firstToken[@object], lastToken[subject], rule.Predicate)
            || tokens[lastToken[subject]].Possessive)
        {
            return false;
        }

        Add(relations, rule, mentions[subject].EntityId, mentions[@object].EntityId, span);
        return true;
    }

    /// <summary>
    /// The first mention from <paramref name="start"/> walking in <paramref name="step"/> direction, within
    /// <paramref name="maxGap"/> counted words (fillers are free), before any clause break. A comma is allowed only
    /// while nothing but fillers has been passed ("Jensen Huang, CEO of Nvidia").
    /// </summary>
    private static int NearestMention(
        IReadOnlyList<ClaimToken> tokens, int[] owner, int start, int step, int maxGap, bool adjacentOnly, bool allowComma, bool titledApposition = false)
    {
        var counted = 0;
        var firstCounted = -1;
        // "introduced the Agent to Agent (A2A) Protocol": capitalised words passed after the trigger may be a long name
        // whose short name, a mention, follows in parentheses; past the gap only that short name is taken.
        var onlyCapitalized = true;
        var longName = false;
        for (var t = start; t >= 0 && t < tokens.Count; t += step)
        {
            if (owner[t] >= 0)
            {
                return longName ? -1 : owner[t];
            }

            var token = tokens[t];
            if (IsQuote(token))
            {
                continue;
            }

            if (step > 0 && !adjacentOnly && token.Text == "(" && counted > 0 && onlyCapitalized && ShortNameInParentheses(tokens, owner, t) is var shortName and >= 0)
            {
                return shortName;
            }

            if (adjacentOnly)
            {
                // An apposition right after the trigger: "Meta's recent release, Llama-3".
                if (step > 0 && t == start && token.Text == ",")
                {
                    continue;
                }

                return -1;
            }

            if (!token.IsWord)
            {
                // "Vicuna (a fine-tuned version of Llama 2)", "DeepSeek V3 (recommended over R1)": a parenthesis opened right
                // before the trigger remarks on the mention before it.
                if (step < 0 && token.Text == "(" && counted == 0 && t > 0 && owner[t - 1] >= 0)
                {
                    continue;
                }

                // "Sam Bankman-Fried (SBF), founder of FTX": a short alias in parentheses before an apposition's comma
                // stands beside the name, which the apposition describes.
                if (step < 0 && token.Text == ")" && counted == 0 && t + 1 < tokens.Count && tokens[t + 1].Text == ","
                    && AliasParenthesisOpen(tokens, owner, t) is var open and > 0)
                {
                    t = open;
                    continue;
                }

                // "Cursor, however, uses Claude", "SA-1B, in contrast, leveraged": a sentence adverbial between commas is passed over.
                if (step < 0 && token.Text == "," && ParentheticalAdverbialOpen(tokens, owner, t) is var adverbialOpen and > 0)
                {
                    t = adverbialOpen;
                    continue;
                }

                // A comma right before a mention opens an apposition ("two new models, OpenAI 03 and 04 Mini").
                // "Carl Shulman, a research associate at": an apposition's title may hold counted words before its comma.
                // "new AI models, such as Llama-3": a comma may also open the examples of what was passed.
                if (token.Text == "," && ((counted == 0 && allowComma) || (step > 0 && t + 1 < tokens.Count && owner[t + 1] >= 0)
                    || (step > 0 && counted is > 0 and <= 2 && t + 1 < tokens.Count && tokens[t + 1].Text.ToLowerInvariant() is "such" or "like" or "including")
                    || (step < 0 && titledApposition && t > 0 && owner[t - 1] >= 0)))
                {
                    continue;
                }

                // Quotes and emphasis are transparent; "$" and "%" belong to an amount ("a $10 billion investment in").
                if (token.Text is "\"" or "“" or "”" or "'" or "‘" or "’" or "*" or "$" or "%" or "€" or "£")
                {
                    continue;
                }

                return -1;
            }

            // "and" between a mention and a trigger coordinates verb phrases ("built GPTs and using ChatGPT"); lists are found apart.
            // "The model was then fine-tuned on": "then" after an auxiliary is an adverb of the verb, not a new clause.
            var word = token.Text;
            if ((ExtractionRules.ClauseBreakers.Contains(word) && !IsAdverbialThen(tokens, owner, t))
                || ExtractionRules.ListJoiners.Contains(word))
            {
                return -1;
            }

            // "models such as X", "AI tools like X": the examples of a class are what the verb reaches.
            if (step > 0 && word.Equals("such", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count
                && tokens[t + 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                t += step;
                continue;
            }

            if (step > 0 && counted > 0 && word.ToLowerInvariant() is "like" or "including")
            {
                continue;
            }

            // "uses synthetic data sets like Unreal Stereo 4K": a class of up to three words before its examples is passed whole.
            if (!ExtractionRules.GapFillers.Contains(word) && ++counted == 1)
            {
                firstCounted = t;
            }

            onlyCapitalized &= token.IsCapitalized || ExtractionRules.GapFillers.Contains(word);
            if (counted > maxGap && !(step > 0 && counted <= maxGap + 3 && ExampleAfterWords(tokens, owner, firstCounted, maxGap + 3) >= 0))
            {
                if (!(step > 0 && onlyCapitalized && counted <= maxGap + 4))
                {
                    return -1;
                }

                longName = true;
            }
        }

        return -1;
    }

    /// <summary>
    /// The mention after at most <paramref name="maxWords"/> lower-case words from <paramref name="from"/>, none a
    /// preposition ("integrates these models into products like Photoshop" puts the models into the products), and "such
    /// as", "like" or "including"; -1 for none.
    /// </summary>
    private static int ExampleAfterWords(IReadOnlyList<ClaimToken> tokens, int[] owner, int from, int maxWords)
    {
        for (var t = from; t >= 0 && t < tokens.Count && t < from + maxWords + 2; t++)
        {
            if (owner[t] >= 0 || !tokens[t].IsWord || ExtractionRules.ClauseBreakers.Contains(tokens[t].Text) || ExtractionRules.ListJoiners.Contains(tokens[t].Text)
                || ExtractionRules.ClassPrepositions.Contains(tokens[t].Text))
            {
                return -1;
            }

            // "like" and "including" need a class word before them; "such as" may open the run.
            var next = t > from || tokens[t].Text.Equals("such", StringComparison.OrdinalIgnoreCase) ? AfterExampleMarker(tokens, t) : -1;
            if (next >= 0)
            {
                while (next < tokens.Count && IsQuote(tokens[next]))
                {
                    next++;
                }

                return next < tokens.Count ? owner[next] : -1;
            }

            // "partners with AI companies like Anthropic": a generic acronym is a class word, not a name.
            if (tokens[t].IsCapitalized && !(tokens[t].Text.Length > 1 && ExtractionRules.GenericAcronyms.Contains(tokens[t].Text)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "(" of a parenthesis of at most three tokens closing at <paramref name="close"/>, right after a mention; -1 for none.</summary>
    private static int AliasParenthesisOpen(IReadOnlyList<ClaimToken> tokens, int[] owner, int close)
    {
        for (var t = close - 1; t > 0 && close - t <= 4; t--)
        {
            if (tokens[t].Text == "(")
            {
                return owner[t - 1] >= 0 && t < close - 1 ? t : -1;
            }

            if (!tokens[t].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The mention from <paramref name="first"/> to <paramref name="last"/> is the subject of the trigger's clause: only
    /// auxiliaries and adverbs stand between it and the trigger, only determiners and adverbs between the clause's start
    /// and it, and no agent "by" follows the trigger (a passive). With <paramref name="classExamples"/>, a class noun and
    /// "like"/"such as" may stand before it too.
    /// </summary>
    private static bool OpensClause(
        IReadOnlyList<ClaimToken> tokens, int[] owner, int first, int last, int triggerStart, int triggerEnd, bool subjectIsModel, bool classExamples = true)
    {
        // "OpenAI's models operate on Bing": an owner's interface noun stands for its owner; any other owned noun does not.
        var verbGap = last + 1;
        if (tokens[last].Possessive)
        {
            if (verbGap >= triggerStart || !ExtractionRules.InterfaceNouns.Contains(tokens[verbGap].Text))
            {
                return false;
            }

            verbGap++;
        }
        else if (verbGap < triggerStart && !tokens[verbGap].Possessive && owner[verbGap] < 0)
        {
            // "The Phi-1 base model was trained on", "the Cursor agent uses": a product noun (one modifier before it) after the
            // name is the subject's head.
            // Only a model's own class noun: in "a JavaScript agent using", "the SQL query agents use" the name only says
            // what kind of agent it is, and the agent is the user.
            var head = verbGap + 1 < triggerStart && ExtractionRules.ModelNouns.Contains(tokens[verbGap + 1].Text) ? verbGap + 1 : verbGap;
            if (ExtractionRules.ModelNouns.Contains(tokens[head].Text) && tokens[verbGap].IsWord && !tokens[head].Possessive
                && subjectIsModel)
            {
                verbGap = head + 1;
            }
        }

        for (var t = verbGap; t < triggerStart; t++)
        {
            // "Cursor, however, uses Claude": a sentence adverbial between commas.
            if (tokens[t].Text == "," && ParentheticalAdverbialClose(tokens, owner, t, triggerStart) is var close and > 0)
            {
                t = close;
                continue;
            }

            if (!tokens[t].IsWord || !IsAuxiliaryOrAdverb(tokens[t].Text))
            {
                return false;
            }
        }

        if (triggerEnd + 1 < tokens.Count && tokens[triggerEnd + 1].Text.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = first - 1; t >= 0; t--)
        {
            var token = tokens[t];
            if (owner[t] >= 0)
            {
                return false;
            }

            if (!token.IsWord)
            {
                if (token.Text is "\"" or "“" or "”" or "'" or "‘" or "’" or "*")
                {
                    continue;
                }

                return true;
            }

            var word = token.Text;
            if (ExtractionRules.ClauseBreakers.Contains(word))
            {
                return true;
            }

            // "Apple and Google integrating": the clause opens before the whole list, so walk on over its members.
            if (ExtractionRules.ListJoiners.Contains(word))
            {
                while (t > 0 && (owner[t - 1] >= 0 || tokens[t - 1].Text == "," || ExtractionRules.ListJoiners.Contains(tokens[t - 1].Text)))
                {
                    t--;
                }

                continue;
            }

            // "While applications like Claude Desktop or Cursor natively support MCP": the examples of a class noun (one
            // lower-case modifier allowed) that opens the clause are its subject. Not before an "-ing" form ("Companies like
            // Apple integrating Claude will normalise it" is a noun phrase), nor for a shared act: "Tools like Claude and
            // Gemini compete for attention" compete with others, not with each other.
            if (classExamples && !tokens[triggerStart].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && ExampleMarkerOpen(tokens, owner, t) is var classStart and >= 0)
            {
                t = classStart;
                continue;
            }

            // "author Dan Shipper has begun using": a role noun before a name describes the subject.
            if (!ExtractionRules.Determiners.Contains(word) && !IsAuxiliaryOrAdverb(word) && !ExtractionRules.SubjectRoleWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first word of a lower-case class noun (with at most one modifier) before the "like" or "such as" ending at
    /// <paramref name="marker"/> ("applications like", "AI coding tools such as"); -1 for none.
    /// </summary>
    private static int ExampleMarkerOpen(IReadOnlyList<ClaimToken> tokens, int[] owner, int marker)
    {
        var c = tokens[marker].Text.ToLowerInvariant() switch
        {
            "like" => marker - 1,
            "as" when marker > 0 && tokens[marker - 1].Text.Equals("such", StringComparison.OrdinalIgnoreCase) => marker - 2,
            _ => -1,
        };
        var start = -1;
        for (var words = 0; c >= 0 && words < 2 && owner[c] < 0 && tokens[c].IsWord && (!tokens[c].IsCapitalized || c == 0 || !tokens[c - 1].IsWord)
            && !ExtractionRules.Determiners.Contains(tokens[c].Text) && !ExtractionRules.ClauseBreakers.Contains(tokens[c].Text)
            && !IsAuxiliaryOrAdverb(tokens[c].Text); words++, c--)
        {
            start = c;
        }

        // "major LLM providers like OpenAI and Anthropic use Pydantic": a one-word acronym name (a kind: LLM, AI) may stand
        // among the class noun's modifiers, and one lower-case modifier before it.
        if (start > 0 && c == start - 1 && owner[c] >= 0 && (c == 0 || owner[c - 1] != owner[c]) && IsAcronym(tokens[c].Text))
        {
            start = c;
            if (c > 0 && owner[c - 1] < 0 && tokens[c - 1].IsWord && !tokens[c - 1].IsCapitalized && !ExtractionRules.Determiners.Contains(tokens[c - 1].Text)
                && !ExtractionRules.ClauseBreakers.Contains(tokens[c - 1].Text) && !IsAuxiliaryOrAdverb(tokens[c - 1].Text))
            {
                start = c - 1;
            }
        }

        return start;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 4 && word.All(char.IsUpper);

    /// <summary>
    /// The opening comma of a sentence adverbial (<see cref="ExtractionRules.ParentheticalAdverbials"/>: "however", "in
    /// contrast", "for example") that ends with the comma at <paramref name="close"/>; -1 for none.
    /// </summary>
    private static int ParentheticalAdverbialOpen(IReadOnlyList<ClaimToken> tokens, int[] owner, int close)
    {
        var words = new List<string>(4);
        for (var t = close - 1; t > 0 && close - t <= 4; t--)
        {
            if (tokens[t].Text == ",")
            {
                words.Reverse();
                return words.Count > 0 && ExtractionRules.ParentheticalAdverbials.Contains(string.Join(' ', words)) ? t : -1;
            }

            if (owner[t] >= 0 || !tokens[t].IsWord)
            {
                return -1;
            }

            words.Add(tokens[t].Text.ToLowerInvariant());
        }

        return -1;
    }

    /// <summary>The closing comma of a sentence adverbial opened by the comma at <paramref name="open"/>, before <paramref name="limit"/>; -1 for none.</summary>
    private static int ParentheticalAdverbialClose(IReadOnlyList<ClaimToken> tokens, int[] owner, int open, int limit)
    {
        for (var t = open + 2; t < limit && t - open <= 5; t++)
        {
            if (tokens[t].Text == ",")
            {
                return ParentheticalAdverbialOpen(tokens, owner, t) == open ? t : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the acquisition of X", "the use of X": the mention starting at <paramref name="first"/> is what a noun of taking acts
    /// on, or of the <paramref name="nouns"/> given instead ("a fork of X").
    /// </summary>
    private static bool TakenOver(IReadOnlyList<ClaimToken> tokens, int first, IReadOnlySet<string>? nouns = null)
    {
        var t = first - 1;
        while (t >= 0 && (IsQuote(tokens[t]) || tokens[t].Text.ToLowerInvariant() is "the" or "a" or "an"))
        {
            t--;
        }

        return t >= 1 && tokens[t].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && (nouns ?? ExtractionRules.TakingNouns).Contains(tokens[t - 1].Text);
    }

    /// <summary>
    /// "OpenAI's Clip Vision Transformer": a mention followed directly by a capitalised kind the catalog knows as a concept
    /// is the front of a longer name the discoverer cut ("Google's Gemini LLMs", an acronym, is the model with its kind).
    /// </summary>
    private static bool RunsIntoKindName(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int mention)
    {
        var next = mention + 1;
        return next < mentions.Count && !tokens[lastToken[mention]].Possessive && firstToken[next] == lastToken[mention] + 1
            && mentions[next].Type == EntityType.Concept && IsTitleCased(tokens[firstToken[next]]);
    }

    /// <summary>
    /// The mention, or when it is cut short or runs into a kind's name ("Unreal Stereo 4K", "OpenAI's Clip Vision
    /// Transformer"), the next list member after the rest of that longer name ("and MVS Synth", "and Vicuna"); the mention
    /// itself when no whole member follows.
    /// </summary>
    private static int FirstWholeMember(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int mention)
    {
        bool Partial(int m) => IsCutShort(tokens, owner, lastToken[m]) || RunsIntoKindName(tokens, mentions, firstToken, lastToken, m);
        if (!Partial(mention))
        {
            return mention;
        }

        // Pass the rest of the longer name: capitalised words, numbers and a kind's name run into.
        var t = lastToken[mention] + 1;
        while (t < tokens.Count && tokens[t].IsWord && (owner[t] < 0 ? !char.IsLower(tokens[t].Text[0]) : mentions[owner[t]].Type == EntityType.Concept))
        {
            t++;
        }

        var joined = false;
        while (t < tokens.Count && owner[t] < 0 && (tokens[t].Text == "," || ExtractionRules.ListJoiners.Contains(tokens[t].Text)))
        {
            joined = true;
            t++;
        }

        return joined && t < tokens.Count && owner[t] >= 0 && firstToken[owner[t]] == t && mentions[owner[t]].Type != EntityType.Concept && !Partial(owner[t])
            ? owner[t]
            : mention;
    }

    private static bool IsTitleCased(ClaimToken token) => token.IsCapitalized && token.Text.Length > 1 && char.IsLower(token.Text[1]);

    /// <summary>"the Cultural Revolution, launched by Mao Zedong": a name headed by an event noun is no product anyone made.</summary>
    private static bool NamesEventMade(RelationRule rule, IReadOnlyList<ClaimToken> tokens, int objectLast) =>
        rule.Predicate == RelationVocabulary.Develops && ExtractionRules.EventNouns.Contains(tokens[objectLast].Text);

    /// <summary>
    /// "Arvind, CEO of Perplexity AI": a lone word that discovery typed an organisation, with a person's title in apposition
    /// right after its comma, is the person the title names (an organisation holds no title).
    /// </summary>
    private static bool TitledInApposition(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int subject, int triggerStart, RelationRule rule)
    {
        if (mentions[subject].Type != EntityType.Organization || mentions[subject].InCatalog || firstToken[subject] != lastToken[subject]
            || !Allows(rule.SubjectTypes, EntityType.Person) || Allows(rule.SubjectTypes, EntityType.Organization))
        {
            return false;
        }

        var comma = lastToken[subject] + 1;
        var title = comma + 1 < tokens.Count && OpensNounPhrase(tokens[comma + 1]) ? comma + 2 : comma + 1;
        return comma < tokens.Count && tokens[comma].Text == "," && title == triggerStart && IsTitleWord(tokens[triggerStart].Text);
    }

    /// <summary>
    /// "OpenAI's Model Specification document": a name the catalog does not know, followed by a noun of a document, names
    /// a document someone wrote, not a product they made ("OpenAI's GPT-4 paper", a known model, is still OpenAI's model).
    /// </summary>
    private static bool NamesDocumentMade(RelationRule rule, IReadOnlyList<ClaimToken> tokens, EntityMention @object, int objectLast) =>
        rule.Predicate == RelationVocabulary.Develops && !@object.InCatalog && @object.Type != EntityType.Model && objectLast + 1 < tokens.Count
        && ExtractionRules.DocumentNouns.Contains(tokens[objectLast + 1].Text);

    /// <summary>
    /// "using FTX customer funds": an organisation followed by a lower-case word other than a preposition or conjunction
    /// modifies what is used; its interface or its products ("OpenAI models", "Nvidia chips") stand for it.
    /// </summary>
    private static bool ModifiesNoun(IReadOnlyList<ClaimToken> tokens, int[] owner, EntityMention @object, int objectLast)
    {
        var next = objectLast + 1;
        if (@object.Type != EntityType.Organization || next >= tokens.Count || owner[next] >= 0 || !tokens[next].IsWord || !char.IsLower(tokens[next].Text[0]))
        {
            return false;
        }

        // "uses Grammarly strategically": an adverb after the name modifies the verb, not a noun.
        var word = tokens[next].Text;
        return !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && word is not ("family" or "supply" or "assembly" or "monopoly" or "anomaly"))
            && !ExtractionRules.WordsAfterUsedOrganization.Contains(word) && !ExtractionRules.InterfaceNouns.Contains(word)
            && !ExtractionRules.ProductNouns.Contains(word) && !ExtractionRules.OfferingNouns.Contains(word);
    }

    /// <summary>
    /// "FTX customer funds": a one-word trigger that is also a plural noun, right after a common word that is no auxiliary,
    /// adverb or filler, is the noun. A relative clause's trigger follows its pronoun and is read as the verb, and so is
    /// one after a product's class noun, the head of its subject ("The Claude model powers Cursor").
    /// </summary>
    private static bool ReadsAsPluralNoun(IReadOnlyList<ClaimToken> tokens, int[] owner, int triggerStart, int triggerEnd, int clauseHead)
    {
        if (clauseHead >= 0 || triggerEnd != triggerStart || triggerStart == 0 || !ExtractionRules.PluralNounVerbs.Contains(tokens[triggerStart].Text))
        {
            return false;
        }

        var before = tokens[triggerStart - 1];
        return owner[triggerStart - 1] < 0 && before.IsWord && char.IsLower(before.Text[0]) && !IsAuxiliaryOrAdverb(before.Text)
            && !ExtractionRules.GapFillers.Contains(before.Text) && !ExtractionRules.ListJoiners.Contains(before.Text)
            && !ExtractionRules.ClauseBreakers.Contains(before.Text) && !ExtractionRules.ProductNouns.Contains(before.Text);
    }

    private static bool IsAdverbialThen(IReadOnlyList<ClaimToken> tokens, int[] owner, int t) =>
        t > 0 && owner[t - 1] < 0 && tokens[t].Text.Equals("then", StringComparison.OrdinalIgnoreCase)
        && (ExtractionRules.PassiveAuxiliaries.Contains(tokens[t - 1].Text) || tokens[t - 1].Text.ToLowerInvariant() is "has" or "have" or "had");

    /// <summary>The mention that alone fills the parentheses opened at <paramref name="open"/> ("(A2A)"); -1 for none.</summary>
    private static int ShortNameInParentheses(IReadOnlyList<ClaimToken> tokens, int[] owner, int open)
    {
        if (open + 2 >= tokens.Count || owner[open + 1] < 0)
        {
            return -1;
        }

        var end = open + 1;
        while (end < tokens.Count && owner[end] == owner[open + 1])
        {
            end++;
        }

        return end < tokens.Count && tokens[end].Text == ")" ? owner[open + 1] : -1;
    }

    private static bool IsQuote(ClaimToken token) => token.Text is "\"" or "“" or "”" or "‘" or "’";

    private static bool IsArticle(ClaimToken token) => token.Text.ToLowerInvariant() is "a" or "an";

    private static bool OpensNounPhrase(ClaimToken token) => IsArticle(token) || token.Text.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static bool IsAuxiliaryOrAdverb(string word) =>
        ExtractionRules.SubjectVerbWords.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    /// <summary>The mention ending at <paramref name="last"/> is a possessive owner of a common noun before <paramref name="limit"/> ("Meta's platforms"), not of an interface ("Brave's API").</summary>
    private static bool OwnsCommonNoun(IReadOnlyList<ClaimToken> tokens, int[] owner, int last, int limit)
    {
        var next = last + 1;
        if (!tokens[last].Possessive || next >= limit || next >= tokens.Count || owner[next] >= 0)
        {
            return false;
        }

        var token = tokens[next];
        return token.IsWord && char.IsLetter(token.Text[0]) && !ExtractionRules.InterfaceNouns.Contains(token.Text)
            && !ExtractionRules.PossessiveProductModifiers.Contains(token.Text);
    }

    /// <summary>The possessive ending at <paramref name="last"/> owns a unit of staff, after at most two modifiers: "OpenAI's AI safety team".</summary>
    private static bool OwnsUnit(IReadOnlyList<ClaimToken> tokens, int[] owner, int last)
    {
        for (var t = last + 1; t < tokens.Count && t <= last + 3 && owner[t] < 0 && tokens[t].IsWord && !tokens[t].Possessive; t++)
        {
            if (ExtractionRules.StaffUnitNouns.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCutShort(IReadOnlyList<ClaimToken> tokens, int[] owner, int last)
    {
        // "DeepSeek R1 0528", "DeepSeek v3": a bare number or a short word with a digit right after a name is a version the
        // mention missed, and so is a single capital letter ("Codex V"); "Ink & Switch" goes on after its "&".
        // "chair of the Harvard Department of Economics": a name ending in a head that takes "of" goes on after it.
        var next = last + 1;
        return !tokens[last].Possessive && next < tokens.Count && owner[next] < 0
            && ((tokens[next].IsCapitalized && ExtractionRules.OrganizationSuffixes.Contains(tokens[next].Text)) || tokens[next].IsNumber
                || (tokens[next].Text == "&" && next + 1 < tokens.Count && tokens[next + 1].IsCapitalized)
                || (tokens[next].Text.Length == 1 && char.IsAsciiLetterUpper(tokens[next].Text[0]))
                || (tokens[next].IsWord && tokens[next].HasDigit && tokens[next].Text.Length <= 3)
                || (ExtractionRules.OfHeads.Contains(tokens[last].Text) && tokens[last].IsCapitalized && tokens[next].Text == "of"
                    && next + 1 < tokens.Count && tokens[next + 1].IsCapitalized));
    }

    /// <summary>The nearest mention (no concept) before <paramref name="start"/> within <paramref name="maxTokens"/> tokens, over commas, words and relative clauses but not a sentence end or another clause breaker.</summary>
    private static int NearestMentionInSentence(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int start, int maxTokens)
    {
        for (var t = start; t >= 0 && start - t < maxTokens; t--)
        {
            // "a Transformer-based model ... competing models like Falcon": a catalog concept names a kind, never a rival.
            if (owner[t] >= 0 && mentions[owner[t]].Type != EntityType.Concept)
            {
                return owner[t];
            }

            // "n8n is a tool that distinguishes itself from competitors like Zapier": a relative clause is still about its head;
            // "Google said that" opens reported speech, which is not.
            var relative = tokens[t].Text.ToLowerInvariant() is "that" or "which" or "who"
                && t > 0 && !ExtractionRules.SpeechVerbs.Contains(tokens[t - 1].Text);
            if (tokens[t].Text is "." or ";" or ":" or "?" or "!" or "(" or ")" || (ExtractionRules.ClauseBreakers.Contains(tokens[t].Text) && !relative))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The mention and the members of a list it belongs to on its side: "X, Y, and Z" joined by commas and "and"/"or".</summary>
    private static List<int> ListMembers(
        IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int mention, int step)
    {
        var members = new List<int> { mention };
        var current = mention;
        while (true)
        {
            var t = step > 0 ? lastToken[current] + 1 : firstToken[current] - 1;
            // "Falcon (40 billion parameters) or Llama": a remark in parentheses after a member does not end the list.
            if (step > 0)
            {
                t = AfterParenthetical(tokens, owner, t);
            }

            var joined = false;
            var conjunction = false;
            while (t >= 0 && t < tokens.Count && owner[t] < 0)
            {
                var word = tokens[t].Text;
                if (word == "," || ExtractionRules.ListJoiners.Contains(word) || word is "as" or "well")
                {
                    joined = true;
                    conjunction |= word != ",";
                    t += step;
                    continue;
                }

                break;
            }

            // "competitors like Cursor, Manos, and various open-source tools such as Cline": a class after the conjunction
            // continues the list with its examples.
            if (step > 0 && conjunction && t < tokens.Count && owner[t] < 0 && ExampleAfterWords(tokens, owner, t, 3) is var example and >= 0)
            {
                members.Add(example);
                current = example;
                continue;
            }

            // Before a trigger a list ends in its conjunction: "Google, Facebook outperformed" is a clause and a subject, not a list.
            if (!joined || t < 0 || t >= tokens.Count || owner[t] < 0 || (step < 0 && members.Count == 1 && !conjunction))
            {
                return members;
            }

            // A possessive owner before the next member ("and Anthropic's Claude") belongs to that member, not the list.
            var next = owner[t];
            if (step > 0 && tokens[lastToken[next]].Possessive && next + 1 < mentions.Count && firstToken[next + 1] == lastToken[next] + 1)
            {
                next++;
            }

            members.Add(next);
            current = next;
        }
    }

    /// <summary>The token after a short parenthesis without mentions opening at <paramref name="t"/>, or <paramref name="t"/> itself.</summary>
    private static int AfterParenthetical(IReadOnlyList<ClaimToken> tokens, int[] owner, int t)
    {
        if (t >= tokens.Count || tokens[t].Text != "(")
        {
            return t;
        }

        for (var k = t + 1; k < tokens.Count && k - t <= 8; k++)
        {
            if (owner[k] >= 0 || tokens[k].Text == "(")
            {
                return t;
            }

            if (tokens[k].Text == ")")
            {
                return k + 1;
            }
        }

        return t;
    }

    /// <summary>"not", "never", "no longer" …, or any contraction in "n't" ("didn't", "won’t").</summary>
    private static bool IsNegationWord(string word) =>
        ExtractionRules.Negations.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A negation or hedge between the two mentions or in the three words before the first. "Former" ends a role but not
    /// the fact that it was held: "former CTO at Facebook" still worked at Facebook, and a founding is never undone; it
    /// cancels every other predicate (a former CEO no longer leads).
    /// </summary>
    private static bool IsNegatedAround(IReadOnlyList<ClaimToken> tokens, int first, int last, string? predicate = null)
    {
        var pastRoleHolds = predicate is RelationVocabulary.WorksAt or RelationVocabulary.Founded;
        var from = Math.Max(0, first - 3);
        for (var t = from; t <= last && t < tokens.Count; t++)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            // "founder of Not Boring": a capitalised negation inside a sentence begins a name; "is NOT" still negates.
            var word = tokens[t].Text;
            if ((t > 0 && tokens[t - 1].IsWord && tokens[t].IsCapitalized && !tokens[t].IsAllCaps)
                || (pastRoleHolds && ExtractionRules.PastRoleWords.Contains(word))
                || (predicate == RelationVocabulary.Outperforms && IsJudgementOfRank(tokens, t)))
            {
                continue;
            }

            // "Unlike b.new, which is a fully hosted version by Tech Le, ...": "unlike" contrasts its object with the main
            // clause, and what the phrase says of that object still holds.
            if (word.Equals("unlike", StringComparison.OrdinalIgnoreCase) && WithinUnlikePhrase(tokens, t, first, last))
            {
                continue;
            }

            // "Aobos is considered an expert in ... using ChatGPT", "is considered one of the leading": a judgement of what the
            // subject is states it; "considered buying" stays a hedge.
            if (word.Equals("considered", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Count
                && tokens[t + 1].Text.ToLowerInvariant() is "a" or "an" or "the" or "one")
            {
                continue;
            }

            // "Learnings from Codex are planned to be integrated into GPT": a plan's participle before "to" is a hedge.
            if (IsNegationWord(word) || ExtractionRules.Hedges.Contains(word)
                || (ExtractionRules.PlanParticiples.Contains(word) && t + 1 < tokens.Count && tokens[t + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
                || (predicate == RelationVocabulary.Outperforms && ExtractionRules.ComparisonHedges.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the relation from <paramref name="first"/> to <paramref name="last"/> lies inside the phrase that "unlike" at
    /// <paramref name="unlike"/> opens, about its object: the first argument is that object (at most three lower-case words
    /// before it: "Unlike the hosted b.new version by TechLe"), and the last ends before the phrase's comma, or before the
    /// next comma when a relative clause or an apposition follows ("Unlike b.new, which is a hosted version by Tech Le,").
    /// </summary>
    private static bool WithinUnlikePhrase(IReadOnlyList<ClaimToken> tokens, int unlike, int first, int last)
    {
        if (first <= unlike || first - unlike > 4)
        {
            return false;
        }

        for (var t = unlike + 1; t < first; t++)
        {
            if (!tokens[t].IsWord || tokens[t].IsCapitalized)
            {
                return false;
            }
        }

        var end = tokens.Count;
        for (var t = first + 1; t < tokens.Count; t++)
        {
            if (tokens[t].Text is "," or ";")
            {
                end = t;
                if (t + 1 < tokens.Count && tokens[t + 1].Text.ToLowerInvariant() is "which" or "who" or "a" or "an" or "the")
                {
                    end = tokens.Count;
                    for (var u = t + 2; u < tokens.Count; u++)
                    {
                        if (tokens[u].Text is "," or ";")
                        {
                            end = u;
                            break;
                        }
                    }
                }

                break;
            }
        }

        return last < end;
    }

    /// <summary>
    /// "Claude Sonnet 3.5 is considered better", "regarded as superior to": a verb of judgement before a comparative states
    /// the ranking ("considered buying" is still a hedge).
    /// </summary>
    private static bool IsJudgementOfRank(IReadOnlyList<ClaimToken> tokens, int t)
    {
        if (!ExtractionRules.JudgementVerbs.Contains(tokens[t].Text))
        {
            return false;
        }

        var next = t + 1;
        while (next < tokens.Count && next - t <= 2 && tokens[next].Text.ToLowerInvariant() is "to" or "be" or "as")
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return false;
        }

        var word = tokens[next].Text;
        var phrase = next + 1 < tokens.Count ? word + " " + tokens[next + 1].Text : word;
        return ExtractionRules.Comparatives.Contains(word) || ExtractionRules.ReversedComparatives.Contains(word)
            || ExtractionRules.Comparatives.Contains(phrase) || ExtractionRules.ReversedComparatives.Contains(phrase);
    }

    private static int LongestTriggerAt(IReadOnlyList<ClaimToken> tokens, int[] owner, int start, (string[] Words, RelationRule Rule)[] candidates)
    {
        var longest = 0;
        foreach (var (words, _) in candidates)
        {
            if (words.Length > longest && start + words.Length <= tokens.Count && SameWords(tokens, start, words)
                && Unowned(owner, start, start + words.Length))
            {
                longest = words.Length;
            }
        }

        return longest;
    }

    /// <summary>No mention holds a token of [from, to). A loop, not a lambda: its closure was allocated on every call.</summary>
    private static bool Unowned(int[] owner, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (owner[t] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameWords(IReadOnlyList<ClaimToken> tokens, int start, ReadOnlySpan<string> words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (!token.Text.Equals(words[k], StringComparison.OrdinalIgnoreCase) || (k < words.Length - 1 && token.Possessive))
            {
                return false;
            }
        }

        return true;
    }

    private static RelationRule RuleNamed(string name) => ExtractionRules.Relations.Single(rule => rule.Name == name);

    private static bool Allows(EntityTypes allowed, EntityType type) => (allowed & ExtractionRules.ToSet(type)) != 0;

    private static void Add(List<ExtractedRelation> relations, RelationRule rule, string subject, string @object, TextSpan trigger)
    {
        if (RelationVocabulary.Find(rule.Predicate) is { Symmetric: true } && string.CompareOrdinal(subject, @object) > 0)
        {
            (subject, @object) = (@object, subject);
        }

        if (!Holds(relations, subject, rule.Predicate, @object))
        {
            relations.Add(new ExtractedRelation(subject, rule.Predicate, @object, trigger, rule.Name, rule.Confidence));
        }
    }

    /// <summary>Whether the claim's relations already state this triple (the first rule to state it keeps its trace).</summary>
    private static bool Holds(List<ExtractedRelation> relations, string subject, string predicate, string @object) =>
        relations.Exists(r => r.SubjectId == subject && r.ObjectId == @object && r.Predicate == predicate);

    private static FrozenDictionary<string, (string[] Words, RelationRule Rule)[]> IndexTriggers()
    {
        var byFirst = new Dictionary<string, List<(string[], RelationRule)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in ExtractionRules.Relations)
        {
            foreach (var trigger in rule.Triggers)
            {
                // The tokenizer keeps hyphenated words whole, so "co-founded" is one word.
                var words = trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add((words, rule));
            }
        }

        return byFirst.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }
}
