using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>Note-level corrections of discovered name spans: where one claim's run alone cannot tell a name's extent.</summary>
public sealed partial class NoteExtractor
{
    /// <summary>
    /// "Crawl for AI", "Flow for Teams": a capitalised word, "for" and a capitalised word that the note writes again and again
    /// as one phrase, at least once inside a sentence after a lower-case word ("using Crawl for AI to …"), is one name, small
    /// word and all, wherever the note writes it (headings too). A name run stops at "for", so without the note's evidence the
    /// phrase falls apart into "Crawl" and "AI". A trailing "SDK" or "API" stays with it ("Pieces for Developers SDK").
    /// </summary>
    private static void WithForNamesJoined(IReadOnlyList<string> claimTexts, IReadOnlyList<IReadOnlyList<ClaimToken>> tokens,
        IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, List<CandidateMention>[] candidates)
    {
        Dictionary<string, (int All, int Inside)>? counts = null;
        for (var c = 0; c < claimTexts.Count; c++)
        {
            if (EntityDiscoverer.IsHeadingLike(claimTexts[c], tokens[c]))
            {
                continue;
            }

            foreach (var (first, last, inside) in ForPhrases(tokens[c], catalogMatches[c], opensRun: true))
            {
                counts ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                var phrase = claimTexts[c][tokens[c][first].Start..tokens[c][last].End];
                var (all, insideCount) = counts.GetValueOrDefault(phrase);
                counts[phrase] = (all + 1, insideCount + (inside ? 1 : 0));
            }
        }

        if (counts is null)
        {
            return;
        }

        for (var c = 0; c < claimTexts.Count; c++)
        {
            // (A phrase the note names so is the name after a capitalised word too: "Install Crawl for AI via pip".)
            foreach (var (first, last, _) in ForPhrases(tokens[c], catalogMatches[c], opensRun: false))
            {
                var start = tokens[c][first].Start;
                var end = tokens[c][last].End;
                if (!counts.TryGetValue(claimTexts[c][start..end], out var count) || count.All < 2 || count.Inside < 1)
                {
                    continue;
                }

                var claim = candidates[c];
                if (last + 1 < tokens[c].Count && tokens[c][last + 1].Text is "SDK" or "API"
                    && (last + 2 >= tokens[c].Count || tokens[c][last + 2].Text is not ("key" or "keys" or "token" or "tokens")))
                {
                    end = tokens[c][last + 1].End;
                }

                var name = claimTexts[c][start..end];
                var sentenceInitial = claim.Exists(m => m.Start == start && m.SentenceInitial);
                claim.RemoveAll(m => m.Start < end && start < m.End);
                claim.Add(new CandidateMention(start, end, name, EntityDiscoverer.KeyOf(name), sentenceInitial, true, null));
                claim.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    /// <summary>
    /// Each "X for Y" of a claim: X one capitalised word of three letters or more (with <paramref name="opensRun"/>, opening its
    /// run: no capitalised word before it), Y one capitalised word ending its run (or followed by "SDK"/"API"), no catalog
    /// name on either; and whether a lower-case word comes right before X.
    /// </summary>
    private static IEnumerable<(int First, int Last, bool Inside)> ForPhrases(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<AliasMatch> catalogMatches, bool opensRun)
    {
        for (var t = 0; t + 2 < tokens.Count; t++)
        {
            var x = tokens[t];
            var y = tokens[t + 2];
            if (tokens[t + 1].Text != "for" || !x.IsCapitalized || x.IsAllCaps || x.Possessive || x.Text.Length < 3 || !x.HasLetter
                || !y.IsCapitalized || !y.HasLetter || (opensRun && t > 0 && tokens[t - 1].IsCapitalized)
                || (t + 3 < tokens.Count && tokens[t + 3].IsCapitalized && !y.Possessive && tokens[t + 3].Text is not ("SDK" or "API"))
                || catalogMatches.Any(m => m.Start < y.End && x.Start < m.End))
            {
                continue;
            }

            yield return (t, t + 2, t > 0 && tokens[t - 1].IsWord && char.IsLower(tokens[t - 1].Text[0]));
        }
    }

    /// <summary>
    /// "the Pieces Discord server", "the Ethereum Pectra upgrade", "the Supabase SQL editor": a run the note writes once, of
    /// two names side by side, is the two names, not a third. The first is a name on its own (written alone inside a
    /// sentence of the note, or a catalog name); the second is a name beyond the note (the catalog's, the corpus's or a
    /// programming language), and at least one of them the note writes alone. A run the note repeats is a name of its own
    /// ("Pieces Copilot", "Adobe Creative Cloud"); so is a person's name, a versioned model ("Claude 3.5 Sonet"), a model
    /// after its family ("Claude Sonet"), and a run whose second part is an organisation suffix, a tier word, a catalog
    /// concept or common words only ("Meta AI", "Gemini Pro", "Automator Think Tank").
    /// </summary>
    private void WithKnownNamesApart(IReadOnlyList<string> claimTexts, IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, List<CandidateMention>[] candidates)
    {
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in candidates)
        {
            foreach (var candidate in claim)
            {
                written[candidate.Key] = written.GetValueOrDefault(candidate.Key) + 1;
                if (!candidate.SentenceInitial)
                {
                    alone.Add(candidate.Key);
                }
            }
        }

        foreach (var matches in catalogMatches)
        {
            foreach (var match in matches)
            {
                alone.Add(EntityDiscoverer.KeyOf(match.MatchedText));
            }
        }

        for (var c = 0; c < candidates.Length; c++)
        {
            var claim = candidates[c];
            for (var m = claim.Count - 1; m >= 0; m--)
            {
                var candidate = claim[m];
                // (Checked before the name is split, since this runs for every candidate of every note.)
                if (!candidate.Name.Contains(' ') || written[candidate.Key] > 1 || candidate.Cue == EntityType.Person
                    || candidate.Abbreviates is not null || !IsHeadNoun(candidate.Following))
                {
                    continue;
                }

                var words = candidate.Name.Split(' ');
                // (Nor a name the note abbreviates: "Google Agent Development Kit (ADK)" took the acronym's key.)
                if (words.Length > 4 || candidate.Key != EntityDiscoverer.KeyOf(candidate.Name) || ExtractionRules.GivenNames.Contains(words[0])
                    || DiscoveryRules.LearnedGivenNames.Contains(words[0]) || !claimTexts[c].AsSpan(candidate.Start, candidate.End - candidate.Start).SequenceEqual(candidate.Name))
                {
                    continue;
                }

                for (var k = 1; k < words.Length; k++)
                {
                    var first = string.Join(' ', words[..k]);
                    var second = string.Join(' ', words[k..]);
                    var firstKey = EntityDiscoverer.KeyOf(first);
                    var secondKey = EntityDiscoverer.KeyOf(second);
                    // ("North Korea", "South Africa": a place after a word that is no place is one place.)
                    if (first.Any(char.IsDigit) || !IsFirstNameOfTwo(first, firstKey, alone) || !IsSecondNameOfTwo(second, secondKey)
                        || (DiscoveryRules.IsPlaceName(second) && !DiscoveryRules.IsPlaceName(first))
                        || !(alone.Contains(firstKey) || alone.Contains(secondKey)))
                    {
                        continue;
                    }

                    var secondStart = candidate.Start + first.Length + 1;
                    claim[m] = new CandidateMention(candidate.Start, candidate.Start + first.Length, first, firstKey, candidate.SentenceInitial, false, null);
                    // (The second is a name beyond the note, so it needs no further evidence in it: "Discord" after "Pieces".)
                    claim.Insert(m + 1, new CandidateMention(secondStart, candidate.End, second, secondKey, false, true, null, Following: candidate.Following));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The first of two names side by side: written alone inside a sentence of the note, or a catalog name that is neither a
    /// concept nor an organisation (a maker the catalog knows names its own products: "Google ADK", "Google Chrome").
    /// </summary>
    private bool IsFirstNameOfTwo(string name, string key, HashSet<string> alone) =>
        key.Length >= 2 && !IsGenericPart(name)
        && (_catalogByKey.TryGetValue(key, out var catalogId)
            ? catalogId is not null && _catalogTypes[catalogId] is not (EntityType.Concept or EntityType.Organization)
            : alone.Contains(key));

    /// <summary>
    /// The second of two names side by side: a catalog name or one the corpus knows, neither a concept nor a model (a model
    /// after its family is one name), and not common words alone unless a programming language's or the catalog's.
    /// </summary>
    private bool IsSecondNameOfTwo(string name, string key)
    {
        if (key.Length < 2 || IsGenericPart(name))
        {
            return false;
        }

        if (EntityDiscoverer.IsLanguageAsListed(name))
        {
            return true;
        }

        if (_catalogByKey.TryGetValue(key, out var catalogId))
        {
            return catalogId is not null && _catalogTypes[catalogId] is not (EntityType.Concept or EntityType.Model or EntityType.Person);
        }

        return !Array.TrueForAll(name.Split(' '), DiscoveryRules.IsCommonWord)
            && KnownNames.TypeOf(name) is { } type && type is not (EntityType.Concept or EntityType.Model or EntityType.Person);
    }

    /// <summary>
    /// The lower-case word after the run is the noun the two names modify ("server", "editor", "translations"), not a verb
    /// whose subject the run is ("GitHub Copilot was shipped", "Pydantic Logfire are recommended"): a run right before a
    /// verb, or before no word at all, is more often one product's name than two names.
    /// </summary>
    private static bool IsHeadNoun(string? following) =>
        following is not null && !DiscoveryRules.VerbGroupWords.Contains(following) && !ExtractionRules.PassiveAuxiliaries.Contains(following)
        && !following.EndsWith("ed", StringComparison.Ordinal) && following is not ("which" or "that" or "who" or "and" or "or" or "to" or "in" or "on" or "for" or "with" or "by" or "at" or "of");

    private static bool IsGenericPart(string name) =>
        ExtractionRules.OrganizationSuffixes.Contains(name) || ExtractionRules.DroppedNameSuffixes.Contains(name)
        || ExtractionRules.ModelVariantWords.Contains(name) || ExtractionRules.GenericAcronyms.Contains(name);
}
