using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// Wordings the trigger rules missed, each read in its own shape (the rules and tables are in MissedWordingRuleTables.cs):
/// works listed by example after an owner's possessive, a work "from" its makers in apposition, a company its founders are
/// building, a founder brought on, a former head in apposition, a class of what is supported or used followed by its
/// examples, a name positioned as a rival or rivalling another's performance, a product named before the clause that uses
/// something in it and a product named again as "it" before what it includes or uses.
/// </summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule WorksListedRule = RuleNamed(ExtractionRules.DevelopsPossessiveWorksListed);
    private static readonly RelationRule MadeFromRule = RuleNamed(ExtractionRules.DevelopsAppositionFrom);
    private static readonly RelationRule BuildingCompanyRule = RuleNamed(ExtractionRules.FoundedBuildingCompany);
    private static readonly RelationRule BroughtOnRule = RuleNamed(ExtractionRules.FoundedBroughtOn);
    private static readonly RelationRule FormerHeadRule = RuleNamed(ExtractionRules.LeadsFormerTitleApposition);
    private static readonly RelationRule SupportsExamplesRule = RuleNamed(ExtractionRules.UsesSupportsExamples);
    private static readonly RelationRule FrontedWithinRule = RuleNamed(ExtractionRules.UsesFrontedWithin);
    private static readonly RelationRule PronounIncludesRule = RuleNamed(ExtractionRules.PartOfPronounIncludes);
    private static readonly RelationRule PronounUsesRule = RuleNamed(ExtractionRules.UsesPronounSubject);
    private static readonly RelationRule PositionedAsRule = RuleNamed(ExtractionRules.CompetesPositionedAs);
    private static readonly RelationRule RivalledPerformanceRule = RuleNamed(ExtractionRules.CompetesRivalledPerformance);

    private static void FindMissedWordings(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        FindListedWorks(tokens, mentions, owner, firstToken, lastToken, relations);
        FindMadeFrom(tokens, mentions, owner, firstToken, lastToken, relations);
        FindFoundersBuilding(tokens, mentions, owner, firstToken, lastToken, relations);
        FindBroughtOnFounders(tokens, mentions, owner, firstToken, lastToken, relations);
        FindFormerHeads(tokens, mentions, owner, firstToken, lastToken, relations);
        FindSupportedExamples(tokens, mentions, owner, firstToken, lastToken, relations);
        FindFrontedWithin(tokens, mentions, owner, firstToken, lastToken, relations);
        FindPronounIncludes(tokens, mentions, owner, firstToken, lastToken, relations);
        FindPositionedRivals(tokens, mentions, owner, firstToken, lastToken, relations);
        FindRivalledPerformance(tokens, mentions, owner, firstToken, lastToken, relations);
    }

    /// <summary>
    /// "Dean's contributions range from foundational systems like MapReduce and BigTable to AI initiatives like TensorFlow":
    /// a person's possessive, a noun of works and a verb that lists them; every name after an example marker, a list's
    /// joiner or the verb's own words, up to the clause's end, is one of the works ("talks on GPT" names none).
    /// </summary>
    private static void FindListedWorks(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        for (var p = 0; p < mentions.Count; p++)
        {
            var noun = lastToken[p] + 1;
            if (firstToken[p] < 0 || mentions[p].Type != EntityType.Person || !tokens[lastToken[p]].Possessive || noun + 1 >= tokens.Count
                || owner[noun] >= 0 || !ExtractionRules.WorksNouns.Contains(tokens[noun].Text) || !ExtractionRules.WorksListingVerbs.Contains(tokens[noun + 1].Text))
            {
                continue;
            }

            var span = new TextSpan(tokens[noun].Start, tokens[noun + 1].End);
            for (var t = noun + 2; t < tokens.Count && !EndsClause(tokens[t]); t++)
            {
                if (owner[t] < 0 || (t > 0 && owner[t - 1] == owner[t]))
                {
                    continue;
                }

                var work = owner[t];
                var before = t - 1;
                while (before > noun && (IsQuote(tokens[before]) || tokens[before].Text.Equals("the", StringComparison.OrdinalIgnoreCase)))
                {
                    before--;
                }

                // "Google's TensorFlow": a possessive owner before the work belongs to the work.
                if (!ExtractionRules.WorkListPrecedents.Contains(tokens[before].Text) && !(before == t - 1 && t > 0 && owner[t - 1] >= 0 && tokens[t - 1].Possessive))
                {
                    continue;
                }

                if (tokens[lastToken[work]].Possessive || !Allows(WorksListedRule.ObjectTypes, mentions[work].Type) || IsCutShort(tokens, owner, lastToken[work])
                    || mentions[work].EntityId == mentions[p].EntityId || IsNegatedAround(tokens, firstToken[p], lastToken[work], WorksListedRule.Predicate))
                {
                    continue;
                }

                Add(relations, WorksListedRule, mentions[p].EntityId, mentions[work].EntityId, span);
            }
        }
    }

    /// <summary>
    /// "Neuralangelo, a paper from Nvidia Research and Johns Hopkins University", "QwQ is a reasoning model from Qwen": a
    /// work described by a noun of a made thing and "from" its makers. A supplier's modifier ("a hosted model from Groq")
    /// makes "from" a source, not a maker.
    /// </summary>
    private static void FindMadeFrom(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        for (var w = 0; w < mentions.Count; w++)
        {
            var t = lastToken[w] + 1;
            if (firstToken[w] < 0 || t + 3 >= tokens.Count || tokens[lastToken[w]].Possessive
                || !(tokens[t].Text == "," || tokens[t].Text.ToLowerInvariant() is "is" or "was") || !IsArticle(tokens[t + 1]))
            {
                continue;
            }

            var k = t + 2;
            while (k < tokens.Count && k - t - 2 <= 3 && IsPlainModifier(tokens, owner, k) && !ExtractionRules.MadeFromNouns.Contains(tokens[k].Text))
            {
                k++;
            }

            if (k + 2 >= tokens.Count || !ExtractionRules.MadeFromNouns.Contains(tokens[k].Text) || !tokens[k + 1].Text.Equals("from", StringComparison.OrdinalIgnoreCase)
                || owner[k + 2] < 0 || firstToken[owner[k + 2]] != k + 2
                || Enumerable.Range(t + 2, k - t - 2).Any(m => ExtractionRules.SuppliedModifiers.Contains(tokens[m].Text)))
            {
                continue;
            }

            var span = new TextSpan(tokens[k].Start, tokens[k + 1].End);
            foreach (var maker in ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[k + 2], +1))
            {
                if (mentions[maker].EntityId != mentions[w].EntityId && Allows(MadeFromRule.SubjectTypes, mentions[maker].Type)
                    && Allows(MadeFromRule.ObjectTypes, mentions[w].Type) && !tokens[lastToken[maker]].Possessive && !IsCutShort(tokens, owner, lastToken[maker])
                    && !IsNegatedAround(tokens, firstToken[w], lastToken[maker], MadeFromRule.Predicate))
                {
                    Add(relations, MadeFromRule, mentions[maker].EntityId, mentions[w].EntityId, span);
                }
            }
        }
    }

    /// <summary>
    /// "Eric Ries and Jeremy Howard are building Answer AI, a company focused on …": people building a name that an apposition
    /// calls a company founded it. Without the apposition the name may be a product ("is building Bolt").
    /// </summary>
    private static void FindFoundersBuilding(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        for (var o = 0; o < mentions.Count; o++)
        {
            var verb = firstToken[o] - 1;
            var after = lastToken[o] + 1;
            if (firstToken[o] < 0 || verb < 2 || owner[verb] >= 0 || !ExtractionRules.FoundingProgressives.Contains(tokens[verb].Text)
                || after + 2 >= tokens.Count || tokens[after].Text != "," || !IsArticle(tokens[after + 1]))
            {
                continue;
            }

            var k = after + 2;
            while (k < tokens.Count && k - after - 2 < 3 && IsPlainModifier(tokens, owner, k) && !ExtractionRules.NewCompanyNouns.Contains(tokens[k].Text))
            {
                k++;
            }

            if (k >= tokens.Count || !ExtractionRules.NewCompanyNouns.Contains(tokens[k].Text))
            {
                continue;
            }

            // "are now building": auxiliaries and adverbs between the founders and the verb, one of them "is" or "are".
            var s = verb - 1;
            var auxiliary = false;
            while (s >= 0 && owner[s] < 0 && IsAuxiliaryOrAdverb(tokens[s].Text))
            {
                auxiliary |= tokens[s].Text.ToLowerInvariant() is "is" or "are" or "was" or "were";
                s--;
            }

            if (!auxiliary || s < 0 || owner[s] < 0)
            {
                continue;
            }

            var span = new TextSpan(tokens[verb].Start, tokens[verb].End);
            foreach (var founder in ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[s], -1))
            {
                if (Allows(BuildingCompanyRule.SubjectTypes, mentions[founder].Type) && Allows(BuildingCompanyRule.ObjectTypes, mentions[o].Type)
                    && !tokens[lastToken[founder]].Possessive && !IsNegatedAround(tokens, firstToken[founder], lastToken[o], BuildingCompanyRule.Predicate))
                {
                    Add(relations, BuildingCompanyRule, mentions[founder].EntityId, mentions[o].EntityId, span);
                }
            }
        }
    }

    /// <summary>
    /// "Etherealize … brought on Danny Ryan as a co-founder": an organisation that brings a person on as a founder was founded
    /// by that person; the organisation is the nearest name before the verb in its sentence.
    /// </summary>
    private static void FindBroughtOnFounders(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        for (var p = 0; p < mentions.Count; p++)
        {
            var verbEnd = firstToken[p] - 1;
            if (firstToken[p] < 1 || mentions[p].Type != EntityType.Person || owner[verbEnd] >= 0)
            {
                continue;
            }

            var verbStart = verbEnd > 0 && ExtractionRules.BringingOnVerbs.Contains(tokens[verbEnd - 1].Text + " " + tokens[verbEnd].Text) ? verbEnd - 1
                : ExtractionRules.BringingOnVerbs.Contains(tokens[verbEnd].Text) ? verbEnd : -1;
            var t = lastToken[p] + 1;
            if (verbStart < 0 || t + 1 >= tokens.Count || !tokens[t].Text.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            t++;
            if (OpensNounPhrase(tokens[t]))
            {
                t++;
            }

            if (t >= tokens.Count || !ExtractionRules.FounderTitles.Contains(tokens[t].Text))
            {
                continue;
            }

            var organization = NearestMentionInSentence(tokens, owner, mentions, verbStart - 1, 40);
            if (organization < 0 || tokens[lastToken[organization]].Possessive || mentions[organization].EntityId == mentions[p].EntityId
                || !Allows(BroughtOnRule.ObjectTypes, mentions[organization].Type) || IsNegatedAround(tokens, firstToken[organization], t, BroughtOnRule.Predicate))
            {
                continue;
            }

            Add(relations, BroughtOnRule, mentions[p].EntityId, mentions[organization].EntityId, new TextSpan(tokens[verbStart].Start, tokens[t].End));
        }
    }

    /// <summary>
    /// "Brett Harrison, former president of FTX US": a leader's title in apposition led the organisation even when it is a
    /// former one (the labels count a past head). Only "former" is read past; any other negation or hedge still cancels.
    /// </summary>
    private static void FindFormerHeads(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        for (var p = 0; p < mentions.Count; p++)
        {
            var t = lastToken[p] + 1;
            if (firstToken[p] < 0 || mentions[p].Type != EntityType.Person || t + 3 >= tokens.Count || tokens[t].Text != "," || tokens[lastToken[p]].Possessive)
            {
                continue;
            }

            t++;
            if (OpensNounPhrase(tokens[t]))
            {
                t++;
            }

            if (t + 2 >= tokens.Count || !ExtractionRules.PastRoleWords.Contains(tokens[t].Text))
            {
                continue;
            }

            var titleStart = t + 1;
            var titleEnd = titleStart + PhraseAt(tokens, owner, titleStart, ExtractionRules.LeaderTitles) - 1;
            if (titleEnd < titleStart)
            {
                continue;
            }

            // "former CEO and co-founder of": a founder's title may follow the leader's.
            var of = titleEnd + 1;
            if (of + 1 < tokens.Count && tokens[of].Text.Equals("and", StringComparison.OrdinalIgnoreCase)
                && ExtractionRules.FounderTitles.Contains(tokens[of + 1].Text))
            {
                of += 2;
            }

            if (of + 1 >= tokens.Count || tokens[of].Text.ToLowerInvariant() is not ("of" or "at") || owner[of + 1] < 0)
            {
                continue;
            }

            var organization = owner[of + 1];
            if (tokens[lastToken[organization]].Possessive || !Allows(FormerHeadRule.ObjectTypes, mentions[organization].Type)
                || IsCutShort(tokens, owner, lastToken[organization]) || NamesUnitOf(tokens, lastToken[organization])
                // A past role still held counts for a past head too: "former" is read past, nothing else.
                || IsNegatedAround(tokens, firstToken[p], lastToken[organization], RelationVocabulary.WorksAt))
            {
                continue;
            }

            Add(relations, FormerHeadRule, mentions[p].EntityId, mentions[organization].EntityId, new TextSpan(tokens[t].Start, tokens[of].End));
        }
    }

    /// <summary>
    /// "n8n supports various chat models, including GPT-4 and Claude", "GitHub prioritizes developer choice, supporting
    /// multiple AI models beyond just OpenAI, including Claude": a verb of support or use, a plural class (it may pass over a name
    /// after "beyond") and its examples. The subject opens the claim: right before a finite verb, or anywhere before a
    /// participle after a comma with no other name between.
    /// </summary>
    private static void FindSupportedExamples(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        var subject = OpeningMention(tokens, owner, mentions, firstToken);
        if (subject < 0 || !Allows(SupportsExamplesRule.SubjectTypes, mentions[subject].Type) || tokens[lastToken[subject]].Possessive)
        {
            return;
        }

        for (var t = lastToken[subject] + 1; t < tokens.Count; t++)
        {
            if (EndsClause(tokens[t]) || (owner[t] >= 0 && mentions[owner[t]].Type != EntityType.Concept) || ExtractionRules.ClauseBreakers.Contains(tokens[t].Text))
            {
                return;
            }

            if (owner[t] >= 0 || !ExtractionRules.SupportVerbs.Contains(tokens[t].Text))
            {
                continue;
            }

            var participle = tokens[t].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (participle ? tokens[t - 1].Text != "," : !OnlyAuxiliariesBetween(tokens, owner, lastToken[subject] + 1, t))
            {
                return;
            }

            // "integrates with numerous frameworks, including …": the verb's own preposition opens no class.
            var classStart = t + 1 < tokens.Count && tokens[t].Text.StartsWith("integrat", StringComparison.OrdinalIgnoreCase)
                && tokens[t + 1].Text.Equals("with", StringComparison.OrdinalIgnoreCase) ? t + 2 : t + 1;
            var first = ExampleOfSupportedClass(tokens, owner, mentions, firstToken, classStart);
            if (first < 0)
            {
                return;
            }

            var span = new TextSpan(tokens[t].Start, tokens[t].End);
            var members = ListMembers(tokens, owner, mentions, firstToken, lastToken, first, +1);
            // "including Anthropic's Claude series, Google Gemini, and DeepSeek": a product noun after a member does not end the list.
            while (lastToken[members[^1]] + 2 < tokens.Count && ExtractionRules.ProductNouns.Contains(tokens[lastToken[members[^1]] + 1].Text)
                && owner[lastToken[members[^1]] + 1] < 0 && tokens[lastToken[members[^1]] + 2].Text == ","
                && NextListMember(tokens, owner, mentions, firstToken, lastToken, lastToken[members[^1]] + 2) is var next and >= 0)
            {
                members.AddRange(ListMembers(tokens, owner, mentions, firstToken, lastToken, next, +1));
            }

            foreach (var example in members)
            {
                if (mentions[example].EntityId != mentions[subject].EntityId && Allows(SupportsExamplesRule.ObjectTypes, mentions[example].Type)
                    && !tokens[lastToken[example]].Possessive && !IsCutShort(tokens, owner, lastToken[example])
                    && !ModifiesNoun(tokens, owner, mentions[example], lastToken[example])
                    && !IsNegatedAround(tokens, firstToken[subject], lastToken[members[^1]], SupportsExamplesRule.Predicate))
                {
                    Add(relations, SupportsExamplesRule, mentions[subject].EntityId, mentions[example].EntityId, span);
                }
            }

            return;
        }
    }

    /// <summary>
    /// The first example after a plural class that follows a verb of support: up to five lower-case words, generic acronyms or
    /// catalog concepts ("various chat models", "multiple AI models"), a name after "beyond" passed over, then "such as",
    /// "like" or "including" (a comma allowed before it); -1 for none.
    /// </summary>
    private static int ExampleOfSupportedClass(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int from)
    {
        var words = 0;
        var plural = false;
        for (var t = from; t < tokens.Count && words <= 5; t++)
        {
            var marker = AfterExampleMarker(tokens, t);
            if (marker < 0 && tokens[t].Text == "," && t + 1 < tokens.Count)
            {
                marker = AfterExampleMarker(tokens, t + 1);
            }

            if (marker >= 0)
            {
                if (!plural || words == 0)
                {
                    return -1;
                }

                while (marker < tokens.Count && owner[marker] < 0 && (IsQuote(tokens[marker]) || tokens[marker].Text.Equals("the", StringComparison.OrdinalIgnoreCase)))
                {
                    marker++;
                }

                if (marker >= tokens.Count || owner[marker] < 0)
                {
                    return -1;
                }

                // "including Anthropic's Claude series": a possessive owner belongs to the example after it.
                var example = owner[marker];
                return tokens[marker].Possessive && example + 1 < mentions.Count && firstToken[example + 1] == marker + 1 ? example + 1 : example;
            }

            var token = tokens[t];
            var word = token.Text.ToLowerInvariant();
            if (owner[t] >= 0 && mentions[owner[t]].Type == EntityType.Concept)
            {
                plural = token.Text.EndsWith('s');
                words++;
                continue;
            }

            // "multiple AI models beyond just OpenAI, including …": the name after "beyond" is no example of the class.
            if (word is "beyond" or "besides" && t + 1 < tokens.Count)
            {
                var k = t + 1;
                if (tokens[k].Text.ToLowerInvariant() is "just" or "only")
                {
                    k++;
                }

                if (k < tokens.Count && owner[k] >= 0)
                {
                    var name = owner[k];
                    while (k + 1 < tokens.Count && owner[k + 1] == name)
                    {
                        k++;
                    }

                    t = k;
                    continue;
                }

                return -1;
            }

            if (owner[t] >= 0 || !token.IsWord || ExtractionRules.ClauseBreakers.Contains(word) || ExtractionRules.ListJoiners.Contains(word)
                || ExtractionRules.Negations.Contains(word) || ExtractionRules.ClassPrepositions.Contains(word)
                || !(char.IsLower(token.Text[0]) || ExtractionRules.GenericAcronyms.Contains(token.Text)))
            {
                return -1;
            }

            plural = word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
            words++;
        }

        return -1;
    }

    /// <summary>
    /// "Within n8n, the AI agent node integrates Ollama": a product named after an opening "within", "inside" or "in" is the
    /// place of the clause after its comma, and what a part of it uses there the product uses. The clause after the comma must
    /// open with a determiner (a command, "Inside Android Studio, use the SDK Manager", names a part, not a use).
    /// </summary>
    private static void FindFrontedWithin(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        if (tokens.Count < 6 || !ExtractionRules.WithinPrepositions.Contains(tokens[0].Text))
        {
            return;
        }

        var start = tokens[1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        var host = owner[start];
        if (host < 0 || firstToken[host] != start || lastToken[host] + 2 >= tokens.Count || tokens[lastToken[host] + 1].Text != ","
            || !Allows(FrontedWithinRule.SubjectTypes, mentions[host].Type) || tokens[lastToken[host]].Possessive
            || tokens[lastToken[host] + 2].Text.ToLowerInvariant() is not ("the" or "its" or "a" or "an" or "this" or "each" or "every" or "our" or "your" or "their"))
        {
            return;
        }

        for (var t = lastToken[host] + 3; t < tokens.Count && t - lastToken[host] <= 10; t++)
        {
            if (EndsClause(tokens[t]) || tokens[t].Text == "," || ExtractionRules.ClauseBreakers.Contains(tokens[t].Text)
                || (owner[t] >= 0 && mentions[owner[t]].Type != EntityType.Concept))
            {
                return;
            }

            var length = PhraseAt(tokens, owner, t, ExtractionRules.FiniteUseVerbs);
            if (length == 0)
            {
                continue;
            }

            var o = t + length;
            if (o < tokens.Count && tokens[o].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                o++;
            }

            if (o >= tokens.Count || owner[o] < 0)
            {
                return;
            }

            var span = new TextSpan(tokens[t].Start, tokens[t + length - 1].End);
            var used = ListMembers(tokens, owner, mentions, firstToken, lastToken, owner[o], +1);
            foreach (var u in used)
            {
                if (mentions[u].EntityId != mentions[host].EntityId && Allows(FrontedWithinRule.ObjectTypes, mentions[u].Type)
                    && !tokens[lastToken[u]].Possessive && !IsCutShort(tokens, owner, lastToken[u]) && !ModifiesNoun(tokens, owner, mentions[u], lastToken[u])
                    && !IsNegatedAround(tokens, firstToken[host], lastToken[used[^1]], FrontedWithinRule.Predicate))
                {
                    Add(relations, FrontedWithinRule, mentions[host].EntityId, mentions[u].EntityId, span);
                }
            }

            return;
        }
    }

    /// <summary>
    /// "Docker Desktop is recommended as it includes Docker Compose", "Supabase is a convenient choice because it leverages
    /// Postgres": the claim's opening product named again by "it" after "as", "since" or "because", with no other name between,
    /// includes (PART_OF) or uses (USES) what follows.
    /// </summary>
    private static void FindPronounIncludes(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        var whole = OpeningMention(tokens, owner, mentions, firstToken);
        if (whole < 0 || tokens[lastToken[whole]].Possessive)
        {
            return;
        }

        for (var t = lastToken[whole] + 1; t + 2 < tokens.Count && t - lastToken[whole] <= 10; t++)
        {
            if (EndsClause(tokens[t]) || owner[t] >= 0)
            {
                return;
            }

            if (tokens[t].Text.ToLowerInvariant() is not ("as" or "since" or "because") || !tokens[t + 1].Text.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                if (ExtractionRules.ClauseBreakers.Contains(tokens[t].Text))
                {
                    return;
                }

                continue;
            }

            var verb = t + 2;
            while (verb < tokens.Count && owner[verb] < 0 && tokens[verb].Text.ToLowerInvariant() is "also" or "already" or "now")
            {
                verb++;
            }

            var length = verb < tokens.Count ? PhraseAt(tokens, owner, verb, ExtractionRules.PronounIncludesVerbs) : 0;
            var rule = PronounIncludesRule;
            if (length == 0)
            {
                length = verb < tokens.Count ? PhraseAt(tokens, owner, verb, ExtractionRules.PronounUseVerbs) : 0;
                rule = PronounUsesRule;
            }

            var o = verb + length;
            if (o < tokens.Count && owner[o] < 0 && tokens[o].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                o++;
            }

            // "because it relies on several databases, including Redis": a class and its examples.
            var first = length == 0 || o >= tokens.Count ? -1
                : owner[o] >= 0 && mentions[owner[o]].Type != EntityType.Concept ? owner[o]
                : rule == PronounUsesRule ? ExampleOfSupportedClass(tokens, owner, mentions, firstToken, verb + length) : -1;
            if (first < 0)
            {
                return;
            }

            var (partOrUsed, wholeOrUser) = rule == PronounIncludesRule ? (rule.SubjectTypes, rule.ObjectTypes) : (rule.ObjectTypes, rule.SubjectTypes);
            var span = new TextSpan(tokens[t + 1].Start, tokens[verb + length - 1].End);
            var parts = ListMembers(tokens, owner, mentions, firstToken, lastToken, first, +1);
            foreach (var part in parts)
            {
                if (mentions[part].EntityId != mentions[whole].EntityId && Allows(partOrUsed, mentions[part].Type) && Allows(wholeOrUser, mentions[whole].Type)
                    && !tokens[lastToken[part]].Possessive && !IsCutShort(tokens, owner, lastToken[part])
                    && (rule == PronounIncludesRule || !ModifiesNoun(tokens, owner, mentions[part], lastToken[part]))
                    && !IsNegatedAround(tokens, firstToken[whole], lastToken[parts[^1]], rule.Predicate))
                {
                    var (subject, @object) = rule == PronounIncludesRule ? (part, whole) : (whole, part);
                    Add(relations, rule, mentions[subject].EntityId, mentions[@object].EntityId, span);
                }
            }

            return;
        }
    }

    /// <summary>
    /// "Polars aims to be a faster alternative to Pandas", "DeepSeek R1, an open-source reasoning LLM, has been positioned as a
    /// strong competitor to existing LLMs, including Claude 3.5 Sonnet": the claim's opening name, an apposition of its own
    /// allowed, cast by a positioning phrase as a rival to what follows (a name, or a plural class and its examples). The
    /// phrase's own "aims" or "designed" is no hedge; any other hedge or a negation still cancels.
    /// </summary>
    private static void FindPositionedRivals(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        var subject = OpeningMention(tokens, owner, mentions, firstToken);
        if (subject < 0 || !Allows(PositionedAsRule.SubjectTypes, mentions[subject].Type) || tokens[lastToken[subject]].Possessive)
        {
            return;
        }

        // "DeepSeek R1, an open-source reasoning model (LLM), has been": an apposition without names of its own is passed over.
        var t = lastToken[subject] + 1;
        if (t + 1 < tokens.Count && tokens[t].Text == ",")
        {
            var close = t + 1;
            while (close < tokens.Count && close - t <= 14 && tokens[close].Text != "," && !EndsClause(tokens[close])
                && (owner[close] < 0 || mentions[owner[close]].Type == EntityType.Concept) && !ExtractionRules.ClauseBreakers.Contains(tokens[close].Text))
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Text != "," || !IsArticle(tokens[t + 1]))
            {
                return;
            }

            t = close + 1;
        }

        var start = t;
        while (t < tokens.Count && owner[t] < 0 && IsAuxiliaryOrAdverb(tokens[t].Text))
        {
            t++;
        }

        var length = t < tokens.Count ? PhraseAt(tokens, owner, t, ExtractionRules.PositioningPhrases) : 0;
        // The phrase's own "aims" or "designed" is no hedge; any other hedge before its end, or a negation, cancels it.
        if (length == 0 || Enumerable.Range(start, t - start).Any(w => ExtractionRules.Negations.Contains(tokens[w].Text))
            || Enumerable.Range(start, t + length - start).Any(w => ExtractionRules.Hedges.Contains(tokens[w].Text) && !ExtractionRules.PositioningHedges.Contains(tokens[w].Text)))
        {
            return;
        }

        var k = t + length;
        if (k >= tokens.Count || !IsArticle(tokens[k]))
        {
            return;
        }

        k++;
        // "a faster alternative", "a European alternative": a capitalised adjective that names nothing is a modifier too.
        for (var modifiers = 0; modifiers < 2 && k < tokens.Count
            && (IsPlainModifier(tokens, owner, k) || (owner[k] < 0 && tokens[k].IsCapitalized && !tokens[k].IsAllCaps && !ExtractionRules.RivalNouns.Contains(tokens[k].Text)))
            && !ExtractionRules.RivalNouns.Contains(tokens[k].Text)
            && !ExtractionRules.TriggerModifierStops.Contains(tokens[k].Text); modifiers++)
        {
            k++;
        }

        if (k + 2 >= tokens.Count || !ExtractionRules.RivalNouns.Contains(tokens[k].Text) || tokens[k + 1].Text.ToLowerInvariant() is not ("to" or "of" or "for"))
        {
            return;
        }

        var o = k + 2;
        if (o + 1 < tokens.Count && owner[o] < 0 && tokens[o].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            o++;
        }

        var first = owner[o] >= 0 && mentions[owner[o]].Type != EntityType.Concept ? owner[o]
            : ExampleOfSupportedClass(tokens, owner, mentions, firstToken, k + 2);
        if (first < 0)
        {
            return;
        }

        var span = new TextSpan(tokens[t].Start, tokens[k + 1].End);
        var rivals = ListMembers(tokens, owner, mentions, firstToken, lastToken, first, +1);
        foreach (var rival in rivals)
        {
            if (mentions[rival].EntityId != mentions[subject].EntityId && Allows(PositionedAsRule.ObjectTypes, mentions[rival].Type)
                && !tokens[lastToken[rival]].Possessive && !IsCutShort(tokens, owner, lastToken[rival])
                // From the rival noun: the three words before it are the phrase's own ("to be a") or its modifiers.
                && !IsNegatedAround(tokens, k, lastToken[rivals[^1]], PositionedAsRule.Predicate))
            {
                Add(relations, PositionedAsRule, mentions[subject].EntityId, mentions[rival].EntityId, span);
            }
        }
    }

    /// <summary>
    /// "Qwen 32B rivals the performance of top models, including DeepSeek R1", "Despite its size, Gemini rivals the capabilities
    /// of GPT-4o": the subject of the claim's main clause rivals what it is measured against (a name, or a plural class and its
    /// examples).
    /// </summary>
    private static void FindRivalledPerformance(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        List<ExtractedRelation> relations)
    {
        var t = 1;
        while (t < tokens.Count && (owner[t] >= 0 || !ExtractionRules.RivalVerbs.Contains(tokens[t].Text)))
        {
            t++;
        }

        var subject = t < tokens.Count ? FrontedClauseSubject(tokens, owner, mentions, firstToken, t) : -1;
        if (subject < 0 || !Allows(RivalledPerformanceRule.SubjectTypes, mentions[subject].Type) || tokens[lastToken[subject]].Possessive)
        {
            return;
        }

        if (t + 4 >= tokens.Count || !tokens[t + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)
            || !ExtractionRules.MeasureNouns.Contains(tokens[t + 2].Text) || !tokens[t + 3].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var o = t + 4;
        var first = owner[o] >= 0 && mentions[owner[o]].Type != EntityType.Concept ? owner[o] : ExampleOfSupportedClass(tokens, owner, mentions, firstToken, o);
        if (first < 0 || tokens[lastToken[first]].Possessive)
        {
            return;
        }

        var span = new TextSpan(tokens[t].Start, tokens[t + 3].End);
        var rivals = ListMembers(tokens, owner, mentions, firstToken, lastToken, first, +1);
        foreach (var rival in rivals)
        {
            if (mentions[rival].EntityId != mentions[subject].EntityId && Allows(RivalledPerformanceRule.ObjectTypes, mentions[rival].Type)
                && !tokens[lastToken[rival]].Possessive && !IsCutShort(tokens, owner, lastToken[rival])
                && !IsNegatedAround(tokens, firstToken[subject], lastToken[rivals[^1]], RivalledPerformanceRule.Predicate))
            {
                Add(relations, RivalledPerformanceRule, mentions[subject].EntityId, mentions[rival].EntityId, span);
            }
        }
    }

    /// <summary>
    /// The subject of a verb at <paramref name="verb"/>: the name right before it (auxiliaries and adverbs between) that opens
    /// the claim, or opens the main clause after a fronted phrase and its comma ("Despite its smaller size (…), Qwen 32B
    /// rivals"); -1 for none.
    /// </summary>
    private static int FrontedClauseSubject(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int verb)
    {
        var t = verb - 1;
        while (t > 0 && owner[t] < 0 && IsAuxiliaryOrAdverb(tokens[t].Text))
        {
            t--;
        }

        if (t < 0 || owner[t] < 0 || mentions[owner[t]].Type == EntityType.Concept)
        {
            return -1;
        }

        var subject = owner[t];
        var start = firstToken[subject];
        return subject == OpeningMention(tokens, owner, mentions, firstToken)
            || (start > 1 && tokens[start - 1].Text == "," && ExtractionRules.FrontingWords.Contains(tokens[0].Text)) ? subject : -1;
    }

    /// <summary>
    /// The mention after a list's comma at <paramref name="comma"/> (and a joiner); an owner right before the member's name
    /// ("Anthropic's Claude", "Google Gemini") is passed over. -1 for none.
    /// </summary>
    private static int NextListMember(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken, int[] lastToken, int comma)
    {
        var t = comma + 1;
        if (t < tokens.Count && ExtractionRules.ListJoiners.Contains(tokens[t].Text))
        {
            t++;
        }

        if (t >= tokens.Count || owner[t] < 0 || firstToken[owner[t]] != t)
        {
            return -1;
        }

        var next = owner[t];
        return next + 1 < mentions.Count && firstToken[next + 1] == lastToken[next] + 1 ? next + 1 : next;
    }

    /// <summary>The mention that opens the claim (after "The" at most), or -1; a catalog concept opens no clause as a subject.</summary>
    private static int OpeningMention(IReadOnlyList<ClaimToken> tokens, int[] owner, IReadOnlyList<EntityMention> mentions, int[] firstToken)
    {
        var start = tokens.Count > 1 && tokens[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return tokens.Count > start && owner[start] >= 0 && firstToken[owner[start]] == start && mentions[owner[start]].Type != EntityType.Concept
            ? owner[start] : -1;
    }

    /// <summary>The length of the longest phrase of <paramref name="phrases"/> (up to three words) that starts at <paramref name="t"/>, 0 for none.</summary>
    private static int PhraseAt(IReadOnlyList<ClaimToken> tokens, int[] owner, int t, IReadOnlySet<string> phrases)
    {
        for (var length = 3; length >= 1; length--)
        {
            if (t + length <= tokens.Count && Unowned(owner, t, t + length - 1)
                && phrases.Contains(string.Join(' ', Enumerable.Range(t, length).Select(k => tokens[k].Text))))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Only auxiliaries and adverbs in [from, to): "n8n also supports", "GitHub now supports".</summary>
    private static bool OnlyAuxiliariesBetween(IReadOnlyList<ClaimToken> tokens, int[] owner, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (owner[t] >= 0 || !IsAuxiliaryOrAdverb(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case word of a noun phrase's modifiers: no name, function word, hedge or negation.</summary>
    private static bool IsPlainModifier(IReadOnlyList<ClaimToken> tokens, int[] owner, int t) =>
        owner[t] < 0 && tokens[t].IsWord && !tokens[t].IsCapitalized && !ExtractionRules.ClauseBreakers.Contains(tokens[t].Text)
        && !ExtractionRules.ListJoiners.Contains(tokens[t].Text) && !ExtractionRules.Negations.Contains(tokens[t].Text)
        && !ExtractionRules.Hedges.Contains(tokens[t].Text) && !ExtractionRules.ClassPrepositions.Contains(tokens[t].Text);

    private static bool EndsClause(ClaimToken token) => token.Text is "." or ";" or "?" or "!" or ":";
}
