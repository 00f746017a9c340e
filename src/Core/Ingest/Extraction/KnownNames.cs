using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>A spelling of a name the corpus knows, and the discovered entity it names.</summary>
public sealed record KnownName(string Spelling, string EntityId, EntityType Type);

/// <summary>
/// Names that discovery found in several corpus notes (KnownNames.txt, which tools/common-words/build_known_names.py
/// derives from a store of the corpus without the held-out pools). A name qualifies in a note on that note's evidence
/// alone, so "Databricks, for example, is developing", "Asana: tasks are created" or a name in quotes would be missed
/// although the corpus names it a hundred times; a known spelling is a mention wherever it stands and no other mention
/// covers it. The list is a static file, like the common-word list: which notes are ingested, and in which order, still
/// changes nothing.
/// </summary>
public static class KnownNames
{
    private static readonly KnownName[] All = ReadAll();

    private static readonly FrozenDictionary<string, KnownName[]> ByFirstWord = All
        .GroupBy(name => ClaimTokenizer.Tokenize(name.Spelling)[0].Text, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(name => name.Spelling.Length).ToArray(), StringComparer.Ordinal);

    // (Not a person's: a surname alone already names the person in full, which the note's own full name decides.)
    private static readonly FrozenDictionary<string, string> IdByKey = All
        .Where(name => name.Type != EntityType.Person)
        .DistinctBy(name => EntityDiscoverer.KeyOf(name.Spelling), StringComparer.Ordinal)
        .ToFrozenDictionary(name => EntityDiscoverer.KeyOf(name.Spelling), name => name.EntityId, StringComparer.Ordinal);

    /// <summary>
    /// The id the corpus gives every spelling of a merge key ("Wind Surf", "Windsurf" and "WindSurf" are windsurf): that of
    /// its most frequent spelling, so that a note's own spelling does not split one entity across notes.
    /// </summary>
    public static string? IdOfKey(string key) => IdByKey.TryGetValue(key, out var id) ? id : null;

    private static readonly FrozenDictionary<string, EntityType> TypeBySpelling = ByFirstWord.Values.SelectMany(names => names)
        .ToFrozenDictionary(name => name.Spelling, name => name.Type, StringComparer.Ordinal);

    /// <summary>The type the corpus gives a spelling, for a name the note discovered without a cue of its own.</summary>
    public static EntityType? TypeOf(string spelling) => TypeBySpelling.TryGetValue(spelling, out var type) ? type : null;

    private static readonly FrozenSet<string> PersonSurnames = ByFirstWord.Values.SelectMany(names => names)
        .Where(name => name.Type == EntityType.Person && !name.Spelling.Contains(' ', StringComparison.Ordinal)
            && name.EntityId.EndsWith("-" + name.Spelling.ToLowerInvariant(), StringComparison.Ordinal))
        .Select(name => name.Spelling)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A one-word spelling the corpus knows as the surname of a person it names in full ("Cowen" of "Tyler Cowen").
    /// </summary>
    public static bool IsPersonSurname(string spelling) => PersonSurnames.Contains(spelling);

    /// <summary>The known names in a claim, in text order, each at most once per position (the longest spelling wins).</summary>
    public static List<(int Start, int End, KnownName Name)> FindIn(string text, IReadOnlyList<ClaimToken> tokens)
    {
        var found = new List<(int, int, KnownName)>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsWord || !ByFirstWord.TryGetValue(tokens[t].Text, out var names))
            {
                continue;
            }

