using System.Collections.Frozen;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.Ingest.Linking;

/// <summary>An alias found in a text: where, which entity, the catalog alias it matched and the text as written.</summary>
public sealed record AliasMatch(int Start, int Length, string EntityId, string Alias, string MatchedText)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds entity aliases in text: whole words only, per-alias letter case, context rules for ambiguous aliases,
/// leftmost-longest (so "Claude Code" wins over "Claude" and "GPT-4.5" over "GPT-4").
/// Aliases live in a case-folded trie, so a text is scanned once however many aliases there are.
/// A space in an alias matches any run of whitespace.
/// </summary>
public sealed class AliasMatcher
{
    // A hyphenated compound usually makes a new word ("meta-learning", "o3-mini"), except with these common suffixes
    // that still name the entity ("OpenAI-backed", "Claude-like"), or a past participle ("Trump-associated").
    private static readonly FrozenSet<string> EntityKeepingSuffixes = new[]
    {
        "backed", "based", "like", "style", "type", "powered", "owned", "led", "funded", "built", "made", "native", "first",
        "level", "class", "only", "specific", "generated", "compatible", "related", "centric", "esque", "focused",
        "trained", "hosted", "developed", "affiliated", "branded", "sponsored", "supported", "run", "created",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MinParticipleSuffix = 5;

    private readonly TrieNode _root = new();

    public AliasMatcher(IEnumerable<(string EntityId, AliasRule Rule)> aliases)
    {
        foreach (var (entityId, rule) in aliases)
        {
            var text = NormalizeAlias(rule.Text);
            if (text.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in text)
            {
                node = node.GetOrAddChild(char.ToLowerInvariant(c));
            }

            node.Terminals.Add(new Terminal(entityId, rule, text));
        }
    }

    /// <summary>All matches in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IReadOnlyList<AliasMatch> FindMatches(string text)
    {
        List<AliasMatch>? matches = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLeftBoundary(text, i) || !_root.TryGetChild(char.ToLowerInvariant(text[i]), out _))
            {
                i++;
                continue;
            }

            var match = LongestMatchAt(text, i);
            if (match is null)
            {
                i++;
                continue;
            }

            (matches ??= []).Add(match);
            i = match.End;
        }

