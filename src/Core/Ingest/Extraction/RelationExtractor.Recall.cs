using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// Wording families that restate a trigger rule's relation in another shape: a relative clause or a past participle in
/// apposition that acts on the name it follows, an organisation's title after a person's name, and a role or act named
/// after "its".
/// </summary>
public static partial class RelationExtractor
{
    private static readonly RelationRule OrganizationTitleLeadsRule = RuleNamed(ExtractionRules.LeadsOrganizationTitle);
    private static readonly RelationRule OrganizationTitleFoundedRule = RuleNamed(ExtractionRules.FoundedOrganizationTitle);
    private static readonly RelationRule OrganizationTitleWorksAtRule = RuleNamed(ExtractionRules.WorksAtOrganizationTitle);
    private static readonly RelationRule InvertedPartRule = RuleNamed(ExtractionRules.PartOfInverted);
    private static readonly FrozenDictionary<string, RelationRule> RulesByName = ExtractionRules.Relations.ToFrozenDictionary(rule => rule.Name);

    /// <summary>
    /// "Cursor, which uses Claude", "GPT-4, which was developed by OpenAI", "Sam Altman, who runs OpenAI" and "Cursor, built
    /// on Claude": a relative clause (its pronoun right after a name, a comma allowed, then only auxiliaries and adverbs
    /// before the trigger) or a past participle right after a name and its comma acts on that name, when the name opens its
    /// clause (only determiners and adverbs before it), in the trigger rule's
    /// own direction and types. A participle reads only the rules whose subject must open its clause (the use verbs), which
    /// the comma otherwise blocks, and only a past participle: an "-ing" form after a comma belongs to the sentence's subject
    /// ("OpenAI released GPT-5, using Nvidia chips"), and a bare verb is a command.
    /// </summary>
    private static void FindRelativeClauses(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            if (owner[t] >= 0)
            {
                continue;
            }

            var word = tokens[t].Text.ToLowerInvariant();
            var relative = word is "which" or "who";
            if (!relative && word != ",")
            {
                continue;
            }

            var h = relative && tokens[t - 1].Text == "," && t >= 2 ? t - 2 : t - 1;
            // The name must open its clause: in "an editor based on VS Code, which integrates ChatGPT" the clause is about the
            // editor, and in "a workflow built with LangGraph that builds agents" about the workflow.
            if (owner[h] < 0 || lastToken[owner[h]] != h || mentions[owner[h]].Type == EntityType.Concept
                || !OpensClause(tokens, owner, firstToken[owner[h]], h, triggerStart: h + 1, triggerEnd: h, subjectIsModel: false))
            {
                continue;
            }

            var k = t + 1;
            while (relative && k < tokens.Count && k - t <= 3 && owner[k] < 0 && tokens[k].IsWord && IsAuxiliaryOrAdverb(tokens[k].Text)
                && !TriggerStartsAt(tokens, owner, k))
            {
                k++;
            }

            if (k < tokens.Count)
            {
                ApplyClauseTrigger(tokens, mentions, owner, firstToken, lastToken, owner[h], k, participle: !relative, relations);
            }
        }
    }

    /// <summary>
    /// "Aobos, a programmer with over a decade of experience, initially experimented with GitHub Copilot": a noun phrase in
    /// apposition (opened by an article, closed by its own comma, with no clause of its own) stands between a name that
    /// opens its clause and the verb; the verb acts on that name as it would right after it. So does a relative clause
    /// closed by its comma ("Perell, who prefers talking to typing, uses ChatGPT").
    /// </summary>
    private static void FindAppositiveSubjects(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var h = 0; h < mentions.Count; h++)
        {
            var open = lastToken[h] + 1;
            // "Perell, who prefers talking to typing, uses ChatGPT": a relative clause closed by its comma stands there too.
            var relative = open + 2 < tokens.Count && tokens[open + 1].Text is "who" or "which" or "Who" or "Which";
            if (lastToken[h] < 0 || open + 2 >= tokens.Count || tokens[open].Text != "," || !(relative || OpensNounPhrase(tokens[open + 1]))
                || mentions[h].Type == EntityType.Concept
                || !OpensClause(tokens, owner, firstToken[h], lastToken[h], triggerStart: open, triggerEnd: lastToken[h], subjectIsModel: false))
            {
                continue;
            }

            var close = relative ? open + 3 : open + 2;
            while (close < tokens.Count && close - open <= 15 && tokens[close].Text != ","
                && (tokens[close].IsWord ? !ExtractionRules.ClauseBreakers.Contains(tokens[close].Text) : tokens[close].Text is "-" or "'" or "’"))
            {
                close++;
            }

            if (close >= tokens.Count || close - open > 15 || tokens[close].Text != ",")
            {
                continue;
            }

            var k = close + 1;
            while (k < tokens.Count && k - close <= 3 && owner[k] < 0 && tokens[k].IsWord && IsAuxiliaryOrAdverb(tokens[k].Text) && !TriggerStartsAt(tokens, owner, k))
            {
                k++;
            }

            if (k < tokens.Count)
            {
                ApplyClauseTrigger(tokens, mentions, owner, firstToken, lastToken, h, k, participle: false, relations);
            }
        }
    }

    /// <summary>
    /// "Archon is an open-source AI agent designed to build other AI agents, powered by Pydantic AI" and "Flowise is a free,
    /// open-source AI automation tool built on LangChain": a name that opens its clause, a noun phrase after "is", "was" or
    /// its comma (opened by "a"/"an"), then a past participle of a use verb that describes what the phrase describes. The
    /// participle follows the phrase's words directly, or a comma once the phrase has a clause or a preposition of its own
    /// ("that builds …", "designed to …", "a tool for apps, powered by"), which it would otherwise describe; no other name
    /// and no clause of another subject ("but", "while" …) may stand between.
    /// </summary>
    private static void FindDescribedNameParticiples(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var h = 0; h < mentions.Count; h++)
        {
            var link = lastToken[h] + 1;
            if (lastToken[h] < 0 || link + 3 >= tokens.Count || mentions[h].Type == EntityType.Concept
                || !(tokens[link].Text == "," || tokens[link].Text.ToLowerInvariant() is "is" or "was") || !IsArticle(tokens[link + 1]))
            {
                continue;
            }

            // A phrase in apposition describes its name wherever the name stands ("the test used Bolt, an assistant that uses
            // Claude"), so its relative clause reads it there; a participle and a phrase after "is" need the name to open its clause.
            var opens = OpensClause(tokens, owner, firstToken[h], lastToken[h], triggerStart: link, triggerEnd: lastToken[h], subjectIsModel: false);
            if (!opens && tokens[link].Text != ",")
            {
                continue;
            }

            var nested = false;
            for (var k = link + 2; k < tokens.Count && k - link <= 18; k++)
            {
                var word = tokens[k].Text;
                if ((owner[k] >= 0 && mentions[owner[k]].Type != EntityType.Concept) || (!tokens[k].IsWord && word is not ("," or "-" or "/")))
                {
                    break;
                }

                // "designed to build": a participle of a rule that reads no participle opens the phrase's own clause.
                if (opens && owner[k] < 0 && tokens[k].IsWord && IsPastParticiple(word) && TriggerStartsAt(tokens, owner, k)
                    && (!nested || tokens[k - 1].Text == ","))
                {
                    ApplyClauseTrigger(tokens, mentions, owner, firstToken, lastToken, h, k, participle: true, relations);
                }

                if (owner[k] < 0 && tokens[k].IsWord)
                {
                    var lower = word.ToLowerInvariant();
                    // "Bolt, an AI coding assistant that uses Claude": the phrase's own relative clause, right after its words.
                    if (!nested && k > link + 2 && lower is "that" or "which" or "who")
                    {
                        ApplyRelativeOfPhrase(tokens, mentions, owner, firstToken, lastToken, h, k, relations);
                    }

                    if (lower is "that" or "which" or "who" || ExtractionRules.PhraseNestingWords.Contains(lower) || IsPastParticiple(lower))
                    {
                        nested = true;
                    }
                    else if (ExtractionRules.ClauseBreakers.Contains(lower))
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The relative clause whose pronoun is at <paramref name="pronoun"/> acts on the name <paramref name="head"/> its phrase
    /// describes: only auxiliaries and adverbs may stand between the pronoun and the trigger ("that directly competes with").
    /// </summary>
    private static void ApplyRelativeOfPhrase(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        int head, int pronoun, List<ExtractedRelation> relations)
    {
        var k = pronoun + 1;
        while (k < tokens.Count && k - pronoun <= 3 && owner[k] < 0 && tokens[k].IsWord && IsAuxiliaryOrAdverb(tokens[k].Text)
            && !TriggerStartsAt(tokens, owner, k))
        {
            k++;
        }

        if (k < tokens.Count)
        {
            ApplyClauseTrigger(tokens, mentions, owner, firstToken, lastToken, head, k, participle: false, relations);
        }
    }

    /// <summary>
    /// "A key feature in Runway is the Motion Brush": a noun phrase of a part ("a key feature", "one component") of or in
    /// a name, then "is"/"was" and a name: the name after the copula is part of the one before it.
    /// </summary>
    private static void FindInvertedParts(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 3 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !ExtractionRules.PartNouns.Contains(tokens[t].Text) || tokens[t + 1].Text.ToLowerInvariant() is not ("of" or "in")
                || owner[t + 2] < 0 || firstToken[owner[t + 2]] != t + 2)
            {
                continue;
            }

            // The part's noun phrase opens with an article or "one", at most two modifiers before the noun.
            var opener = t - 1;
            while (opener > 0 && t - opener <= 2 && owner[opener] < 0 && tokens[opener].IsWord && !IsArticle(tokens[opener])
                && !tokens[opener].Text.Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                opener--;
            }

            var whole = owner[t + 2];
            var copula = lastToken[whole] + 1;
            var part = copula + 1 < tokens.Count && tokens[copula + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? copula + 2 : copula + 1;
            if (!(IsArticle(tokens[opener]) || tokens[opener].Text.Equals("one", StringComparison.OrdinalIgnoreCase))
                || tokens[lastToken[whole]].Possessive || copula >= tokens.Count || tokens[copula].Text.ToLowerInvariant() is not ("is" or "was")
                || part >= tokens.Count || owner[part] < 0 || firstToken[owner[part]] != part
                || mentions[owner[part]].EntityId == mentions[whole].EntityId || IsCutShort(tokens, owner, lastToken[whole])
                || IsCutShort(tokens, owner, lastToken[owner[part]])
                || !Allows(InvertedPartRule.SubjectTypes, mentions[owner[part]].Type) || !Allows(InvertedPartRule.ObjectTypes, mentions[whole].Type)
                || IsNegatedAround(tokens, opener, lastToken[owner[part]], InvertedPartRule.Predicate))
            {
                continue;
            }

            Add(relations, InvertedPartRule, mentions[owner[part]].EntityId, mentions[whole].EntityId, new TextSpan(tokens[t].Start, tokens[copula].End));
        }
    }

    /// <summary>"is built on" is a trigger of its own; the "is" of "is used by" is only an auxiliary before one.</summary>
    private static bool TriggerStartsAt(IReadOnlyList<ClaimToken> tokens, int[] owner, int t) =>
        TriggersByFirstWord.TryGetValue(tokens[t].Text, out var candidates) && LongestTriggerAt(tokens, owner, t, candidates) > 0;

    /// <summary>The trigger rules whose trigger starts at <paramref name="triggerStart"/>, applied with <paramref name="head"/> as their left mention.</summary>
    private static void ApplyClauseTrigger(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken,
        int head, int triggerStart, bool participle, List<ExtractedRelation> relations)
    {
        if (owner[triggerStart] >= 0 || !tokens[triggerStart].IsWord || !TriggersByFirstWord.TryGetValue(tokens[triggerStart].Text, out var candidates))
        {
            return;
        }

        var length = LongestTriggerAt(tokens, owner, triggerStart, candidates);
        if (length == 0 || (participle && !IsPastParticiple(tokens[triggerStart].Text)))
        {
            return;
        }

        var triggerEnd = triggerStart + length - 1;
        var span = new TextSpan(tokens[triggerStart].Start, tokens[triggerEnd].End);
        foreach (var (words, rule) in candidates)
        {
            // Rules that read an adjacent or possessive shape, or a whole sentence, have nothing to gain from a clause.
            if (words.Length == length && SameWords(tokens, triggerStart, words) && !rule.LeftPossessive && !rule.LeftInSentence
                && rule.MaxLeftGap > 0 && (!participle || rule.SubjectOpensClause))
            {
                TryApply(tokens, mentions, owner, firstToken, lastToken, triggerStart, triggerEnd, rule, span, relations, clauseHead: head);
            }
        }
    }

    /// <summary>
    /// "Reid Hoffman, a former OpenAI board member," and "Jensen Huang (Nvidia CEO)": an organisation and a title after a
    /// person's comma or parenthesis, the title closing the phrase. A leader title leads, a founder title founded, any
    /// other title works at. A later segment of the apposition after "and" is read the same way: "Reed Hoffman,
    /// co-founder of LinkedIn and former OpenAI board member".
    /// </summary>
    private static void FindOrganizationTitlesAfterName(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var p = 0; p < mentions.Count; p++)
        {
            var open = lastToken[p] + 1;
            if (lastToken[p] < 0 || mentions[p].Type != EntityType.Person || open + 2 >= tokens.Count || tokens[open].Text is not ("," or "("))
            {
                continue;
            }

            AddOrganizationTitle(tokens, mentions, owner, firstToken, lastToken, p, open + 1, relations);
            for (var a = open + 1; a < tokens.Count && a - open <= 14 && tokens[a].Text is not ("," or ")" or "." or ";" or "("); a++)
            {
                if (owner[a] < 0 && tokens[a].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    AddOrganizationTitle(tokens, mentions, owner, firstToken, lastToken, p, a + 1, relations);
                }
            }
        }
    }

    /// <summary>The organisation and title of one segment of a person's apposition, starting at <paramref name="segmentStart"/>.</summary>
    private static void AddOrganizationTitle(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, int p, int segmentStart,
        List<ExtractedRelation> relations)
    {
        var k = segmentStart;
        while (k < tokens.Count && k - segmentStart < 3 && owner[k] < 0 && ExtractionRules.TitleOpeners.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k >= tokens.Count || owner[k] < 0 || firstToken[owner[k]] != k)
        {
            return;
        }

        var org = owner[k];
        var titleStart = lastToken[org] + 1;
        var titleEnd = titleStart;
        while (titleEnd < tokens.Count && titleEnd - titleStart < 5 && owner[titleEnd] < 0 && tokens[titleEnd].IsWord
            && (IsTitleWord(tokens[titleEnd].Text) || ExtractionRules.TitleWords.Contains(tokens[titleEnd].Text)
                || tokens[titleEnd].Text.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            titleEnd++;
        }

        var closes = titleEnd == tokens.Count || tokens[titleEnd].Text is "," or "." or ";" or ")";
        if (!closes && tokens[titleEnd].Text.ToLowerInvariant() is "of" or "at")
        {
            // "a former OpenAI researcher and co-founder of AI Futures": the title closes at the "and" before a later title
            // with an organisation of its own (read by FindTitleChains).
            var and = titleEnd - 1;
            while (and > titleStart && !tokens[and].Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                and--;
            }

            if (and > titleStart && and + 1 < titleEnd)
            {
                titleEnd = and;
                closes = true;
            }
        }

        if (titleEnd == titleStart || !closes || tokens[lastToken[org]].Possessive || !IsTitleWord(tokens[titleStart].Text)
            || mentions[org].EntityId == mentions[p].EntityId || !Allows(OrganizationTitleWorksAtRule.ObjectTypes, mentions[org].Type))
        {
            return;
        }

        var trigger = new TextSpan(tokens[titleStart].Start, tokens[titleEnd - 1].End);
        var title = string.Join(' ', Enumerable.Range(titleStart, titleEnd - titleStart).Select(t => tokens[t].Text.ToLowerInvariant()));
        var parts = title.Split(" and ", StringSplitOptions.TrimEntries);
        var rules = new List<RelationRule>();
        if (parts.Any(ExtractionRules.LeaderTitles.Contains))
        {
            rules.Add(OrganizationTitleLeadsRule);
        }

        if (parts.Any(ExtractionRules.FounderTitles.Contains))
        {
            rules.Add(OrganizationTitleFoundedRule);
        }

        if (rules.Count == 0)
        {
            rules.Add(OrganizationTitleWorksAtRule);
        }

        foreach (var rule in rules)
        {
            if (!IsNegatedAround(tokens, firstToken[p], titleEnd - 1, rule.Predicate))
            {
                Add(relations, rule, mentions[p].EntityId, mentions[org].EntityId, trigger);
            }
        }
    }

    /// <summary>
    /// "Coinbase ... notably with its acquisition of Darabit", "OpenAI and its CEO, Sam Altman", "Bitcoin and its creator
    /// Satoshi": "its" names the nearest mention before it in the sentence, and the noun after "its" (<see
    /// cref="ExtractionRules.ItsRoleNouns"/>) names the rule that joins it to the name that follows.
    /// </summary>
    private static void FindItsRoles(
        IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int[] owner, int[] firstToken, int[] lastToken, List<ExtractedRelation> relations)
    {
        for (var t = 1; t + 2 < tokens.Count; t++)
        {
            if (owner[t] >= 0 || !tokens[t].Text.Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var k = AfterModifiers(tokens, owner, t, ExtractionRules.ItsRoleModifiers);
            string? ruleName = null;
            var nounEnd = k;
            if (k + 1 < tokens.Count && owner[k] < 0 && owner[k + 1] < 0
                && ExtractionRules.ItsRoleNouns.TryGetValue(tokens[k].Text + " " + tokens[k + 1].Text, out var twoWords))
            {
                (ruleName, nounEnd) = (twoWords, k + 1);
            }
            else if (k < tokens.Count && owner[k] < 0 && ExtractionRules.ItsRoleNouns.TryGetValue(tokens[k].Text, out var oneWord))
            {
                ruleName = oneWord;
            }

            var after = nounEnd + 1;
            if (after < tokens.Count && tokens[after].Text == ",")
            {
                after++;
            }

            if (ruleName is null || after >= tokens.Count || owner[after] < 0 || firstToken[owner[after]] != after)
            {
                continue;
            }

            var rule = RulesByName[ruleName];
            var named = owner[after];
            var its = ItsReferent(tokens, mentions, owner, firstToken, lastToken, t);
            if (its < 0 || mentions[its].Type == EntityType.Concept || IsCutShort(tokens, owner, lastToken[named])
                || OwnsCommonNoun(tokens, owner, lastToken[named], tokens.Count) || IsNegatedAround(tokens, t, lastToken[named], rule.Predicate))
            {
                continue;
            }

            var trigger = new TextSpan(tokens[t].Start, tokens[nounEnd].End);
            foreach (var n in ListMembers(tokens, owner, mentions, firstToken, lastToken, named, +1))
            {
                var (subject, @object) = rule.Direction == RuleDirection.LeftIsSubject ? (its, n) : (n, its);
                if (mentions[subject].EntityId != mentions[@object].EntityId
                    && Allows(rule.SubjectTypes, mentions[subject].Type) && Allows(rule.ObjectTypes, mentions[@object].Type))
                {
                    Add(relations, rule, mentions[subject].EntityId, mentions[@object].EntityId, trigger);
                }
            }
        }
    }

    private static void ReadApart(
        string text, IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions, int labelEnd, List<ExtractedRelation> relations)
    {
        var label = Extract(text, TokensBetween(tokens, 0, labelEnd), mentions.Where(mention => mention.End <= labelEnd).ToList());
        var sentence = Extract(text, TokensBetween(tokens, labelEnd, int.MaxValue), mentions.Where(mention => mention.Start >= labelEnd).ToList());
        // "**Google Gemini 2.0 Flash** – Google's new AI model offers": a label's name described by its maker's possessive
        // after it is read across the label's end.
        var across = new List<ExtractedRelation>();
        var (owner, firstToken, lastToken) = MapMentions(tokens, mentions);
        FindPossessiveDescriptions(tokens, mentions, owner, firstToken, lastToken, across);
        foreach (var relation in label.Concat(sentence).Concat(across))
        {
            if (!Holds(relations, relation.SubjectId, relation.Predicate, relation.ObjectId))
            {
                relations.Add(relation);
            }
        }
    }

    /// <summary>The tokens inside [from, to), in a list of their size: a labelled claim is read apart this way, and most claims have a label.</summary>
    private static List<ClaimToken> TokensBetween(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.Start >= from && token.End <= to ? 1 : 0;
        }

        var between = new List<ClaimToken>(count);
        foreach (var token in tokens)
        {
            if (token.Start >= from && token.End <= to)
            {
                between.Add(token);
            }
        }

        return between;
    }

    /// <summary>"built", "powered", "based": "Inside Android Studio, use the SDK Manager" has a command after its comma, no participle.</summary>
    private static bool IsPastParticiple(string word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || ExtractionRules.IrregularParticiples.Contains(word);

    /// <summary>The mention ending at <paramref name="last"/> is followed by a noun of what is kept on it: "the YouTube channel".</summary>
    private static bool NamesPlatformPart(IReadOnlyList<ClaimToken> tokens, int[] owner, int last) =>
        last + 1 < tokens.Count && owner[last + 1] < 0 && !tokens[last].Possessive && ExtractionRules.PlatformPartNouns.Contains(tokens[last + 1].Text);
}
