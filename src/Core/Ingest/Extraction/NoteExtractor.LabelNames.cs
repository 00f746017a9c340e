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
    /// "Asana Client:", "Supabase Vector Store:", "PostgreSQL Chat Memory:", "Clone the Git Repository:": a label's or a
    /// heading's run whose words after a name the note mentions elsewhere are all common words (title case capitalises every
    /// word there, so "Client" says nothing about a longer name) mentions that name, longest first. Not a run inside a
    /// sentence, where a capitalised common word is the evidence of a longer name ("the Asana Client"), nor a version or
    /// model tier word after the name ("Claude Pro:"), nor a demo component's label ("Reasoner Agent:", see
    /// <see cref="DiscoveryRules.ComponentHeads"/>), nor a run the note's evidence resolved as a whole.
    /// </summary>
    private static (int End, string Id)? LeadingNoteName(string text, IReadOnlyList<ClaimToken> tokens, bool heading,
        CandidateMention candidate, Dictionary<string, string> noteNames)
    {
        if (noteNames.Count == 0 || !(heading || OpensLabel(text, tokens, candidate)))
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

        // (The name ends at a word; every word after it is a capitalised common word.)
        for (var nameLast = last - 1; nameLast >= first; nameLast--)
        {
            if (!IsTitleCaseCommonWord(tokens[nameLast + 1]))
            {
                break;
            }

            if (tokens[nameLast].IsWord
                && noteNames.TryGetValue(EntityDiscoverer.KeyOf(text[candidate.Start..tokens[nameLast].End]), out var id))
            {
                return (tokens[nameLast].End, id);
            }
        }

        return null;
    }

    /// <summary>The candidate opens the claim and a ":" follows it: the whole label ("Qdrant Dashboard: …").</summary>
    private static bool OpensLabel(string text, IReadOnlyList<ClaimToken> tokens, CandidateMention candidate)
    {
        var opening = tokens.FirstOrDefault(token => token.IsWord);
        if (opening.Text is null || opening.Start != candidate.Start)
        {
            return false;
        }

        var next = candidate.End;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] == ':';
    }

    private static bool IsTitleCaseCommonWord(ClaimToken token) =>
        token.IsWord && token.IsCapitalized && !token.IsMixedCase && !token.Possessive && token.Text.Length > 1
        && token.Text.Skip(1).All(char.IsLower) && DiscoveryRules.IsCommonWord(token.Text)
        && !DiscoveryRules.ModelTierWords.Contains(token.Text);
}
