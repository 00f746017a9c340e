using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>Names the note gives elsewhere, at the start of a label or a heading's run of title-case words.</summary>
public sealed partial class NoteExtractor
{
    /// <summary>
    /// The names the note mentions anywhere, by merge key: every catalog match (concepts aside) and every discovered key the
    /// note's evidence resolved.
    /// </summary>
    private Dictionary<string, string> NoteNameKeys(IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches,
        Dictionary<string, (string Id, EntityType Type)> resolved)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, entity) in resolved)
        {
            if (entity.Type != EntityType.Concept)
            {
                keys.TryAdd(key, entity.Id);
            }
        }

        foreach (var match in catalogMatches.SelectMany(matches => matches))
        {
            if (_catalogTypes[match.EntityId] != EntityType.Concept)
            {
                keys.TryAdd(EntityDiscoverer.KeyOf(match.MatchedText), match.EntityId);
            }
        }

        return keys;
    }

    /// <summary>
    /// "Asana Client:", "Supabase Vector Store:", "Creating Asana Tasks:", "Clone the Git Repository:": a label's or a
    /// heading's run whose words around a name the note mentions elsewhere are all common words (title case capitalises every
    /// word there, so "Client" says nothing about a longer name) mentions that name, the longest one first. Not a run inside
    /// a sentence, where a capitalised common word is the evidence of a longer name ("the Asana Client"), nor a version or
    /// model tier word after the name ("Claude Pro:"), nor a demo component's label ("Reasoner Agent:", see
    /// <see cref="DiscoveryRules.ComponentHeads"/>), nor a run the note's evidence resolved as a whole.
    /// </summary>
    private static (int Start, int End, string Id)? NoteNameInLabel(string text, IReadOnlyList<ClaimToken> tokens, bool heading,
        CandidateMention candidate, Dictionary<string, string> noteNames)
    {
        if (noteNames.Count == 0 || !(heading || IsLabel(text, tokens, candidate)))
        {
            return null;
        }

        var first = 0;
        while (first < tokens.Count && tokens[first].Start < candidate.Start)
        {
            first++;
        }

        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= candidate.End)
        {
            last++;
        }

        // (A demo component's label names the component, "Reasoner Agent:", not a product.)
        for (var t = first + 1; t <= last; t++)
        {
            if (DiscoveryRules.ComponentHeads.Contains(tokens[t].Text))
            {
                return null;
            }
        }

        // (The name starts and ends at a word; every word of the run before and after it is a capitalised common word.)
        for (var length = last - first; length >= 1; length--)
        {
            for (var nameFirst = first; nameFirst + length - 1 <= last; nameFirst++)
            {
                var nameLast = nameFirst + length - 1;
                if (nameFirst > first && !IsTitleCaseCommonWord(tokens[nameFirst - 1]))
                {
                    break;
                }

                if (nameLast < last && !AllTitleCaseCommonWords(tokens, nameLast + 1, last))
                {
                    continue;
                }

                if (tokens[nameFirst].IsWord && tokens[nameLast].IsWord
                    && noteNames.TryGetValue(EntityDiscoverer.KeyOf(text[tokens[nameFirst].Start..tokens[nameLast].End]), out var id))
                {
                    return (tokens[nameFirst].Start, tokens[nameLast].End, id);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The candidate ends a label ("Qdrant Dashboard: …", "Creating Asana Tasks: …"): a ":" follows it, and any words before
    /// it are capitalised common words or small words.
    /// </summary>
    private static bool IsLabel(string text, IReadOnlyList<ClaimToken> tokens, CandidateMention candidate)
    {
        foreach (var token in tokens)
        {
            if (token.Start >= candidate.Start)
            {
                break;
            }

            if (!IsTitleCaseCommonWord(token) && !(token.IsWord && EntityDiscoverer.IsSmallWord(token.Text)))
            {
                return false;
            }
        }

        var next = candidate.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] == ':';
    }

    private static bool AllTitleCaseCommonWords(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (!IsTitleCaseCommonWord(tokens[t]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleCaseCommonWord(ClaimToken token) =>
        token.IsWord && token.IsCapitalized && !token.IsMixedCase && !token.Possessive && token.Text.Length > 1
        && token.Text.Skip(1).All(char.IsLower) && DiscoveryRules.IsCommonWord(token.Text)
        && !DiscoveryRules.ModelTierWords.Contains(token.Text);
}
