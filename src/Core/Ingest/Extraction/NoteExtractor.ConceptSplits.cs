using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>Catalog concepts that begin inside a name the note writes.</summary>
public sealed partial class NoteExtractor
{
    /// <summary>
    /// "the Pydantic AI agent", "Lyzr AI agents": a catalog concept ("AI agents") whose first word, after a capitalised word
    /// that is no common word, ends a two-word name the note writes elsewhere outside any concept ("Pydantic AI is a
    /// framework") yields that word to the name: the concept match is dropped, so discovery reads the whole name there
    /// instead of its first word. Not where the note never writes the pair alone ("LangChain AI agents" keeps LangChain and
    /// the concept), nor after a common word ("Building AI agents").
    /// </summary>
    private IReadOnlyList<IReadOnlyList<AliasMatch>> WithoutConceptsSplittingNames(IReadOnlyList<string> claimTexts,
        IReadOnlyList<IReadOnlyList<ClaimToken>> tokens, IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches)
    {
        HashSet<string>? pairs = null;
        for (var c = 0; c < claimTexts.Count; c++)
        {
            foreach (var match in catalogMatches[c])
            {
                if (PairBefore(claimTexts[c], tokens[c], match) is { } pair)
                {
                    (pairs ??= new HashSet<string>(StringComparer.Ordinal)).Add(pair);
                }
            }
        }

        if (pairs is null)
        {
            return catalogMatches;
        }

        // (Looked up by span: every pair of adjacent words of the note is tried, and few are pairs.)
        var pairLookup = pairs.GetAlternateLookup<ReadOnlySpan<char>>();
        var alone = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < claimTexts.Count; c++)
        {
            var claim = tokens[c];
            for (var t = 0; t + 1 < claim.Count; t++)
            {
                if (claim[t + 1].Start == claim[t].End + 1 && claim[t].IsWord && claim[t + 1].IsWord
                    && pairLookup.Contains(claimTexts[c].AsSpan(claim[t].Start, claim[t + 1].End - claim[t].Start))
                    && !catalogMatches[c].Any(m => _catalogTypes[m.EntityId] == EntityType.Concept && m.Start <= claim[t + 1].Start && claim[t + 1].End <= m.End))
                {
                    alone.Add(claimTexts[c][claim[t].Start..claim[t + 1].End]);
                }
            }
        }

        if (alone.Count == 0)
        {
            return catalogMatches;
        }

        return catalogMatches.Select((matches, c) => (IReadOnlyList<AliasMatch>)matches
            .Where(match => PairBefore(claimTexts[c], tokens[c], match) is not { } pair || !alone.Contains(pair)).ToList()).ToList();
    }

    /// <summary>
    /// "the first release of Baby AGI": a catalog concept that is one acronym naming with the capitalised word before it
    /// inside a sentence (<see cref="EntityDiscoverer.IsNamingAcronymInSentence"/>) is the end of that name, so the match
    /// is dropped and discovery reads the pair. Not after a word another catalog match took ("OpenAI AGI" keeps both), nor
    /// at a sentence's start ("Reach AGI first" keeps the concept).
    /// </summary>
    private IReadOnlyList<AliasMatch> WithoutConceptsEndingNames(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<AliasMatch> matches)
    {
        bool EndsName(AliasMatch match)
        {
            if (_catalogTypes[match.EntityId] != EntityType.Concept)
            {
                return false;
            }

            var at = 1;
            while (at < tokens.Count && tokens[at].Start < match.Start)
            {
                at++;
            }

            return at < tokens.Count && tokens[at].Start == match.Start && tokens[at].End == match.End
                && EntityDiscoverer.IsNamingAcronymInSentence(tokens, at - 1, at)
                && !matches.Any(other => other.Start <= tokens[at - 1].Start && tokens[at - 1].End <= other.End);
        }

        var kept = matches.Where(match => !EndsName(match)).ToList();
        return kept.Count == matches.Count ? matches : kept;
    }

    /// <summary>The capitalised word before a concept match and the match's first word ("Pydantic AI" before "AI agents").</summary>
    private string? PairBefore(string text, IReadOnlyList<ClaimToken> tokens, AliasMatch match)
    {
        if (_catalogTypes[match.EntityId] != EntityType.Concept)
        {
            return null;
        }

        var at = 0;
        while (at < tokens.Count && tokens[at].Start < match.Start)
        {
            at++;
        }

        if (at == 0 || at == tokens.Count || tokens[at].Start != match.Start || tokens[at].End >= match.End)
        {
            return null;
        }

        var before = tokens[at - 1];
        return before.IsWord && before.IsCapitalized && before.End + 1 == match.Start && !DiscoveryRules.IsCommonWord(before.Text)
            ? text[before.Start..tokens[at].End]
            : null;
    }
}
