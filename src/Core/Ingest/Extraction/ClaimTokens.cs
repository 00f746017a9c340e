namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A word or punctuation mark of a claim. A word keeps inner hyphens, dots, ampersands and slashes between letters or digits
/// ("GPT-4o", "3.5", "AT&amp;T", "x.AI"); a possessive <c>'s</c> is not part of the word but flagged on it, with
/// <see cref="PossessiveEnd"/> the end of the <c>'s</c>.
/// </summary>
public readonly record struct ClaimToken(int Start, int End, string Text, bool IsWord, bool Possessive, int PossessiveEnd)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>An upper-case letter after the first character, or a lower-case first letter followed by one: xAI, TikTok, GitHub.</summary>
    public bool IsMixedCase
    {
        get
        {
            if (!IsWord || Text.Length < 2)
            {
                return false;
            }

            // Per hyphen- or slash-separated part, so "Proof-of-Stake" and "Spirits/Smoke" are not mixed case but "LlamaIndex" is.
            var hasLower = false;
            for (var i = 0; i < Text.Length; i++)
            {
                var c = Text[i];
                if (c is '-' or '/')
                {
                    hasLower = false;
                }
                else if (char.IsLower(c))
                {
                    hasLower = true;
                }
                else if (i > 0 && char.IsUpper(c) && hasLower)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    public bool HasDigit => Contains(Text, char.IsDigit);

    public bool HasLetter => Contains(Text, char.IsLetter);

    public bool IsNumber => IsWord && !HasLetter;

    // A loop, not Text.Any: these checks run for most tokens, and LINQ over a string allocates an enumerator per call
    // (a static method group such as char.IsDigit is a cached delegate).
    private static bool Contains(string text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Splits a claim into <see cref="ClaimToken"/>s in one pass.</summary>
public static class ClaimTokenizer
{
    // One string per ASCII punctuation mark, shared by all tokens, rather than a new one for every comma and period.
    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<ClaimToken> Tokenize(string text)
    {
        var tokens = new List<ClaimToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new ClaimToken(i, i + 1, c < AsciiMarks.Length ? AsciiMarks[c] : text.Substring(i, 1), false, false, i + 1));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                else if (text[i] is '-' or '.' or '&' or '/' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                         && !IsPossessiveAt(text, i))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var end = i;
            var possessive = IsPossessiveAt(text, end);
            var possessiveEnd = end;
            if (possessive)
            {
                possessiveEnd = end + 2;
                i = possessiveEnd;
            }
            else if (end < text.Length && text[end] is '\'' or '’' && end > start && text[end - 1] is 's' or 'S'
                     && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                // A plural possessive: "the founders' company".
                possessive = true;
                possessiveEnd = end + 1;
                i = possessiveEnd;
            }

            tokens.Add(new ClaimToken(start, end, text[start..end], true, possessive, possessiveEnd));
        }

        return tokens;
    }

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S'
        && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