            // Names are ordered longest first, so "Google Drive" is tried before "Google". A concept is never a mention of
            // its own: it is listed for its type.
            foreach (var name in names)
            {
                if (name.Type == EntityType.Concept)
                {
                    continue;
                }

                var end = tokens[t].Start + name.Spelling.Length;
                if (end > text.Length || string.CompareOrdinal(text, tokens[t].Start, name.Spelling, 0, name.Spelling.Length) != 0)
                {
                    continue;
                }

                var last = t;
                while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
                {
                    last++;
                }

                // The spelling must end where a token ends ("Git" is no name in "GitHub"), and a version or a number right
                // after it continues the name ("Llama 3" is not "Llama").
                var next = last + 1;
                if (tokens[last].End != end
                    || (next < tokens.Count && tokens[next].IsWord && tokens[next].HasDigit && tokens[next].Start == end + 1))
                {
                    continue;
                }

                if (InsideLongerName(tokens, t, last) || InsidePath(text, tokens[t].Start, end) || IsBareGivenName(name) || DescribesNoun(tokens, t, last)
                    || (t == last && EntityDiscoverer.IsCustomGpt(tokens, t)))
                {
                    continue;
                }

                found.Add((tokens[t].Start, end, name));
                t = last;
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// "Azure OpenAI", "Tesla Roadster", "Crawl for AI", "The Fate of Rome", "Missouri v. Biden": a known name next to
    /// another capitalised word, or joined to one by a small word, is a piece of a longer name that discovery did not
    /// take, and naming the piece would be a wrong extent. A capitalised word that opens the claim does not count.
    /// </summary>
    private static bool InsideLongerName(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var next = last + 1;
        if (next < tokens.Count && Continues(tokens[next]))
        {
            return true;
        }

        if (next + 1 < tokens.Count && IsJoiningWord(tokens[next].Text) && Continues(tokens[next + 1]))
        {
            return true;
        }

        var previous = first - 1;
        if (previous > 0 && Continues(tokens[previous]))
        {
            return true;
        }

        return previous > 1 && IsJoiningWord(tokens[previous].Text) && Continues(tokens[previous - 1]);
    }

    /// <summary>"Engine\Extras\Android", "src/Docker/": a piece of a path or an identifier, glued to a separator.</summary>
    private static bool InsidePath(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '\\' or '/' or '_' or '.' or '-' or '@' or '#')
        || (end < text.Length && text[end] is '\\' or '/' or '_' or '@')
        || (end + 1 < text.Length && text[end] is '.' or '-' && char.IsLetterOrDigit(text[end + 1]));

    private static bool Continues(ClaimToken token) => token.IsWord && (token.IsCapitalized || token.IsAllCaps);

    private static bool IsJoiningWord(string word) => word is "for" or "of" or "with" or "to" or "v." or "v" or "vs" or "de" or "von" or "van";

    /// <summary>
    /// "Japanese passenger trains", "French thinker", "Gaussian distribution": a word of a people, a language or a
    /// namesake before a lower-case noun describes the noun; it names nothing.
    /// </summary>
    private static bool DescribesNoun(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var word = tokens[first].Text;
        var next = last + 1;
        return first == last && next < tokens.Count && tokens[next].IsWord && char.IsLower(tokens[next].Text[0])
            && tokens[next].Text is not ("and" or "or" or "is" or "was" or "are" or "has" or "had")
            && (word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
                || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal)
                || word.EndsWith("ch", StringComparison.Ordinal));
    }

    /// <summary>"Max", "Chris", "Jack": a given name alone names a different person in every note, or none ("a Jack of all trades").</summary>
    private static bool IsBareGivenName(KnownName name) =>
        !name.Spelling.Contains(' ', StringComparison.Ordinal) && DiscoveryRules.IsGivenName(name.Spelling);

    /// <summary>
    /// The list in file order, most frequent first, each spelling with the id of its merge key's first (most frequent)
    /// spelling.
    /// </summary>
    private static KnownName[] ReadAll()
    {
        var names = DiscoveryRules.ReadEmbeddedList("KnownNames.txt")
            .Select(line => line.Split('\t'))
            .Select(fields => new KnownName(fields[0], fields[1], Enum.Parse<EntityType>(fields[2])))
            .ToArray();
        var idByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var key = EntityDiscoverer.KeyOf(names[i].Spelling);
            if (!idByKey.TryAdd(key, names[i].EntityId))
            {
                names[i] = names[i] with { EntityId = idByKey[key] };
            }
        }

        return names;
    }
}