        return matches ?? (IReadOnlyList<AliasMatch>)[];
    }

    private AliasMatch? LongestMatchAt(string text, int start)
    {
        // Walk the trie as far as the text allows, remembering every node that ends an alias; then try the longest first.
        List<(int End, TrieNode Node)>? candidates = null;
        var node = _root;
        var position = start;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                if (!node.TryGetChild(' ', out var next))
                {
                    break;
                }

                node = next;
                while (position < text.Length && char.IsWhiteSpace(text[position]))
                {
                    position++;
                }
            }
            else
            {
                if (!node.TryGetChild(char.ToLowerInvariant(c), out var next))
                {
                    break;
                }

                node = next;
                position++;
            }

            if (node.Terminals.Count > 0)
            {
                (candidates ??= []).Add((position, node));
            }
        }

        if (candidates is null)
        {
            return null;
        }

        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            var (end, terminalNode) = candidates[k];
            if (!IsRightBoundary(text, end))
            {
                continue;
            }

            foreach (var terminal in terminalNode.Terminals)
            {
                if (terminal.Rule.Case == AliasCase.Sensitive && !EqualsExactly(text, start, end, terminal.NormalizedText))
                {
                    continue;
                }

                if (terminal.Rule.HasContext && !ContextAllows(text, start, end, terminal.Rule))
                {
                    continue;
                }

                return new AliasMatch(start, end - start, terminal.EntityId, terminal.Rule.Text, text[start..end]);
            }
        }

        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsNumberJoiner(char c) => c is '.' or ':' or ',';

    private static bool IsLeftBoundary(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        if (IsWordChar(before))
        {
            return false;
        }

        if (i < 2 || !IsWordChar(text[i - 2]))
        {
            return true;
        }

        // "non-Meta" is one word; "1.03" and "00:03" are one number.
        return before switch
        {
            '-' => false,
            _ when IsNumberJoiner(before) => !(char.IsDigit(text[i - 2]) && char.IsDigit(text[i])),
            _ => true,
        };
    }

    private static bool IsRightBoundary(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var after = text[end];
        if (IsWordChar(after))
        {
            return false;
        }

        if (end + 1 >= text.Length || !IsWordChar(text[end + 1]))
        {
            return true;
        }

        if (after == '-')
        {
            return KeepsEntity(ReadWord(text, end + 1));
        }

        // "03:45", "GPT-4.1" against "GPT-4", "2,03": the number goes on. A period before a letter is a glued sentence end.
        return !(IsNumberJoiner(after) && char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]));
    }

    private static bool EqualsExactly(string text, int start, int end, string alias)
    {
        var j = 0;
        var i = start;
        while (i < end && j < alias.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (alias[j] != ' ')
                {
                    return false;
                }

                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                j++;
                continue;
            }

            if (text[i] != alias[j])
            {
                return false;
            }

            i++;
            j++;
        }

        return i == end && j == alias.Length;
    }

    private static bool ContextAllows(string text, int start, int end, AliasRule rule)
    {
        if (rule.Before.Count > 0)
        {
            var previous = PreviousWord(text, start, out var previousStart);
            if (previous.Length > 0 && rule.Before.Any(w => w.Equals(previous, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // "DeepSeek V3 or R1", "DeepSeek V3, R1": a version coordinated with a sibling version shares the sibling's maker.
            if (previous is "and" or "or")
            {
                previous = PreviousWord(text, previousStart, out previousStart);
            }

            if (previous.Any(char.IsDigit) && previous.Any(char.IsLetter))
            {
                var maker = PreviousWord(text, previousStart, out _);
                if (maker.Length > 0 && rule.Before.Any(w => w.Equals(maker, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        if (rule.After.Count > 0)
        {
            var next = NextWord(text, end);
            if (next.Length > 0 && rule.After.Any(w => w.Equals(next, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContextSeparator(char c) =>
        char.IsWhiteSpace(c) || c is ':' or ',' or '(' or ')' or '"' or '“' or '”' or '\'' or '‘' or '’' or '*';

    /// <summary>The word before <paramref name="start"/>, skipping spaces and light punctuation (not a sentence end), without a possessive.</summary>
    private static string PreviousWord(string text, int start) => PreviousWord(text, start, out _);

    private static string PreviousWord(string text, int start, out int wordStart)
    {
        var i = start - 1;
        while (i >= 0 && IsContextSeparator(text[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && (IsWordChar(text[i]) || text[i] is '\'' or '’' or '-'))
        {
            i--;
        }

        wordStart = i + 1;
        return StripPossessive(text[wordStart..end]);
    }

    /// <summary>The word after <paramref name="end"/>, past a possessive ("Brave's API" gives "API") and light punctuation.</summary>
    private static string NextWord(string text, int end)
    {
        var i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
        {
            i += 2;
        }

        while (i < text.Length && IsContextSeparator(text[i]))
        {
            i++;
        }

        return StripPossessive(ReadWord(text, i));
    }

    /// <summary>A word after a hyphen that leaves the name before it a mention of its own ("Pixar-type", "Star Wars-themed").</summary>
    internal static bool KeepsEntity(string suffix) =>
        EntityKeepingSuffixes.Contains(suffix)
        || (suffix.Length >= MinParticipleSuffix && suffix.EndsWith("ed", StringComparison.Ordinal) && IsLowerCaseWord(suffix));

    private static bool IsLowerCaseWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string ReadWord(string text, int start)
    {
        var i = start;
        while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            i++;
        }

        return text[start..i];
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word.TrimEnd('\'', '’');

    internal static string NormalizeAlias(string alias) =>
        string.Join(' ', alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Terminal(string EntityId, AliasRule Rule, string NormalizedText);

    private sealed class TrieNode
    {
        private Dictionary<char, TrieNode>? _children;

        public List<Terminal> Terminals { get; } = [];

        public TrieNode GetOrAddChild(char c)
        {
            _children ??= [];
            if (!_children.TryGetValue(c, out var child))
            {
                child = new TrieNode();
                _children[c] = child;
            }

            return child;
        }

        public bool TryGetChild(char c, out TrieNode child)
        {
            if (_children is not null && _children.TryGetValue(c, out var found))
            {
                child = found;
                return true;
            }

            child = null!;
            return false;
        }
    }
}
