using System.Globalization;
using System.Text;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>
/// Named features of each discovered mention of a note, computed from that note's batch alone (its claims and mentions)
/// and the committed word lists, for fitting and checking an accept/reject score of discovered names
/// (tools/mention-filter). Each feature is a number; yes/no features are 0 or 1. Entity-level features aggregate the
/// entity's discovered mentions in the same note, never across notes.
/// </summary>
public static class MentionFeatures
{
    /// <summary>The feature columns, in output order, each with its one-line meaning.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Columns { get; } =
    [
        ("one_word", "the name is one word"),
        ("three_plus_words", "the name has three words or more"),
        ("all_caps", "every letter of the name is upper case (an acronym)"),
        ("mixed_case", "a word of the name has an inner capital after a lower-case letter (LangChain, xAI)"),
        ("has_digit", "the name holds a digit (a version, a size)"),
        ("lower_initial", "the name starts with a lower-case letter or a digit"),
        ("sentence_initial", "no word stands before the mention in its claim"),
        ("in_label", "the mention stands before a ':' that ends a label of at most six words"),
        ("heading_claim", "the claim reads as a heading (title case without a sentence end, or a short line ending in ':')"),
        ("in_quotes", "a quote mark stands right before or right after the mention"),
        ("inside_quotes", "an odd number of double quote marks stands before the mention in its claim"),
        ("in_parens", "an opening parenthesis stands right before the mention"),
        ("possessive", "the mention is followed by 's"),
        ("prev_determiner", "the word before is a determiner (the, a, this, our, ...)"),
        ("prev_preposition", "the word before is a preposition (of, in, for, with, by, like, ...)"),
        ("prev_capitalized", "the word right before (space between) is capitalised: the mention may be a piece of a longer name"),
        ("next_capitalized", "the word right after (space between) is capitalised"),
        ("next_number", "the word right after (space between) holds a digit: a version or a model size may continue the name"),
        ("touches_mention", "another mention ends or starts within one character of this one"),
        ("log_uses", "ln(1 + discovered mentions of the entity in the note)"),
        ("single_use", "the entity is mentioned once in the note"),
        ("several_spellings", "the entity is written in more than one way in the note"),
        ("initial_share", "share of the entity's mentions in the note that open their claim"),
        ("lower_word_share", "share of the name's words the note also writes in lower case"),
        ("all_common_words", "every word of the name is a common word (CommonWords.txt)"),
        ("any_common_word", "some word of the name is a common word"),
        ("known_name", "the spelling is in KnownNames.txt"),
        ("given_name_first", "the first word is a given name (GivenNames.txt or the hand list)"),
        ("common_phrase", "the name is a common phrase (CommonPhrases.txt)"),
        ("type_person", "the entity is typed Person"),
        ("type_organization", "the entity is typed Organization"),
        ("type_product", "the entity is typed Product"),
        ("type_model", "the entity is typed Model"),
        ("type_other", "the entity is typed Other (no type cue)"),
    ];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your", "every", "each",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "at", "on", "for", "with", "by", "from", "to", "into", "about", "like", "via", "using", "as", "than", "over",
    };

    /// <summary>Every discovered mention of the batch with its features, by index into <see cref="NoteBatch.Mentions"/>.</summary>
    public static IEnumerable<(int Index, double[] Features)> All(NoteBatch batch, Func<string, EntityType?> typeOf, Func<string, bool> isDiscovered)
    {
        var context = NoteContext.For(batch, isDiscovered);
        for (var i = 0; i < batch.Mentions.Count; i++)
        {
            if (isDiscovered(batch.Mentions[i].EntityId))
            {
                yield return (i, context.Features(i, typeOf));
            }
        }
    }

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>What a note's mentions share: claim tokens, each mention's place in its claim, the lower-case words.</summary>
    private sealed class NoteContext
    {
        private readonly NoteBatch _batch;
        private readonly Dictionary<string, int> _claimIndex;
        private readonly List<ClaimToken>[] _tokens;
        private readonly int[] _start;
        private readonly HashSet<string> _lowerWords;
        private readonly Dictionary<string, List<int>> _byEntity;

        private NoteContext(NoteBatch batch, Func<string, bool> isDiscovered)
        {
            _batch = batch;
            _claimIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 0; c < batch.Claims.Count; c++)
            {
                _claimIndex[batch.Claims[c].Id] = c;
            }

            _tokens = batch.Claims.Select(c => ClaimTokenizer.Tokenize(c.Text)).ToArray();
            _lowerWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in _tokens.SelectMany(t => t))
            {
                if (token.IsWord && char.IsLower(token.Text[0]))
                {
                    _lowerWords.Add(token.Text);
                }
            }

            // The claim-relative start of each mention: the r-th word-bounded occurrence of its text in its claim, where r is
            // its rank among the claim's mentions of the same text in source order.
            _start = new int[batch.Mentions.Count];
            foreach (var sameText in Enumerable.Range(0, batch.Mentions.Count)
                .GroupBy(i => (batch.Mentions[i].ClaimId, batch.Mentions[i].MatchedText)))
            {
                var text = ClaimText(sameText.Key.ClaimId);
                var occurrences = Occurrences(text, sameText.Key.MatchedText);
                var rank = 0;
                foreach (var i in sameText.OrderBy(i => batch.Mentions[i].Span.Start))
                {
                    _start[i] = occurrences.Count == 0 ? -1 : occurrences[Math.Min(rank++, occurrences.Count - 1)];
                }
            }

            _byEntity = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Mentions.Count; i++)
            {
                if (isDiscovered(batch.Mentions[i].EntityId))
                {
                    var id = batch.Mentions[i].EntityId;
                    if (!_byEntity.TryGetValue(id, out var list))
                    {
                        _byEntity[id] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        public static NoteContext For(NoteBatch batch, Func<string, bool> isDiscovered) => new(batch, isDiscovered);

        private string ClaimText(string claimId) =>
            _claimIndex.TryGetValue(claimId, out var c) ? _batch.Claims[c].Text : "";

        private static List<int> Occurrences(string text, string word)
        {
            var found = new List<int>();
            if (word.Length == 0)
            {
                return found;
            }

            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    found.Add(at);
                }
            }

            return found;
        }

        private bool IsSentenceInitial(int i)
        {
            var (c, start) = Place(i);
            return c < 0 || start < 0 || !_tokens[c].Exists(t => t.IsWord && t.End <= start);
        }

        private (int Claim, int Start) Place(int i) =>
            (_claimIndex.TryGetValue(_batch.Mentions[i].ClaimId, out var c) ? c : -1, _start[i]);

        public double[] Features(int i, Func<string, EntityType?> typeOf)
        {
            var mention = _batch.Mentions[i];
            var name = mention.MatchedText;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (c, start) = Place(i);
            var text = c >= 0 ? _batch.Claims[c].Text : "";
            var tokens = c >= 0 ? _tokens[c] : [];
            var end = start < 0 ? -1 : start + name.Length;
            var located = start >= 0;

            ClaimToken? before = null, after = null;
            if (located)
            {
                foreach (var token in tokens)
                {
                    if (token.End <= start)
                    {
                        before = token;
                    }
                    else if (token.Start >= end && after is null)
                    {
                        after = token;
                    }
                }
            }

            bool Adjacent(ClaimToken? token, bool isBefore) =>
                token is { } t && t.IsWord && (isBefore ? text.AsSpan(t.End, start - t.End) : text.AsSpan(end, t.Start - end)).SequenceEqual(" ");

            var entityMentions = _byEntity.GetValueOrDefault(mention.EntityId) ?? [i];
            var lowerShare = words.Length == 0 ? 0
                : words.Count(w => w.Any(char.IsLetter) && _lowerWords.Contains(w.ToLowerInvariant())) / (double)words.Length;
            var type = typeOf(mention.EntityId);
            var labelColon = located ? text.IndexOf(':', end) : -1;
            var touches = located && _batch.Mentions.Where((m, j) => j != i && m.ClaimId == mention.ClaimId)
                .Any(m => Math.Abs(m.Span.End - mention.Span.Start) <= 1 || Math.Abs(mention.Span.End - m.Span.Start) <= 1);

            return
            [
                B(words.Length == 1),
                B(words.Length >= 3),
                B(name.Any(char.IsLetter) && !name.Any(char.IsLower)),
                B(ClaimTokenizer.Tokenize(name).Exists(t => t.IsMixedCase)),
                B(name.Any(char.IsDigit)),
                B(name.Length > 0 && !char.IsUpper(name[0])),
                B(IsSentenceInitial(i)),
                B(labelColon >= 0 && tokens.Count(t => t.IsWord && t.End <= labelColon) <= 6),
                B(c >= 0 && EntityDiscoverer.IsHeadingLike(text, tokens)),
                B(located && ((start > 0 && IsQuote(text[start - 1])) || (end < text.Length && IsQuote(text[end])))),
                B(located && text.AsSpan(0, start).Count('"') % 2 == 1),
                B(located && start > 0 && text[start - 1] == '('),
                B(located && end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'),
                B(before is { IsWord: true } d && Determiners.Contains(d.Text)),
                B(before is { IsWord: true } p && Prepositions.Contains(p.Text)),
                B(Adjacent(before, isBefore: true) && before!.Value.IsCapitalized),
                B(Adjacent(after, isBefore: false) && after!.Value.IsCapitalized),
                B(Adjacent(after, isBefore: false) && after!.Value.HasDigit),
                B(touches),
                Math.Log(1 + entityMentions.Count),
                B(entityMentions.Count == 1),
                B(entityMentions.Select(j => _batch.Mentions[j].MatchedText).Distinct(StringComparer.Ordinal).Count() > 1),
                entityMentions.Count(IsSentenceInitial) / (double)entityMentions.Count,
                lowerShare,
                B(words.Length > 0 && words.All(DiscoveryRules.IsCommonWord)),
                B(words.Any(DiscoveryRules.IsCommonWord)),
                B(KnownNames.TypeOf(name) is not null),
                B(words.Length > 0 && DiscoveryRules.IsGivenName(words[0])),
                B(words.Length > 1 && DiscoveryRules.IsCommonPhrase(name)),
                B(type == EntityType.Person),
                B(type == EntityType.Organization),
                B(type == EntityType.Product),
                B(type == EntityType.Model),
                B(type == EntityType.Other),
            ];
        }

        private static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’';

        private static double B(bool value) => value ? 1 : 0;
    }

    /// <summary>A TSV-safe cell: tabs and line breaks become spaces.</summary>
    public static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            cell.Append(ch is '\t' or '\n' or '\r' ? ' ' : ch);
        }

        return cell.ToString();
    }
}
