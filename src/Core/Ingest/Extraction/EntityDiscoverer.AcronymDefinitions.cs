using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

public static partial class EntityDiscoverer
{
    private const int MaxDefinedAcronymLength = 6;

    /// <summary>
    /// "King James Version (KJV)", "KJV (King James Version)", "Meta Quest Developer Hub (MQDH)": a name and, in parentheses
    /// beside it, an acronym of its initials define each other. A writer spells out an abbreviation for a name, so the
    /// definition is evidence for both, also in a label; and the acronym is that name wherever the note writes it
    /// (<see cref="CandidateMention.Abbreviates"/>). A spelled-out term (a concept by <see cref="TypeCue"/>, "Retrieval
    /// Augmented Generation (RAG)"), a generic or plural acronym ("API", "SDFs") and initials that do not match define nothing.
    /// </summary>
    private static void LinkAcronymDefinitions(string text, IReadOnlyList<ClaimToken> tokens, List<CandidateMention> candidates)
    {
        for (var open = 1; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Text != "(")
            {
                continue;
            }

            // "Name (ACR)": the acronym inside; "ACR (Name)": the name inside, ending at the closing bracket.
            int acronymToken;
            int name;
            int nameLast;
            if (tokens[open + 2].Text == ")" && IsDefinableAcronym(tokens[open + 1]))
            {
                acronymToken = open + 1;
                nameLast = open - 1;
                name = candidates.FindIndex(c => c.End == tokens[nameLast].End);
            }
            else if (IsDefinableAcronym(tokens[open - 1]))
            {
                acronymToken = open - 1;
                nameLast = open + 1;
                while (nameLast + 1 < tokens.Count && tokens[nameLast + 1].Text != ")")
                {
                    nameLast++;
                }

                name = candidates.FindIndex(c => c.Start == tokens[open + 1].Start && c.End == tokens[nameLast].End);
            }
            else
            {
                continue;
            }

            var acronym = candidates.FindIndex(c => c.Start == tokens[acronymToken].Start && c.End == tokens[acronymToken].End);
            if (acronym < 0 || name < 0 || candidates[name].Cue == EntityType.Concept || !candidates[name].Name.Contains(' ', StringComparison.Ordinal)
                || !IsInitialsOf(tokens[acronymToken].Text, candidates[name].Name) || SpellsOutTerm(tokens, candidates[name], nameLast, tokens[acronymToken].Text))
            {
                continue;
            }

            candidates[name] = candidates[name] with { Strong = true };
            candidates[acronym] = candidates[acronym] with { Strong = true, Abbreviates = candidates[name].Key };
        }
    }

    /// <summary>
    /// "Zero Interest Rate Policy (ZIRP):", "Process Reward Model (PRM)": words the corpus writes mostly in lower case spell a
    /// term (in a label too, where no type cue marks it), unless an organisation word ends them or they or the acronym name
    /// a place ("World Trade Organization", "United Kingdom (UK)").
    /// </summary>
    private static bool SpellsOutTerm(IReadOnlyList<ClaimToken> tokens, CandidateMention name, int last, string acronym)
    {
        var first = last;
        while (first > 0 && tokens[first - 1].Start >= name.Start)
        {
            first--;
        }

        return AllCommonWords(tokens, first, last) && !ExtractionRules.OrganizationSuffixes.Contains(tokens[last].Text)
            && !ExtractionRules.Places.Contains(name.Name) && !ExtractionRules.Places.Contains(acronym) && !DiscoveryRules.MorePlaces.Contains(name.Name)
            && name.Cue != EntityType.Place;
    }

    /// <summary>An acronym a name can define: two to six letters, two capitals at least, no plural "s" ("KJV", "LLaVA", "SfM"; not "API", "SDFs").</summary>
    private static bool IsDefinableAcronym(ClaimToken token)
    {
        var word = token.Text;
        if (!token.IsWord || word.Length is < 2 or > MaxDefinedAcronymLength || !char.IsUpper(word[0])
            || (word[^1] == 's' && char.IsUpper(word[^2])) || ExtractionRules.GenericAcronyms.Contains(word))
        {
            return false;
        }

        return CapitalsOfLettersOnly(word) >= 2;
    }

    /// <summary>
    /// The acronym's capitals are the capitals that open the name's words and hyphenated parts, in order, lower-case words
    /// aside ("Generative Pre-trained Transformer" for GPT, "Large Language and Visual Assistant" for LLaVA).
    /// </summary>
    private static bool IsInitialsOf(string acronym, string name)
    {
        var next = 0;
        var opensWord = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                opensWord = true;
                continue;
            }

            if (opensWord && char.IsUpper(c))
            {
                while (next < acronym.Length && !char.IsUpper(acronym[next]))
                {
                    next++;
                }

                if (next == acronym.Length || acronym[next] != c)
                {
                    return false;
                }

                next++;
            }

            opensWord = false;
        }

        while (next < acronym.Length && !char.IsUpper(acronym[next]))
        {
            next++;
        }

        return next == acronym.Length;
    }
}
