using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

public static partial class EntityDiscoverer
{
    private const int MaxLawModifiers = 2;

    /// <summary>
    /// "Moore's Law", "Conquest's Second Law", "Gödel's Incompleteness Theorem": a capitalised owner in the possessive, up to
    /// two capitalised modifiers and a law noun (<see cref="DiscoveryRules.EponymLawNouns"/>) are one name, possessive and
    /// all, rather than an owner ("Conquest", a person's surname) and a name of common words ("Second Law", "Law"). The
    /// owner must stand alone (no capitalised word before it) and be no catalog name; the words are then blocked for runs.
    /// </summary>
    private static void AddEponymLaws(string text, IReadOnlyList<ClaimToken> tokens, bool[] blocked, List<CandidateMention> candidates)
    {
        for (var owner = 0; owner + 1 < tokens.Count; owner++)
        {
            var token = tokens[owner];
            if (!token.Possessive || !token.IsWord || !token.IsCapitalized || blocked[owner]
                || (owner > 0 && tokens[owner - 1].IsWord && tokens[owner - 1].IsCapitalized && !IsSentenceInitial(tokens, owner - 1)))
            {
                continue;
            }

            var noun = owner + 1;
            while (noun < tokens.Count && noun - owner <= MaxLawModifiers + 1 && !blocked[noun] && tokens[noun].IsWord
                   && tokens[noun].IsCapitalized && !tokens[noun].Possessive && !DiscoveryRules.EponymLawNouns.Contains(tokens[noun].Text))
            {
                noun++;
            }

            if (noun >= tokens.Count || blocked[noun] || !tokens[noun].IsCapitalized || tokens[noun].Possessive
                || !DiscoveryRules.EponymLawNouns.Contains(tokens[noun].Text)
                || (noun + 1 < tokens.Count && tokens[noun + 1].IsWord && tokens[noun + 1].IsCapitalized))
            {
                continue;
            }

            var name = text[token.Start..tokens[noun].End];
            var sentenceInitial = IsSentenceInitial(tokens, owner);
            candidates.Add(new CandidateMention(token.Start, tokens[noun].End, name, KeyOf(name), sentenceInitial, true, EntityType.Other));
            for (var t = owner; t <= noun; t++)
            {
                blocked[t] = true;
            }

            owner = noun;
        }
    }
}
