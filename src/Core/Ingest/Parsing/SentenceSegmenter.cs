using System.Buffers;
using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Splits reader-visible prose into sentences in one forward pass without regular expressions. It keeps decimals,
/// money and versions (<c>$1.2 billion</c>, <c>GPT-4.5</c>), abbreviations (<c>e.g.</c>, <c>U.S.</c>, <c>Dr.</c>, <c>vs.</c>),
/// ellipses, domains and enumerators (<c>1. First</c>) inside a sentence; keeps closing quotes and brackets with the
/// sentence they end; starts a new sentence at a lower-case model name (<c>o3 is</c>) and splits sentences glued without
/// a space (<c>a bit more.I'm going</c>), as found in scraped newsletters.
/// </summary>
public static class SentenceSegmenter
{
    // Never end a sentence: these are followed by more of the same sentence.
    private static readonly FrozenSet<string> InnerAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "e.g", "i.e", "eg", "ie", "vs", "v", "cf", "viz", "dr", "mr", "mrs", "ms", "prof", "st", "mt", "approx", "incl",
        "fig", "figs", "no", "nos", "vol", "pp", "al", "ca", "esp", "gen", "gov", "sen", "rep", "rev", "hon", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "dept", "univ");

    // End a sentence only when the next word is a typical sentence opener ("in the U.S. The ...").
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "In", "On",
        "At", "But", "However", "And", "So", "If", "When", "While", "A", "An", "As", "For", "There", "Their", "His",
        "Her", "Our", "My", "Meanwhile", "Despite", "After", "Before", "Also", "Then", "Now", "What", "Why", "How",
        "Who", "Where", "Although", "Because", "Since", "Yet", "Still", "Instead", "Overall", "Finally", "First",
        "Second", "Third", "Some", "Many", "Most", "One", "Another", "Other", "Such", "Each", "Both", "Today",
        "Additionally", "Furthermore", "Moreover", "Thus", "Therefore", "Similarly", "Unlike", "With", "Without");

    private static readonly SearchValues<char> BoundaryCandidates = SearchValues.Create(".!?…。！？:");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerAbbreviationLookup =
        InnerAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup =
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of <paramref name="text"/> as half-open ranges, trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<TextSpan> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        Segment(text, sentences);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/> (no allocation per sentence).</summary>
    public static void Segment(ReadOnlySpan<char> text, List<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = sentences.Count;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var candidate = text[i..].IndexOfAny(BoundaryCandidates);
            if (candidate < 0)
            {
                break;
            }

            i += candidate;
            var c = text[i];
            if (c == ':' && !IsGlued(text, i, i + 1, i + 1))
            {
                i++;
                continue;
            }

            var runEnd = c == ':' ? i + 1 : i;
            while (runEnd < text.Length && IsTerminator(text[runEnd]))
            {
                runEnd++;
            }

            var end = runEnd;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (c == ':' ? IsGlued(text, i, runEnd, end) : IsBoundary(text, i, runEnd, end))
            {
                Add(text, start, end, sentences, first);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, sentences, first);
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<TextSpan> sentences, int first)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return;
        }

        // A run of punctuation left over once timestamps are hidden ("interactions? [t]." → "?.") belongs to the sentence before it.
        if (!ContainsLetterOrDigit(text[start..end]) && sentences.Count > first)
        {
            sentences[^1] = sentences[^1] with { End = end };
            return;
        }

        sentences.Add(new TextSpan(start, end));
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int terminator, int runEnd, int end)
    {
        var run = text[terminator..runEnd];
        var isSingleDot = run is ".";
        var isEllipsis = run.Length >= 2 && run.IndexOfAnyExcept('.') < 0 || run.Contains('…');
        if (isSingleDot && runEnd < text.Length && char.IsAsciiDigit(text[runEnd]))
        {
            return false; // decimals and versions: 1.2, GPT-4.5
        }

        if (end == text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return IsGlued(text, terminator, runEnd, end);
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next == text.Length)
        {
            return true;
        }

        var wordStart = next;
        while (wordStart < text.Length && IsOpener(text[wordStart]))
        {
            wordStart++;
        }

        if (wordStart == text.Length)
        {
            return true;
        }

        var nextWord = WordAt(text, wordStart);
        var head = text[wordStart];
        if (isSingleDot)
        {
            var before = WordBefore(text, terminator);
            if (InnerAbbreviationLookup.Contains(before) || IsEnumerator(text, terminator, before))
            {
                return false;
            }

            if (IsDottedAbbreviation(before) || (before.Length == 1 && char.IsAsciiLetterUpper(before[0])) || IsAmbiguousAbbreviation(before))
            {
                return SentenceOpenerLookup.Contains(LettersOf(nextWord));
            }
        }

        if (char.IsLower(head))
        {
            // A model name opens a sentence in lower case ("o3 just feels like…", "xAI released…"); prose does not.
            return !isEllipsis && LooksLikeLowerCaseName(nextWord);
        }

        if (isEllipsis)
        {
            return char.IsUpper(head);
        }

        return char.IsUpper(head) || char.IsDigit(head) || head is '$' or '€' or '£' or '#' or '@' || char.IsLetter(head);
    }

    /// <summary>Text glued to the punctuation that ends it ("August.I'm", "clear:The") starts a new sentence.</summary>
    private static bool IsGlued(ReadOnlySpan<char> text, int terminator, int runEnd, int end)
    {
        if (terminator == 0 || end >= text.Length || !char.IsUpper(text[end]))
        {
            return false;
        }

        // After a closing quote ("feel the AGI.”What") the quote itself shows the sentence ended.
        var before = text[terminator - 1];
        if (end == runEnd && !(char.IsLower(before) || char.IsDigit(before) || IsCloser(before)))
        {
            return false;
        }

        var word = WordAt(text, end);
        if ((word.Length >= 2 && word.IndexOfAnyInRange('a', 'z') < 0) || (word.Length == 1 && end + 1 < text.Length && text[end + 1] == '.'))
        {
            return false; // an acronym, file extension or initial: Node.JS, U.S.A, Ph.D.
        }

        if (text[terminator] == ':')
        {
            return word.Length >= 2 && char.IsLower(word[1]) && char.IsLower(before);
        }

        // "openai.com" style domains never reach here (lower case after the dot); the word before must be a word, not a dotted acronym.
        var previous = WordBefore(text, terminator);
        return !previous.Contains('.') && !InnerAbbreviationLookup.Contains(previous);
    }

    private static bool IsEnumerator(ReadOnlySpan<char> text, int terminator, ReadOnlySpan<char> before)
    {
        var digits = terminator;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        var length = terminator - digits;
        if (before.Length != 0 || length is 0 or > 2)
        {
            return false;
        }

        var previous = digits - 1;
        while (previous >= 0 && char.IsWhiteSpace(text[previous]))
        {
            previous--;
        }

        return previous < 0 || (previous < digits - 1 && text[previous] is ':' or ';' or '.' or '!' or '?');
    }

    /// <summary>"U.S", "e.g", "Ph.D" — but not a domain or file name ("hi.oscar.health", "buildyouraicoach.com").</summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (!word.Contains('.'))
        {
            return false;
        }

        foreach (var part in word.Split('.'))
        {
            if (part.End.Value - part.Start.Value > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAmbiguousAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("etc", StringComparison.OrdinalIgnoreCase) || word.Equals("inc", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("ltd", StringComparison.OrdinalIgnoreCase) || word.Equals("corp", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("co", StringComparison.Ordinal) || word.Equals("Co", StringComparison.Ordinal) ||
        word.Equals("jr", StringComparison.OrdinalIgnoreCase) || word.Equals("sr", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeLowerCaseName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsDigit(word[i]) || char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters and inner dots directly before <paramref name="terminator"/> ("e.g", "U.S", "Dr").</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int terminator)
    {
        var start = terminator;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..terminator];
    }

    private static ReadOnlySpan<char> LettersOf(ReadOnlySpan<char> word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        return word[..end];
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '\'' or '’' or '-'))
        {
            end++;
        }

        return text[start..end];
    }

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '*' or '_';
}
