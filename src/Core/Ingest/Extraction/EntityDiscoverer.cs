using System.Text;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// One place a claim names something the catalog does not know. <see cref="Key"/> merges variants (letter case, spacing,
/// possessive, a leading "the", a trailing "Corporation"); <see cref="Strong"/> says the shape alone makes it a name
/// (mixed case, a version, a "$", an organisation suffix, several capitalised words inside a sentence); <see cref="Cue"/>
/// is the type its context gives, if any.
/// </summary>
/// <see cref="Listed"/> says it is an example in a list ("tools like Brave", "such as Windsurf and Cursor"); <see cref="Following"/>
/// is the lower-case word right after it, if any ("zero" in "Majorana zero modes").
/// <see cref="Bare"/> says it is one word right after a lower-case word ("with Docker"; not "However, Render") and not a
/// piece of a longer title ("Dead" in "Book of the Dead", "Moore" in "Moore's Law") or of a path ("Engine\Extras\Android").
/// <see cref="BesideName"/> says a list joins it to a name the catalog knows or that its shape makes one ("Celestia or Avail",
/// "Perplexity, OpenAI's deep research"). <see cref="Opener"/> says a single word opens a sentence of running text as its
/// subject ("Tamas also contributed to Flashbots."). <see cref="Abbreviates"/> is the key of the name an acronym spells the
/// initials of beside it ("KJV" in "King James Version (KJV)"): the two are one entity throughout the note.
public sealed record CandidateMention(int Start, int End, string Name, string Key, bool SentenceInitial, bool Strong, EntityType? Cue, bool Listed = false, string? Following = null, bool Bare = false, EntityType? Hint = null, bool BesideName = false, bool Opener = false, string? Abbreviates = null);

/// <summary>
/// Finds name candidates in a claim: runs of capitalised, mixed-case or versioned words that no catalog alias covers,
/// trimmed and filtered by the tables in <see cref="ExtractionRules"/>, each with its merge key and type cue.
/// </summary>
public static partial class EntityDiscoverer
{
    private const int MaxNameWords = 6;
    private const int MaxHeadingWords = 3;
    private const int MaxListLookBack = 16;

    /// <param name="covered">Character ranges of the claim that catalog aliases already matched.</param>
    /// <param name="boldLabelEnd">Where the claim's opening bold label ends (<see cref="ClaimLabels.LabelEnd"/>), 0 without one.</param>
    public static List<CandidateMention> FindCandidates(string text, IReadOnlyList<ClaimToken> tokens, IReadOnlyList<(int Start, int End)> covered, int boldLabelEnd = 0)
    {
        var candidates = new List<CandidateMention>();
        if (tokens.Count == 0)
        {
            return candidates;
        }

        // A heading's capitals say nothing about names, but a name the note gives elsewhere is mentioned there too
        // ("Configure OpenRouter:", "Start Autodev with Docker Compose:"): its candidates carry no evidence of their own.
        var heading = IsHeadingLike(text, tokens);

        tokens = WithCompoundsApart(tokens);
        var labelEnd = LabelPrefixEnd(tokens);
        if (boldLabelEnd > 0 && WithLabelBreak(tokens, boldLabelEnd) is var (split, boldEnd))
        {
            tokens = split;
            labelEnd = Math.Max(labelEnd, boldEnd);
        }

        var blocked = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            blocked[t] = Overlaps(tokens[t], covered);
        }

        // "the paper "Patch Fusion: An End-to-End Framework for ..."", "the "Code Exercises" dataset": a quoted title beside a
        // noun of a work is the work's name, whole, small words and all.
        if (!heading)
        {
            foreach (var (titleFirst, titleLast, titleType) in QuotedWorkTitles(tokens, blocked))
            {
                var name = JoinWords(text, tokens, titleFirst, titleLast);
                var key = KeyOf(name);
                if (key.Length >= 2)
                {
                    candidates.Add(new CandidateMention(tokens[titleFirst].Start, tokens[titleLast].End, name, key, false, true, titleType));
                }

                for (var t = titleFirst; t <= titleLast; t++)
                {
                    blocked[t] = true;
                }
            }
        }

        AddEponymLaws(text, tokens, blocked, candidates);
        AddZeroLedModels(text, tokens, blocked, candidates);
        AddSymbolLanguages(text, tokens, blocked, candidates);
        var i = 0;
        while (i < tokens.Count)
        {
            if (blocked[i] || !StartsName(tokens, i))
            {
                i++;
                continue;
            }

            var end = ExtendRun(tokens, blocked, i);
            var (first, last) = Trim(tokens, i, end);
            if (first <= last && Accept(tokens, first, last) is { } candidate)
            {
                candidates.Add(candidate);
            }

            i = end + 1;
        }

        LinkAcronymDefinitions(text, tokens, candidates);
        if (heading)
        {
            for (var c = 0; c < candidates.Count; c++)
            {
                candidates[c] = candidates[c] with { SentenceInitial = true, Strong = false, Cue = null, Listed = false, Bare = false, Hint = null, Opener = false };
            }
        }

        return candidates;

        CandidateMention? Accept(IReadOnlyList<ClaimToken> all, int first, int last)
        {
            // "SQL Execution Tool:", "Rust Backend:": a label naming a programming language's part names the language.
            if (last < labelEnd && first < last && IsLanguageAsListed(all[first].Text) && AllCommonWords(all, first + 1, last))
            {
                last = first;
            }

            var words = last - first + 1;
            // "(Reference 00:01:22)": a word labelling a timestamp names the reference, not a thing.
            if (words > MaxNameWords || IsRejected(all, first, last) || (words == 1 && (IsClockTime(all, last + 1) || IsNumberedNounAlone(all, last) || IsCustomGpt(all, last))))
            {
                return null;
            }

            var dollar = first > 0 && all[first - 1].Text == "$" && all[first - 1].End == all[first].Start;
            // "Nvidia Corporation" is Nvidia, but "The Boring Company" is no "Boring": a common word names nothing without it.
            var nameLast = last;
            while (nameLast > first && ExtractionRules.DroppedNameSuffixes.Contains(all[nameLast].Text) && !(nameLast == first + 1 && AllCommonWords(all, first, first)))
            {
                nameLast--;
            }

            var name = JoinWords(text, all, first, nameLast);
            var key = KeyOf(name);
            if (key.Length < 2)
            {
                return null;
            }

            // A leading "Label:" ("Nicholas Cage: apply ...", "Transaction Volume: ...") is no evidence of a name, but it is
            // a mention of one the rest of the note names. A name's own shape counts only where the name is not the whole
            // label ("Akamai Cloud (formerly Linode):", "AI for Smell (Osmo AI):", not "PostgreSQL Password:").
            if (last < labelEnd)
            {
                // Nor do a label's capitals, unless every word is one the corpus rarely writes in lower case ("Solana:",
                // "Jeff Bezos:", "Git:"; not "Transaction Volume:", "Android Studio:"), or a version follows a word that
                // names what it numbers ("EIP 7702:", "Qwen 2.5 Coder 14B:"; not "Step 1:", "Q1 2025:").
                var shaped = (last + 1 < labelEnd && all[last + 1].Text != ":"
                    && ((IsVersioned(all, first, last) && !NumberedCommonNoun(all, first, last)) || AnyMixedCase(all, first, first + words)
                        || (words >= 2 && ExtractionRules.OrganizationSuffixes.Contains(all[last].Text) && all[last].Text != "AI")))
                    || AllRareWords(all, first, nameLast)
                    || IsVersionedLabelName(all, first, last);
                return new CandidateMention(all[first].Start, all[last].End, name, key, true, shaped, null, false, FollowingWord(all, last), Hint: LabelClassCue(all, last));
            }

            // "Protecting Sensitive Data ...": a name after a sentence-opening verb form opens the sentence too.
            var sentenceInitial = IsSentenceInitial(all, first) || (first > 0 && IsGerund(all[first - 1].Text) && IsSentenceInitial(all, first - 1));
            var quoted = IsQuoted(all, first, last);

            // "Top AI researchers", "centralized "Trad AI"": before "AI" a sentence-opening or quoted word is as likely an
            // adjective as a company name, so the suffix alone neither makes the name nor types it.
            var weakSuffix = all[last].Text == "AI" && !all[first].IsMixedCase && (sentenceInitial || quoted);
            var organizationSuffix = words >= 2 && ExtractionRules.OrganizationSuffixes.Contains(all[last].Text) && !weakSuffix;
            var cue = TypeCue(all, first, last, dollar, sentenceInitial, organizationSuffix);
            var strong = dollar
                || (first == last && (IsScriptFrameworkName(all[first].Text) || IsWebAddress(all[first].Text)))
                || (IsVersioned(all, first, last) && !NumberedCommonNoun(all, first, last))
                || AnyMixedCase(all, first, first + words)
                || (organizationSuffix && !quoted)
                || (words >= 2 && !quoted && (!sentenceInitial || ExtractionRules.GivenNames.Contains(all[first].Text) || IsRareWordRun(all, first, nameLast)))
                // ("Docker Desktop is recommended.": a run opening a sentence as its subject, led by a word the corpus rarely writes in lower case.)
                || (words >= 2 && !DiscoveryRules.IsCommonWord(all[first].Text) && !all[first].IsAllCaps && OpensRunningSentence(text, all, first, last))
                || IsLanguageName(all, first, last)
                || (sentenceInitial && IsOpeningOwner(all, first, last))
                // ("the "Open Deep Think Researcher"": common words that a title word ends are a name by that shape.)
                || (words >= 3 && EndsCommonWordName(all, first, last - 1));
            var start = dollar ? all[first - 1].Start : all[first].Start;
            var introducer = sentenceInitial ? -1 : ListIntroducerOf(all, first);
            cue ??= ClassCue(all, first, last, introducer);
            var listed = introducer >= 0 || IsCoordinated(all, first, last);
            var bare = first == last && first > 0 && all[first - 1].IsWord && char.IsLower(all[first - 1].Text[0])
                && !dollar && !quoted && !IsChained(all, first);
            // "Pydantic AI", "Crawl for AI", "Meta AI": "AI" ends products' names as often as companies', so it types the name
            // only where no context cue or other hint of the note does ("the Pydantic AI framework", "Pydantic AI docs").
            var hint = cue is null ? TypeHint(all, first, last) ?? (organizationSuffix && all[last].Text == "AI" ? EntityType.Organization : null) : null;
            var besideName = first == last && IsListedBesideName(all, blocked, first);
            var opener = first == last && !dollar && OpensRunningSentence(text, all, first, first);
            return new CandidateMention(start, all[last].End, name, key, sentenceInitial, strong, cue, listed, FollowingWord(all, last), bare, hint, besideName, opener);
        }
    }

    /// <summary>
    /// The lower-case spellings in a claim of names the note writes capitalised elsewhere (<paramref name="capitalizedNames"/>,
    /// by key), where the corpus rarely writes the word in lower case ("a neuralink chip", "run autodev"; not "the cursor", whose
    /// lower-case form is a common word): a transcript's or a writer's lower case on a name, each a mention of that name.
    /// </summary>
    public static List<CandidateMention> FindLowerCaseSpellings(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<(int Start, int End)> covered, IReadOnlySet<string> capitalizedNames)
    {
        var spellings = new List<CandidateMention>();
        if (IsCommandLine(tokens))
        {
            return spellings;
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            // (Only after a preposition, a conjunction or a verb of using software: "the cursor" moves, "the same swarm" gathers.)
            if (!token.IsWord || token.Text.Length < MinLowerCaseSpelling || !AllLower(token.Text) || !capitalizedNames.Contains(token.Text)
                || !IsNameShapedLowerCase(token.Text) || DiscoveryRules.IsCommonWord(token.Text) || IsGlued(tokens, t) || IsInsideAddress(tokens, t)
                || Overlaps(token, covered) || !(t > 0 && DiscoveryRules.LowerCaseNameOpeners.Contains(tokens[t - 1].Text)))
            {
                continue;
            }

            spellings.Add(new CandidateMention(token.Start, token.End, token.Text, token.Text, false, false, null, Following: FollowingWord(tokens, t)));
        }

        return spellings;
    }

    /// <summary>
    /// A plural ("gaussians") or an adjective in "-ian" ("gaussian") written in lower case is a common noun or an adjective
    /// made from a name, not the name.
    /// </summary>
    private static bool IsNameShapedLowerCase(string word) => word[^1] != 's' && !word.EndsWith("ian", StringComparison.Ordinal);

    /// <summary>The word at <paramref name="t"/> is a piece of a web address ("chat.deepseek.com", "claude.new").</summary>
    private static bool IsInsideAddress(IReadOnlyList<ClaimToken> tokens, int t) =>
        (t > 0 && tokens[t - 1].End == tokens[t].Start && tokens[t - 1].Text == ".")
        || (t + 2 < tokens.Count && tokens[t + 1].Text == "." && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End);

    /// <summary>
    /// A claim holding a command line, by an option ("-f") or a placeholder ("&lt;model_name&gt;"): it writes program names as
    /// typed ("ollama create"), not as names.
    /// </summary>
    private static bool IsCommandLine(IReadOnlyList<ClaimToken> tokens)
    {
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var option = tokens[t].Text is "-" or "--" && tokens[t + 1].IsWord && tokens[t + 1].Start == tokens[t].End
                && (t == 0 || tokens[t - 1].End < tokens[t].Start);
            if (option || (tokens[t].Text == "<" && tokens[t + 1].IsWord && tokens[t + 1].Start == tokens[t].End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shorter lower-case words are too often abbreviations or symbols ("sam", "arc") to stand for a name.</summary>
    private const int MinLowerCaseSpelling = 4;

    private static bool IsTwoLetterSymbol(IReadOnlyList<ClaimToken> tokens, int t) =>
        tokens[t].Text.Length == 2 && char.IsUpper(tokens[t].Text[0]) && char.IsLower(tokens[t].Text[1]);

    /// <summary>
    /// A whole label of a name and its version ("EIP 7702", "Qwen 2.5 Coder 14B"): the first word, of two letters at least
    /// and no digit, is no common word, and only versions and model tier words follow it. A shorthand with a digit ("Q1
    /// 2025"), common words and a number ("Step 1") count things, and a common noun after the version ("Llama 3.1 Models:",
    /// "Twilio 404 Error:") makes the label a topic.
    /// </summary>
    private static bool IsVersionedLabelName(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var lead = tokens[first];
        if (first == last || !lead.IsWord || lead.HasDigit || lead.Text.Length < 2 || DiscoveryRules.IsCommonWord(lead.Text))
        {
            return false;
        }

        var versioned = false;
        for (var t = first + 1; t <= last; t++)
        {
            if (tokens[t].HasDigit)
            {
                versioned = true;
            }
            else if (!DiscoveryRules.ModelTierWords.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        return versioned;
    }

    /// <summary>"Brush 1", "Phase 2": common words and a number count things; they name none.</summary>
    private static bool NumberedCommonNoun(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (!tokens[t].IsNumber && !DiscoveryRules.IsCommonWord(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/> start with the acronym's letters, a plural "s" aside.</summary>
    private static bool HasInitials(IReadOnlyList<ClaimToken> tokens, int first, int last, string acronym)
    {
        var letters = acronym.Length > 2 && acronym[^1] == 's' ? acronym.Length - 1 : acronym.Length;
        if (last - first + 1 != letters)
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (char.ToUpperInvariant(tokens[t].Text[0]) != char.ToUpperInvariant(acronym[t - first]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllCommonWords(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (!IsSmallWord(tokens[t].Text) && !DiscoveryRules.IsCommonWord(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sentence-opening run of words the corpus rarely writes in lower case, each of three letters at least ("Winston
    /// Churchill's decision", "Julian Jaynes's theory"; not "Hi Kyle", "Aoy M"): a name, as a run inside a sentence is.
    /// </summary>
    private static bool IsRareWordRun(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].Text.Length < 3)
            {
                return false;
            }
        }

        return AllRareWords(tokens, first, last);
    }

    /// <summary>
    /// A sentence that opens on one capitalised word the corpus rarely writes in lower case, in the possessive ("Neva's
    /// technology forms ...", "Hazu's commentary supports ..."; not "Today's", "Nature's", "AI's"): an owner, a name as a
    /// run of such words there is (<see cref="IsRareWordRun"/>). Not the owner's part of a longer name ("Conway's Law",
    /// "Lloyd's of London"), nor the opening of a quoted phrase ("Henley's loops").
    /// </summary>
    private static bool IsOpeningOwner(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        first == last && tokens[first].Possessive && IsRareWordRun(tokens, first, last) && !IsChained(tokens, first)
        && !(first > 0 && DiscoveryRules.QuoteMarks.Contains(tokens[first - 1].Text)) && !(last + 1 < tokens.Count && tokens[last + 1].Text == "of");

    /// <summary>A programming language's name written as the table lists it ("SQL", "Rust"; not "sql", "RUST").</summary>
    public static bool IsLanguageAsListed(string word) =>
        DiscoveryRules.ProgrammingLanguages.TryGetValue(word, out var listed) && string.Equals(listed, word, StringComparison.Ordinal);

    /// <summary>Every word a capitalised one the corpus rarely writes in lower case, or a version after the first.</summary>
    private static bool AllRareWords(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var token = tokens[t];
            if (t > first && IsVersionToken(token.Text))
            {
                continue;
            }

            if (!token.IsCapitalized || token.IsAllCaps || DiscoveryRules.IsCommonWord(token.Text)
                || ExtractionRules.CommonCapitalizedWords.Contains(token.Text) || ExtractionRules.GenericHeadingWords.Contains(token.Text)
                || ExtractionRules.TitleWords.Contains(token.Text) || ExtractionRules.SectionLabels.Contains(token.Text)
                || DiscoveryRules.Nationalities.Contains(token.Text) || DiscoveryRules.ReleaseStages.Contains(token.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The word at <paramref name="t"/> joins other capitalised words through small words or a possessive ("Book of the
    /// Dead", "Moonwalking with Einstein", "Moore's Law"), or is glued to the text around it ("Engine\Extras\Android").
    /// </summary>
    private static bool IsChained(IReadOnlyList<ClaimToken> tokens, int t)
    {
        if (IsGlued(tokens, t))
        {
            return true;
        }

        var before = t - 1;
        while (before >= 0 && before >= t - 3 && tokens[before].IsWord && IsSmallWord(tokens[before].Text))
        {
            before--;
        }

        var after = t + 1;
        while (after < tokens.Count && after <= t + 3 && !tokens[t].Possessive && tokens[after].IsWord && IsSmallWord(tokens[after].Text))
        {
            after++;
        }

        // (A capitalised word right after it that the run left out, "API" of "Sur API", chains it too.)
        return (before >= 0 && before < t - 1 && tokens[before].IsCapitalized)
            || (after < tokens.Count && tokens[after].IsCapitalized && (after > t + 1 || tokens[t].Possessive || tokens[after].Start > tokens[t].End));
    }

    /// <summary>The word at <paramref name="t"/> is a piece of a path or an identifier ("Engine\Extras\Android", "N8N_JWT").</summary>
    private static bool IsGlued(IReadOnlyList<ClaimToken> tokens, int t) =>
        (t > 0 && tokens[t - 1].End == tokens[t].Start && tokens[t - 1].Text is "\\" or "/" or "_" or "-" or ".")
        || (t + 1 < tokens.Count && tokens[t + 1].Start == tokens[t].End && tokens[t + 1].Text is "\\" or "/" or "_" or "-");

    /// <summary>The merge key of a name: letters and digits only, lower case ("Open AI", "OpenAI" and "openai" meet).</summary>
    public static string KeyOf(string name)
    {
        // Called for every candidate of every claim; most names are keys already ("openai") or need one copy, never a builder.
        var length = 0;
        var isKey = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                length++;
                isKey &= char.ToLowerInvariant(c) == c;
            }
            else
            {
                isKey = false;
            }
        }

        return isKey ? name : string.Create(length, name, static (key, name) =>
        {
            var k = 0;
            foreach (var c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    key[k++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    /// <summary>
    /// A title-case line without a sentence end ("Bullish Stock Market Driven by AI") or a fragment ending in ":" is a heading:
    /// its capitals say nothing about names.
    /// </summary>
    public static bool IsHeadingLike(string text, IReadOnlyList<ClaimToken> tokens)
    {
        // A fragment of a few words ending in ":" is a heading, as is a title-case one ("Key Features of the Tool:"); a
        // sentence introducing a list ("Tomas directly responded to Kyle Samani's criticism:") is a sentence.
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(':') && tokens.Count(t => t.IsWord) <= MaxHeadingWords)
        {
            return true;
        }

        // A sentence ends with punctuation; a title-case sentence ("Jensen Huang, CEO of Nvidia, spoke.") is still one. An
        // outline line ending in its parenthesised list ("Getting Started (Installing the SDK, Understanding Core Components)")
        // is a heading, as the same line without the list.
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '"' or '”' or ']'
            || (trimmed[^1] == ')' && !EndsInParenthesisedList(trimmed)))
        {
            return false;
        }

        int words = 0, capitalized = 0;
        foreach (var token in tokens)
        {
            if (!token.IsWord || token.IsNumber || IsSmallWord(token.Text))
            {
                continue;
            }

            words++;
            if (char.IsUpper(token.Text[0]))
            {
                capitalized++;
            }
        }

        return words >= 3 && capitalized * 10 >= words * 8;
    }

    /// <summary>
    /// The line ends in a parenthesised list of outline items after a fragment: not a list of examples ("(e.g., Granola,
    /// Monterey)"), whose names are the point of the line.
    /// </summary>
    private static bool EndsInParenthesisedList(string line)
    {
        var open = line.LastIndexOf('(');
        if (open <= 0 || !line.AsSpan(open).Contains(',') || line.AsSpan(0, open).TrimEnd() is not { Length: > 0 } before
            || before[^1] is '.' or '!' or '?' or ':' or ',')
        {
            return false;
        }

        var inside = line.AsSpan(open + 1).TrimStart();
        var wordEnd = inside.IndexOfAny(' ', ',');
        return !DiscoveryRules.ListIntroducers.Contains((wordEnd > 0 ? inside[..wordEnd] : inside).TrimEnd('.').ToString());
    }

    internal static bool IsSmallWord(string word) =>
        word is "a" or "an" or "the" or "of" or "and" or "or" or "in" or "on" or "for" or "to" or "with" or "by" or "at" or "vs" or "from";

    /// <summary>
    /// The tokens with a ":" between a bold label and its sentence where the text has none ("**Loss of Nuance** A lot …"),
    /// so no name runs across the label's end and the sentence after it opens as a sentence; and the label's first token
    /// after it.
    /// </summary>
    private static (IReadOnlyList<ClaimToken> Tokens, int LabelEnd)? WithLabelBreak(IReadOnlyList<ClaimToken> tokens, int boldLabelEnd)
    {
        var at = 0;
        while (at < tokens.Count && tokens[at].Start < boldLabelEnd)
        {
            at++;
        }

        if (at == 0 || at == tokens.Count)
        {
            return null;
        }

        if (!tokens[at - 1].IsWord)
        {
            return (tokens, at - 1);
        }

        var split = new List<ClaimToken>(tokens.Count + 1);
        split.AddRange(tokens.Take(at));
        split.Add(new ClaimToken(tokens[at].Start, tokens[at].Start, ":", false, false, tokens[at].Start));
        split.AddRange(tokens.Skip(at));
        return (split, at);
    }

    /// <summary>
    /// The tokens with the hyphenated suffix of a capitalised word apart ("Star Wars-themed", "Pixar-type", "Node.js-based"), so
    /// that a name run ends before it as a catalog alias does (<see cref="AliasMatcher.KeepsEntity"/>), and with names joined
    /// by slashes apart ("HTML/CSS/JS" is three languages, "GitLab/Atlassian" two companies; "CI/CD" and common words,
    /// "Integration/Continuous", stay whole).
    /// </summary>
    private static IReadOnlyList<ClaimToken> WithCompoundsApart(IReadOnlyList<ClaimToken> tokens)
    {
        List<ClaimToken>? split = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];

            // "post-World War II", "pre-ChatGPT", "ex-Google": a word-forming prefix before a capital is no part of the name,
            // in lower case or opening a sentence ("Post-FTX, trust wavered"; not "the Nuclear Non-Proliferation Treaty").
            var prefixEnd = token.IsWord ? token.Text.IndexOf('-') : -1;
            if (prefixEnd > 0 && prefixEnd + 1 < token.Text.Length && char.IsUpper(token.Text[prefixEnd + 1])
                && DiscoveryRules.NamePrefixes.Contains(token.Text[..prefixEnd])
                && (char.IsLower(token.Text[0]) || IsSentenceInitial(tokens, t)))
            {
                AddHalves(split ??= tokens.Take(t).ToList(), token, prefixEnd, token.Text[..prefixEnd].ToLowerInvariant());
                continue;
            }

            var hyphen = token.IsCapitalized ? token.Text.LastIndexOf('-') : -1;
            if (hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsLower(token.Text[hyphen + 1])
                && AliasMatcher.KeepsEntity(token.Text[(hyphen + 1)..]) && !DiscoveryRules.HyphenPrefixes.Contains(token.Text[..hyphen]))
            {
                AddHalves(split ??= tokens.Take(t).ToList(), token, hyphen, token.Text[..hyphen]);
                continue;
            }

            if (token.IsCapitalized && IsSlashedNames(token.Text) && !IsGenericAcronym(token.Text) && !token.Text.Split('/').Any(DiscoveryRules.IsCommonWord))
            {
                split ??= tokens.Take(t).ToList();
                var partStart = 0;
                int slash;
                while ((slash = token.Text.IndexOf('/', partStart)) > 0)
                {
                    split.Add(new ClaimToken(token.Start + partStart, token.Start + slash, token.Text[partStart..slash], true, false, token.Start + slash));
                    split.Add(new ClaimToken(token.Start + slash, token.Start + slash + 1, "/", false, false, token.Start + slash + 1));
                    partStart = slash + 1;
                }

                split.Add(new ClaimToken(token.Start + partStart, token.End, token.Text[partStart..], true, token.Possessive, token.PossessiveEnd));

                continue;
            }

            split?.Add(token);
        }

        return split ?? tokens;

        // The word before the hyphen (as given) and the word after it, which keeps the token's possessive.
        static void AddHalves(List<ClaimToken> split, ClaimToken token, int hyphen, string before)
        {
            split.Add(new ClaimToken(token.Start, token.Start + hyphen, before, true, false, token.Start + hyphen));
            split.Add(new ClaimToken(token.Start + hyphen + 1, token.End, token.Text[(hyphen + 1)..], true, token.Possessive, token.PossessiveEnd));
        }
    }

    /// <summary>"HTML/CSS/JS", "GitLab/Atlassian": capitalised parts of two characters or more, letters and digits, joined by slashes.</summary>
    private static bool IsSlashedNames(string word)
    {
        var slashes = 0;
        var partLength = 0;
        foreach (var c in word)
        {
            if (c == '/')
            {
                if (partLength < 2)
                {
                    return false;
                }

                slashes++;
                partLength = 0;
            }
            else if (partLength == 0 ? char.IsUpper(c) : char.IsLetterOrDigit(c))
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return slashes > 0 && partLength >= 2;
    }

    /// <summary>A leading "Label:" of at most four words ("Transaction Volume: ...") is a list label, not a name.</summary>
    private static int LabelPrefixEnd(IReadOnlyList<ClaimToken> tokens)
    {
        for (var t = 0; t < tokens.Count && t <= 4; t++)
        {
            if (!tokens[t].IsWord)
            {
                return tokens[t].Text == ":" && t > 0 ? t : 0;
            }
        }

        return 0;
    }

    private static bool Overlaps(ClaimToken token, IReadOnlyList<(int Start, int End)> covered)
    {
        for (var c = 0; c < covered.Count; c++)
        {
            var (start, end) = covered[c];
            if (token.Start < end && start < token.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsName(IReadOnlyList<ClaimToken> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || token.IsNumber || IsCompoundOrFile(token.Text) || IsContraction(token.Text))
        {
            return false;
        }

        if (token.IsMixedCase || IsLowerCaseName(token.Text))
        {
            return true;
        }

        return token.IsCapitalized
            && !IsTitleAt(tokens, i)
            && !ExtractionRules.CalendarWords.Contains(token.Text);
    }

    /// <summary>The last token of the name run starting at <paramref name="first"/>.</summary>
    private static int ExtendRun(IReadOnlyList<ClaimToken> tokens, bool[] blocked, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && !tokens[last].Possessive)
        {
            var next = tokens[last + 1];

            // "John D. Rockefeller": a middle initial and its dot inside a person's name.
            if (last == first + 1 && tokens[last].Text.Length == 1 && char.IsUpper(tokens[last].Text[0]) && next.Text == "."
                && next.Start == tokens[last].End && last + 2 < tokens.Count && !blocked[last + 2] && tokens[last + 2].IsCapitalized
                && tokens[last + 2].Start > next.End && !DiscoveryRules.RunBreakers.Contains(tokens[last + 2].Text)
                && !DiscoveryRules.Pronouns.Contains(tokens[last + 2].Text) && !ExtractionRules.CommonCapitalizedWords.Contains(tokens[last + 2].Text)
                && !DiscoveryRules.SentenceOpeners.Contains(tokens[last + 2].Text))
            {
                last += 2;
                continue;
            }

            if (blocked[last + 1] || !next.IsWord || IsCompoundOrFile(next.Text))
            {
                break;
            }

            var versioned = IsVersioned(tokens, first, last);
            if (IsVersionToken(next.Text))
            {
                if ((ExtractionRules.NumberedNouns.Contains(tokens[last].Text) && !IsStockIndex(tokens, first, last + 1)) || IsYear(next.Text)
                    || IsPercentage(tokens, last + 1) || IsClockTime(tokens, last + 1) || IsMultiplier(tokens, last + 1))
                {
                    break;
                }

                last++;
                continue;
            }

            if (versioned && ExtractionRules.ModelVariantWords.Contains(next.Text))
            {
                last++;
                continue;
            }

            // "University of Chicago", "Harvard Department of Economics": a head word opening the run, or ending it inside a
            // sentence ("Current State of AI" opens a heading), takes its "of X".
            if (next.Text == "of" && (ExtractionRules.OfHeads.Contains(tokens[first].Text)
                    || (!IsSentenceInitial(tokens, first) && (ExtractionRules.OfHeads.Contains(tokens[last].Text) || EndsAsOrganization(tokens, blocked, last + 2))))
                && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized && !blocked[last + 2])
            {
                last += 2;
                continue;
            }

            // "Daan van der Kila": lower-case particles between capitalised words of a person's name.
            var particles = 0;
            while (last + 1 + particles < tokens.Count && tokens[last + 1 + particles].IsWord && !blocked[last + 1 + particles]
                   && char.IsLower(tokens[last + 1 + particles].Text[0]) && DiscoveryRules.NameParticles.Contains(tokens[last + 1 + particles].Text))
            {
                particles++;
            }

            if (particles > 0 && last + 1 + particles < tokens.Count && !blocked[last + 1 + particles]
                && tokens[last + 1 + particles].IsCapitalized && !tokens[last].IsAllCaps)
            {
                last += particles + 1;
                continue;
            }

            // "the Neon MCP server", "Brave Search mCP server": an acronym before "server" names the protocol the server
            // speaks, apart from the name of what it serves.
            if (IsProtocolBeforeServer(tokens, last + 1))
            {
                break;
            }

            if ((next.IsCapitalized || next.IsMixedCase) && (!IsTitleAt(tokens, last + 1) || EndsCommonWordName(tokens, first, last))
                && !ExtractionRules.CalendarWords.Contains(next.Text) && !DiscoveryRules.RunBreakers.Contains(next.Text)
                && !IsContraction(next.Text))
            {
                last++;
                continue;
            }

            break;
        }

        return last;
    }

    /// <summary>
    /// "the Open Deep Think Researcher", ""Quiet Harbor Engineer"": a title word ends a run of two or more common words after
    /// "the", a quotation mark or a sentence's start, with no name or "at"/"of" after it. Common words name no organisation
    /// or person the title could belong to, so the title word is the last word of a name; a title before or after a name
    /// ("OpenAI Researcher Jan Leike", "Staff Engineer at Google") still ends the run.
    /// </summary>
    private static bool EndsCommonWordName(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var title = last + 1;
        if (last == first || !ExtractionRules.TitleWords.Contains(tokens[title].Text) || !AllCommonWords(tokens, first, last))
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (!tokens[t].IsCapitalized || tokens[t].IsAllCaps || IsTitleWord(tokens[t].Text) || DiscoveryRules.TitleModifiers.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        var before = first > 0 ? tokens[first - 1].Text : null;
        if (!(before is null or "the" or "The" || DiscoveryRules.QuoteMarks.Contains(before) || IsSentenceInitial(tokens, first)))
        {
            return false;
        }

        if (tokens[title].Possessive || title + 1 >= tokens.Count)
        {
            return true;
        }

        var following = tokens[title + 1].Text == "," && title + 2 < tokens.Count ? tokens[title + 2] : tokens[title + 1];
        return !(following.IsCapitalized || following.IsMixedCase || following.Text is "at" or "of" or "in" or "for" or "from" or "with" or "and");
    }

    /// <summary>
    /// The capitalised run from <paramref name="start"/> ends in an organisation word ("Humanity Institute" after "Future
    /// of"), so the words before "of" belong to the organisation's name.
    /// </summary>
    private static bool EndsAsOrganization(IReadOnlyList<ClaimToken> tokens, bool[] blocked, int start)
    {
        var t = start;
        while (t < tokens.Count && !blocked[t] && tokens[t].IsCapitalized && !tokens[t].Possessive && t - start < MaxNameWords)
        {
            t++;
        }

        return t > start && tokens[t - 1].Text != "AI" && ExtractionRules.OrganizationSuffixes.Contains(tokens[t - 1].Text)
            && !ExtractionRules.DroppedNameSuffixes.Contains(tokens[t - 1].Text);
    }

    /// <summary>
    /// Drops leading determiners ("The Federal Reserve"), sentence-opening words and section labels ("However Netflix"),
    /// and trailing generic acronyms that are not an organisation suffix ("A100 GPU" is the A100), unless two or more common
    /// words are left, which name nothing without it ("Open Web UI" is not the "Open Web"). A discovered name's API or SDK
    /// is a product of its own ("the XSearch API", "the LiveKit SDK"), except before "key" or "token": a credential for it
    /// names the provider ("an XSearch API key").
    /// </summary>
    private static (int First, int Last) Trim(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        while (first <= last && !tokens[first].IsMixedCase && !IsPlaceAcronym(tokens[first]) && !OpensPlaceName(tokens, first, last)
               && (ExtractionRules.Determiners.Contains(tokens[first].Text)
                   || (IsSentenceInitial(tokens, first)
                       && (ExtractionRules.CommonCapitalizedWords.Contains(tokens[first].Text) || ExtractionRules.SectionLabels.Contains(tokens[first].Text)
                           || DiscoveryRules.SentenceOpeners.Contains(tokens[first].Text)
                           || (first < last && IsGerund(tokens[first].Text))))))
        {
            first++;
        }

        while (last > first && ExtractionRules.GenericAcronyms.Contains(tokens[last].Text) && !ExtractionRules.OrganizationSuffixes.Contains(tokens[last].Text)
               && !IsRomanNumeralAfterName(tokens, first, last) && !(last - first >= 2 && !IsAccessInterface(tokens[last].Text) && AllCommonWords(tokens, first, last - 1))
               && !IsNamedInterface(tokens, first, last) && !IsNamingAcronymAfterWord(tokens, first, last) && !IsInitialAfterGivenName(tokens, first, last))
        {
            last--;
        }

        return (first, last);
    }

    /// <summary>"New Jersey", "New Zealand": a sentence-opening "New" that begins a place's name is the name's.</summary>
    private static bool OpensPlaceName(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        first < last && tokens[first + 1].Start == tokens[first].End + 1
        && DiscoveryRules.MorePlaces.Contains(string.Concat(tokens[first].Text, " ", tokens[first + 1].Text));

    /// <summary>
    /// "Dylan Patel and Jon Y. discussed ...": one capital letter after a given name is the person's initial, not the
    /// letter X, Y or Z of the generic acronyms (not "I", which is a word, nor before a capitalised word: "Jon Y Combinator").
    /// </summary>
    private static bool IsInitialAfterGivenName(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        last == first + 1 && tokens[last].Text.Length == 1 && char.IsAsciiLetterUpper(tokens[last].Text[0]) && tokens[last].Text != "I"
        && tokens[last].Start == tokens[first].End + 1 && !tokens[first].Possessive
        && DiscoveryRules.IsAnyGivenName(tokens[first].Text)
        && !(last + 1 < tokens.Count && tokens[last + 1].IsCapitalized);

    /// <summary>"Baby AGI" inside a sentence: the catalog concept AGI yields to the name (not "Reach AGI" opening one).</summary>
    internal static bool IsNamingAcronymInSentence(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        IsNamingAcronymAfterWord(tokens, first, last) && !IsSentenceInitial(tokens, first);

    private static bool IsAccessInterface(string acronym) => acronym is "API" or "APIs" or "SDK";

    /// <summary>
    /// "Baby AGI", "Soft MoE", "Runway ML": one capitalised word written right before AGI, MoE or ML is no name without it,
    /// as an agent, a method or a product is named so; the other generic acronyms follow a name without being its part
    /// ("the n8n RAG agent", "an A100 GPU", "Snowflake's Arctic LLM" is Arctic's). Not a determiner ("Its MoE"), a gerund
    /// ("Challenges for Achieving AGI"); a sentence's opening word ("While AGI") is dropped before this is asked.
    /// </summary>
    internal static bool IsNamingAcronymAfterWord(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        last == first + 1 && tokens[last].Text is "AGI" or "MoE" or "ML" && tokens[last].Start == tokens[first].End + 1
        && tokens[first].IsCapitalized && !tokens[first].Possessive && !IsGerund(tokens[first].Text)
        && !ExtractionRules.GenericAcronyms.Contains(tokens[first].Text) && !ExtractionRules.Determiners.Contains(tokens[first].Text);

    private static bool IsNamedInterface(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        tokens[last].Text is "API" or "SDK" && (!AllCommonWords(tokens, first, last - 1) || IsCommonWordMakerInSentence(tokens, first, last))
        && !(last + 1 < tokens.Count && tokens[last + 1].Text is "key" or "keys" or "token" or "tokens");

    /// <summary>
    /// "built with Pieces SDK", "the Assistants API", "using Fast API": one capitalised common word inside a sentence before
    /// "API" or "SDK" names the interface with its maker's or its own name; at a sentence's start ("Custom API calls") it
    /// may be a heading's or an opening word. Not a mixed-case word the corpus writes in lower case, a language ("the
    /// TypeScript SDK" is the language's, as "the Python SDK" is), nor a generic heading word ("the Data API").
    /// </summary>
    private static bool IsCommonWordMakerInSentence(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        last == first + 1 && tokens[first].IsCapitalized && !tokens[first].IsMixedCase && !tokens[first].Possessive && !IsSentenceInitial(tokens, first)
        && !ExtractionRules.GenericHeadingWords.Contains(tokens[first].Text) && !ExtractionRules.CommonCapitalizedWords.Contains(tokens[first].Text);

    /// <summary>"World War I", "World War II": a Roman numeral ends a name of two or more words.</summary>
    private static bool IsRomanNumeralAfterName(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        last - first >= 2 && tokens[last].Text is "I" or "II" or "III" or "IV" or "V" or "VI" && tokens[last - 1].IsCapitalized;

    /// <summary>"AI-powered", "Self-driving" (a hyphenated word ending in a lower-case word) and "chatPanel.ts" (a file) are not names.</summary>
    private static bool IsCompoundOrFile(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.Length)
        {
            var tail = word.AsSpan(hyphen + 1);
            var lowerWord = true;
            foreach (var c in tail)
            {
                lowerWord &= char.IsLower(c);
            }

            if (lowerWord && !ExtractionRules.ModelVariantWords.Contains(tail.ToString()))
            {
                return true;
            }
        }

        var dot = word.LastIndexOf('.');
        return dot > 0 && dot + 1 < word.Length && ExtractionRules.FileExtensions.Contains(word[(dot + 1)..]) && !IsScriptFrameworkName(word);
    }

    /// <summary>"Node.js", "Next.js", "Hono.js": a capitalised name before ".js" is a framework, not a file ("chatPanel.ts", "app.js").</summary>
    private static bool IsScriptFrameworkName(string word)
    {
        if (word.Length < 5 || !word.EndsWith(".js", StringComparison.Ordinal) || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var i = 1; i < word.Length - 3; i++)
        {
            if (!char.IsLetterOrDigit(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A nationality word naming a language: an example of one ("a human language like German", "natural language (e.g.,
    /// English)"), a language's name before the noun "language" ("the English language") or a noun about the language ("English
    /// translations", "the Greek word"), or a language's name as a noun
    /// after a preposition, ending its phrase ("better in English.", "starting with French,", "in English for the team"; not
    /// "in English literature").
    /// </summary>
    private static bool IsLanguageName(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var introducer = ListIntroducerOf(tokens, first);
        var classNoun = introducer >= 0 ? introducer - 1 : -1;
        if (classNoun >= 1 && tokens[classNoun].Text == "(")
        {
            classNoun--;
        }

        if (classNoun >= 0 && (tokens[introducer].Text == "as" ? ClassNounBefore(tokens, introducer) : tokens[classNoun].Text) is "language" or "languages")
        {
            return true;
        }

        if (first != last || !DiscoveryRules.LanguageNames.Contains(tokens[first].Text))
        {
            return false;
        }

        // ("the English language", "a Spanish language course"; not "Chinese language models", where the adjective
        // describes the models.)
        if (last + 1 < tokens.Count && tokens[last + 1].Text == "language")
        {
            return last + 2 == tokens.Count || !DiscoveryRules.LanguageTechnologyNouns.Contains(tokens[last + 2].Text);
        }

        if (last + 1 < tokens.Count && DiscoveryRules.LanguageUseNouns.Contains(tokens[last + 1].Text))
        {
            return true;
        }

        return first > 0
            && tokens[first - 1].Text is "in" or "into" or "from" or "with" or "than"
            && (last + 1 == tokens.Count || !tokens[last + 1].IsWord || DiscoveryRules.PhraseClosingWords.Contains(tokens[last + 1].Text));
    }

    private static bool IsRejected(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        var allGeneric = true;
        var anyNameLike = false;

        var languageExample = IsLanguageName(tokens, first, last);
        for (var t = first; t <= last; t++)
        {
            var word = tokens[t].Text;
            if (ExtractionRules.CalendarWords.Contains(word))
            {
                return true;
            }

            if (IsPlaceAcronym(tokens[t]) || !(ExtractionRules.GenericHeadingWords.Contains(word) || ExtractionRules.CommonCapitalizedWords.Contains(word)
                  || IsGenericAcronym(word) || ExtractionRules.SectionLabels.Contains(word)
                  || ExtractionRules.TitleWords.Contains(word) || tokens[t].IsNumber
                  || ((DiscoveryRules.Nationalities.Contains(word) || DiscoveryRules.IsPluralDemonym(word)) && !languageExample)
                  || DiscoveryRules.ReleaseStages.Contains(word)
                  || DiscoveryRules.Abbreviations.Contains(word)))
            {
                allGeneric = false;
            }


            if (tokens[t].HasLetter && (tokens[t].Text.Length > 1 || tokens[t].IsMixedCase))
            {
                anyNameLike = true;
            }
        }

        // "building Answer AI", "co-founder of Answer AI": heading words before a company suffix inside a sentence name the
        // company ("Answer", "Future" alone are generic).
        var companyOfCommonWords = IsCompanyOfCommonWords(tokens, first, last);
        allGeneric &= !companyOfCommonWords;

        // "Generative AI", "Agentic AI": a kind of AI, not a company called that.
        var kindOfAi = last > first && tokens[last].Text == "AI"
            && AllAiAdjectives(tokens, first, last) && !companyOfCommonWords;

        // "BFNs", "CNNs": a pluralised acronym is a class of things; "Bayesian Flow Networks (BFNs)" spells one out.
        var pluralAcronym = (first == last && IsPluralAcronym(tokens[first].Text))
            || (last + 3 < tokens.Count && tokens[last + 1].Text == "(" && tokens[last + 3].Text == ")"
                && (IsPluralAcronym(tokens[last + 2].Text) || (first < last && tokens[last + 2].IsAllCaps && IsPluralNoun(tokens[last].Text))));

        // "explore Mini and Nano", "using Tab and Enter": a tier word or a key alone names nothing.
        // (Nor do two-letter title-case words listed together: "Rx, Ry, Rz", "Uq, Uk, Uv" are symbols.)
        var bareWord = first == last && (DiscoveryRules.BareTierWords.Contains(tokens[first].Text) || DiscoveryRules.KeyboardKeys.Contains(tokens[first].Text)
            || (IsTwoLetterSymbol(tokens, first) && ((first >= 2 && tokens[first - 1].Text == "," && IsTwoLetterSymbol(tokens, first - 2))
                || (first + 2 < tokens.Count && tokens[first + 1].Text == "," && IsTwoLetterSymbol(tokens, first + 2)))));

        // "9:00 Central Time", "Pacific Time": a time zone.
        var timeZone = last > first && tokens[last].Text == "Time" && AllTimeZoneWords(tokens, first, last - 1);

        // "N8N_JWT_SECRET": a piece of an identifier.
        var identifierPart = (first > 0 && tokens[first - 1].Text == "_" && tokens[first - 1].End == tokens[first].Start)
            || (last + 1 < tokens.Count && tokens[last + 1].Text == "_" && tokens[last].End == tokens[last + 1].Start);

        // "Our Approach", "Did You Know": a run a pronoun leads is a phrase ("US dollars" is not "us").
        var pronounLed = DiscoveryRules.Pronouns.Contains(tokens[first].Text) && !IsPlaceAcronym(tokens[first]);

        // "DWeb SDKs", "Nvidia GPUs": a plural acronym at the end heads a class of things.
        var classHead = last > first && IsPluralAcronym(tokens[last].Text);

        // "server.setRequestHandler", "$vars.variableName": a member of an object in code, not a name; a web address
        // ("bolt.new", "Lyzr.ai", "Next.js") has no camel-case part after its dots.
        var codeMember = first == last && (IsCodeMember(tokens[first].Text) || IsCodeIdentifier(tokens[first].Text));

        // "raised a Series A", "the Series B round": a funding round is a stage of every startup, not a name.
        var fundingRound = last == first + 1 && tokens[first].Text == "Series" && tokens[last].Text.Length == 1 && char.IsUpper(tokens[last].Text[0]);

        // A single mixed-case word that only looks generic ("DeFi", "LoRA") is still rejected by the acronym table.
        return (allGeneric && !IsStockIndex(tokens, first, last))
            || (first == last && (IsNumericDataType(tokens[first].Text) || IsParameterCount(tokens[first].Text) || DiscoveryRules.Currencies.Contains(tokens[first].Text))) || !anyNameLike || kindOfAi || pluralAcronym || pronounLed || classHead || bareWord || identifierPart || timeZone
            || codeMember || fundingRound || (first == last && IsCurrencyAfterAmount(tokens, first));
    }

    /// <summary>
    /// A lower camel-case identifier of code ("getApiKey", "generatePlanetImage", "chatInput"): a common word of two letters
    /// or more, then title-case parts. A name written so keeps a short prefix ("iPhone", "eBay", "xAI", "mCP"), a prefix
    /// that is no word ("autodDev", "arXiv") or capitals after it ("macOS", "vLLM").
    /// </summary>
    private static bool IsCodeIdentifier(string word)
    {
        var hump = 0;
        while (hump < word.Length && char.IsAsciiLetterLower(word[hump]))
        {
            hump++;
        }

        if (hump < 2 || hump == word.Length || !char.IsAsciiLetterUpper(word[hump]) || !DiscoveryRules.IsCommonWord(word[..hump]))
        {
            return false;
        }

        for (var i = hump; i < word.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(word[i]) || (char.IsAsciiLetterUpper(word[i]) && !(i + 1 < word.Length && char.IsAsciiLetterLower(word[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A dotted word with a camel-case part after a dot ("client.chatCompletions", "json.concatenatedData").</summary>
    private static bool IsCodeMember(string word)
    {
        var dot = word.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return false;
        }

        for (var i = dot + 2; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && word.LastIndexOf('.', i) is var partStart && partStart >= dot && char.IsLower(word[partStart + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllTimeZoneWords(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t <= to; t++)
        {
            if (!ExtractionRules.TimeZoneWords.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The run spells out a generic acronym by its initials, before it or after it: "Intersection Over Union (IOU)",
    /// "Convolutional Neural Networks (CNNs or convnets)", "LLMs (Large Language Models)" name a concept, as the acronym does.
    /// </summary>
    private static bool IsSpelledOutGenericAcronym(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        if (last == first)
        {
            return false;
        }

        // (A quotation mark may stand between the acronym and the bracket: "This "RAG" (Retrieval Augmented Generation)".)
        var after = last + 2;
        if (after < tokens.Count && DiscoveryRules.QuoteMarks.Contains(tokens[after].Text))
        {
            after++;
        }

        if (after < tokens.Count && tokens[last + 1].Text == "(" && IsGenericAcronym(tokens[after].Text) && HasInitials(tokens, first, last, tokens[after].Text))
        {
            return true;
        }

        var before = first - 2;
        if (before >= 1 && DiscoveryRules.QuoteMarks.Contains(tokens[before].Text))
        {
            before--;
        }

        return before >= 0 && tokens[first - 1].Text == "(" && IsGenericAcronym(tokens[before].Text) && HasInitials(tokens, first, last, tokens[before].Text);
    }

    /// <summary>Most tokens a quoted work title may hold ("The Founders: The Story of Paypal and the Entrepreneurs Who Shaped Silicon Valley").</summary>
    private const int MaxTitleTokens = 20;

    /// <summary>
    /// Quoted titles right after a noun of a work, "titled" or "authored" ("the book "Conflict: The Evolution of Warfare"", "an article
    /// titled "The Knowledge Economy is Over"") or right before the noun ("the "Code Exercises" dataset"): title case (small
    /// words aside), no catalog name inside, and the type the noun gives. A quoted phrase without such a noun is a coinage
    /// or a quote ("the "Date Abby" phenomenon").
    /// </summary>
    private static List<(int First, int Last, EntityType Type)> QuotedWorkTitles(IReadOnlyList<ClaimToken> tokens, bool[] blocked)
    {
        var titles = new List<(int First, int Last, EntityType Type)>();
        for (var open = 0; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Text is not ("\"" or "“"))
            {
                continue;
            }

            var closeText = tokens[open].Text == "“" ? "”" : "\"";
            var close = open + 1;
            while (close < tokens.Count && close - open <= MaxTitleTokens && tokens[close].Text != closeText)
            {
                close++;
            }

            if (close >= tokens.Count || tokens[close].Text != closeText)
            {
                continue;
            }

            var first = open + 1;
            var last = close - 1;
            while (last > first && tokens[last].Text is "," or ".")
            {
                last--;
            }

            var type = WorkNounType(tokens, open - 1, before: true) ?? WorkNounType(tokens, close + 1, before: false);
            if (type is { } workType && last >= first && IsTitleCase(tokens, blocked, first, last))
            {
                titles.Add((first, last, workType));
            }

            open = close;
        }

        return titles;
    }

    /// <summary>The type of the work a noun (or "titled") at <paramref name="at"/> names, if it is one.</summary>
    private static EntityType? WorkNounType(IReadOnlyList<ClaimToken> tokens, int at, bool before)
    {
        if (at < 0 || at >= tokens.Count || !tokens[at].IsWord)
        {
            return null;
        }

        var word = tokens[at].Text;
        if (before && word is "titled" or "entitled" or "authored" or "wrote" or "co-authored" or "coauthored")
        {
            return EntityType.Publication;
        }

        return DiscoveryRules.WorkNouns.TryGetValue(word, out var type) ? type : null;
    }

    /// <summary>
    /// Every word capitalised, a number, or a small word inside the title ("Pilgrim at Tinker Creek", "The Knowledge Economy
    /// is Over"), the first a capitalised word, and no catalog name among them.
    /// </summary>
    private static bool IsTitleCase(IReadOnlyList<ClaimToken> tokens, bool[] blocked, int first, int last)
    {
        if (!tokens[first].IsCapitalized && !tokens[first].IsMixedCase)
        {
            return false;
        }

        var words = 0;
        for (var t = first; t <= last; t++)
        {
            if (blocked[t])
            {
                return false;
            }

            var token = tokens[t];
            if (!token.IsWord)
            {
                if (token.Text is not (":" or "-" or "–" or "," or "&" or "'" or "’" or "?" or "!"))
                {
                    return false;
                }

                continue;
            }

            words++;
            if (!token.IsCapitalized && !token.IsMixedCase && !token.IsNumber && !IsSmallWord(token.Text) && token.Text is not ("is" or "as" or "are" or "but" or "into"))
            {
                return false;
            }
        }

        return words >= 1;
    }

    /// <summary>"S&amp;P 500", "Nasdaq 100", "Russell 2000": a stock index's family and its number name the index.</summary>
    private static bool IsStockIndex(IReadOnlyList<ClaimToken> tokens, int first, int number) =>
        number == first + 1 && DiscoveryRules.StockIndexFamilies.Contains(tokens[first].Text) && tokens[number].IsNumber
        && tokens[number].Text.Length >= 2;

    /// <summary>
    /// "a custom GPT", "the GPT is instructed to", "a GPT that assists", "adjusting the GPT's role": ChatGPT's
    /// user-made assistants are called GPTs, a common noun; "GPT" names the model family before a noun or a version ("GPT
    /// models", "the GPT store", "GPT-4"), and that stays a name. The common noun: after "custom", or after a determiner
    /// when nothing follows, the word is possessive, or a verb or relative word follows ("the number one programming GPT"
    /// is left to the name, as the labelled sets read it).
    /// </summary>
    internal static bool IsCustomGpt(IReadOnlyList<ClaimToken> tokens, int i)
    {
        if (tokens[i].Text != "GPT" || i == 0 || !tokens[i - 1].IsWord)
        {
            return false;
        }

        var previous = tokens[i - 1].Text;
        if (previous is "custom" or "Custom")
        {
            return true;
        }

        return ExtractionRules.Determiners.Contains(previous)
            && (tokens[i].Possessive || i + 1 == tokens.Count || !tokens[i + 1].IsWord
                || DiscoveryRules.CustomGptFollowers.Contains(tokens[i + 1].Text));
    }

    /// <summary>
    /// "Layer 1", "Layer 2s", "Version 9", "Fortune 500", "Number 10": the run of a numbered noun stops before its number, and
    /// the noun left alone names nothing (the pair is a generic term, or a longer name the noun is only part of). A stock
    /// index family ("Nasdaq", "Dow") is a name alone.
    /// </summary>
    private static bool IsNumberedNounAlone(IReadOnlyList<ClaimToken> tokens, int noun) =>
        noun + 1 < tokens.Count && ExtractionRules.NumberedNouns.Contains(tokens[noun].Text)
        && !DiscoveryRules.StockIndexFamilies.Contains(tokens[noun].Text) && !tokens[noun].Possessive && tokens[noun + 1].IsWord
        && tokens[noun + 1].Start > tokens[noun].End && IsVersionToken(tokens[noun + 1].Text);

    /// <summary>"Float32", "BFloat16", "Int8", "FP16", "BF16": a numeric data type, not a name.</summary>
    private static bool IsNumericDataType(string word)
    {
        var digits = word.Length;
        while (digits > 0 && char.IsDigit(word[digits - 1]))
        {
            digits--;
        }

        return digits < word.Length && word.Length - digits <= 3
            && word[..digits].ToUpperInvariant() is "FLOAT" or "BFLOAT" or "INT" or "UINT" or "FP" or "BF" or "TF";
    }

    /// <summary>"14B", "7B", "1.5B": a parameter count alone ("the 14B version") names no model; after a name it is part of one.</summary>
    private static bool IsParameterCount(string word) =>
        word.Length >= 2 && word[^1] is 'B' or 'M' or 'K' or 'T' && char.IsDigit(word[0])
        && word.AsSpan(0, word.Length - 1).IndexOfAnyExcept("0123456789.") < 0;

    /// <summary>
    /// "Answer AI", "Future Labs": title-case words ending in a company suffix, none of them an adjective
    /// of a kind of AI, a function word, a title or an acronym.
    /// </summary>
    private static bool IsCompanyOfCommonWords(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        // (At a sentence's start the run is no evidence of its own, as any run there: it joins the note's other uses.)
        if (last == first || !DiscoveryRules.CompanySuffixes.Contains(tokens[last].Text) || IsQuoted(tokens, first, last))
        {
            return false;
        }

        for (var t = first; t < last; t++)
        {
            var word = tokens[t].Text;
            if (!tokens[t].IsCapitalized || tokens[t].IsAllCaps || ExtractionRules.AiAdjectives.Contains(word)
                || ExtractionRules.CommonCapitalizedWords.Contains(word) || ExtractionRules.TitleWords.Contains(word)
                || DiscoveryRules.Nationalities.Contains(word) || ExtractionRules.SectionLabels.Contains(word) || IsGenericAcronym(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"US", "UK", "EU": a place written in capitals, not the pronoun "us" the word tables hold.</summary>
    private static bool IsPlaceAcronym(ClaimToken token) =>
        token.IsAllCaps && token.Text.Length >= 2 && ExtractionRules.Places.Contains(token.Text);

    /// <summary>"$178 million US", "20 billion US": a currency after an amount, not the place.</summary>
    private static bool IsCurrencyAfterAmount(IReadOnlyList<ClaimToken> tokens, int t) =>
        t > 0 && IsPlaceAcronym(tokens[t]) && (tokens[t - 1].IsNumber || tokens[t - 1].Text is "million" or "billion" or "trillion" or "thousand");

    /// <summary>A generic acronym, its plural ("LLMs", "CEOs") or a pair of them ("UI/UX", "AI/ML").</summary>
    private static bool IsGenericAcronym(string word)
    {
        if (ExtractionRules.GenericAcronyms.Contains(word) || DiscoveryRules.EverydayAcronyms.Contains(word))
        {
            return true;
        }

        if (word.Length > 2 && word[^1] == 's' && char.IsUpper(word[^2]) && IsGenericAcronym(word[..^1]))
        {
            return true;
        }

        var slash = word.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash + 1 < word.Length
            && (IsSlashedLetters(word) || word.Split('/').All(part => part.Length > 0 && IsGenericAcronym(part)));
    }

    /// <summary>"A/B testing", "I/O": single letters joined by slashes are a generic term's, not a name's.</summary>
    private static bool IsSlashedLetters(string word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '/')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A single word shaped like a common noun: a plural agent noun ("Developers", "Doomers") or a file kind ("Dockerfile",
    /// "Makefile"); a capital and lower-case letters only, so "GitHub" and "SEALERS" are not.
    /// </summary>
    public static bool IsCommonNounShape(string word)
    {
        if (word.Length < 6 || !char.IsUpper(word[0]) || !AllLower(word.AsSpan(1)))
        {
            return false;
        }

        return word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("file", StringComparison.Ordinal);
    }

    /// <summary>
    /// The name at <paramref name="first"/> is an item of a list of examples: "like X", "such as X", "including X", or a later
    /// item "like Windsurf and Cursor", "like LangChain, Swarm, LlamaIndex, or CrewAI".
    /// </summary>
    private static int ListIntroducerOf(IReadOnlyList<ClaimToken> tokens, int first)
    {
        var t = first - 1;
        var steps = 0;
        while (t >= 0 && steps++ < MaxListLookBack
               && (tokens[t].Text is "," or "&" or "and" or "or" || (tokens[t].IsWord && (!char.IsLower(tokens[t].Text[0]) || IsLowerCaseName(tokens[t].Text)))))
        {
            t--;
        }

        // "(e.g., n8n, Zapier)": the abbreviation's final dot is part of it.
        if (t > 0 && tokens[t].Text == "." && tokens[t - 1].End == tokens[t].Start && DiscoveryRules.ListIntroducers.Contains(tokens[t - 1].Text))
        {
            t--;
        }

        if (t < 0 || !tokens[t].IsWord)
        {
            return -1;
        }

        var word = tokens[t].Text;
        return DiscoveryRules.ListIntroducers.Contains(word) || (word == "as" && t > 0 && tokens[t - 1].Text == "such") ? t : -1;
    }

    /// <summary>
    /// The name is joined by "and", "or" or a comma to another name inside the sentence ("with Siri or Alexa", "built with
    /// Vite and React"): a pair of names, each the other's evidence.
    /// </summary>
    private static bool IsCoordinated(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        // "Underneath, Supabase runs": a sentence-opening word and its comma introduce the sentence, they list nothing.
        var opening = IsSentenceInitial(tokens, first);
        return (first >= 2 && IsJoiner(first - 1) && IsPartner(first - 2) && !(tokens[first - 1].Text == "," && IsSentenceInitial(tokens, first - 2)))
            || (last + 2 < tokens.Count && IsJoiner(last + 1) && !tokens[last].Possessive && IsPartner(last + 2) && !(tokens[last + 1].Text == "," && opening));

        bool IsJoiner(int t) => tokens[t].Text is "and" or "or" or ",";

        bool IsPartner(int t) =>
            tokens[t].IsWord && !tokens[t].IsNumber
            && (tokens[t].IsCapitalized || tokens[t].IsMixedCase || IsLowerCaseName(tokens[t].Text))
            && !ExtractionRules.CommonCapitalizedWords.Contains(tokens[t].Text) && !DiscoveryRules.SentenceOpeners.Contains(tokens[t].Text)
            && !DiscoveryRules.Pronouns.Contains(tokens[t].Text) && !ExtractionRules.GenericHeadingWords.Contains(tokens[t].Text)
            && !ExtractionRules.CalendarWords.Contains(tokens[t].Text) && !IsGenericAcronym(tokens[t].Text);
    }

    /// <summary>
    /// The word at <paramref name="t"/> is joined by "and", "or" or a comma to a catalog name (<paramref name="blocked"/>) or
    /// to a word whose shape makes it a name: mixed case, letters and digits, or a capital on a word the corpus rarely writes
    /// in lower case ("Granola, Monterey, Bridge", "such as Ai 16z and Goat"; not "Create, Read, Update").
    /// </summary>
    private static bool IsListedBesideName(IReadOnlyList<ClaimToken> tokens, bool[] blocked, int t)
    {
        // (A serial comma joins too: "Slack, Discord, and Teams", "Teams, and Slack".)
        return (t >= 2 && IsJoiner(t - 1) && IsName(t - 2)) || (t + 2 < tokens.Count && !tokens[t].Possessive && IsJoiner(t + 1) && IsName(t + 2))
            || (t >= 3 && tokens[t - 2].Text == "," && IsWordJoiner(t - 1) && IsName(t - 3))
            || (t + 3 < tokens.Count && !tokens[t].Possessive && tokens[t + 1].Text == "," && IsWordJoiner(t + 2) && IsName(t + 3));

        bool IsJoiner(int at) => tokens[at].Text is "and" or "or" or ",";

        bool IsWordJoiner(int at) => tokens[at].Text is "and" or "or";

        bool IsName(int at)
        {
            var token = tokens[at];
            return blocked[at] || (token.IsWord && !token.IsAllCaps
                && (token.IsMixedCase || (token.HasDigit && token.HasLetter)
                    || (token.IsCapitalized && !DiscoveryRules.IsCommonWord(token.Text) && !IsCommonNounShape(token.Text)
                        && !ExtractionRules.CommonCapitalizedWords.Contains(token.Text)
                        && !ExtractionRules.GenericHeadingWords.Contains(token.Text) && !DiscoveryRules.Nationalities.Contains(token.Text)
                        && !DiscoveryRules.Pronouns.Contains(token.Text) && !ExtractionRules.CalendarWords.Contains(token.Text)
                        && !ExtractionRules.Places.Contains(token.Text))));
        }
    }

    /// <summary>
    /// A lower-case name by its shape: letters around digits ("n8n") or a web domain ("make.com", "folder.com").
    /// </summary>
    public static bool IsLowerCaseName(string word)
    {
        if (word.Length < 3 || !char.IsLower(word[0]) || !char.IsLetter(word[^1]))
        {
            return false;
        }

        var dot = word.LastIndexOf('.');
        if (dot > 0)
        {
            return IsWebAddress(word);
        }

        var digit = word.AsSpan().IndexOfAnyInRange('0', '9');
        return digit > 0 && AllLettersOrDigits(word) && DigitCount(word) == 1 && word.Length <= 5
            && !DiscoveryRules.LowerCaseShorthands.Contains(word);
    }

    /// <summary>
    /// A site's address written as its name ("makeitsparkle.com", "nodejs.org", "x.ai", "Replit.com", "Bolt.new"): a word, a
    /// dot and a web domain or a product suffix. Its shape alone makes it a name, as a person writing an address means that site.
    /// </summary>
    private static bool IsWebAddress(string word)
    {
        var dot = word.LastIndexOf('.');
        if (dot <= 0 || dot == word.Length - 1 || !(DiscoveryRules.WebDomains.Contains(word[(dot + 1)..]) || DiscoveryRules.ProductDomainSuffixes.Contains(word[dot..])))
        {
            return false;
        }

        for (var i = 0; i < dot; i++)
        {
            if (!char.IsLetterOrDigit(word[i]) && word[i] is not ('-' or '.'))
            {
                return false;
            }
        }

        return char.IsLetter(word[0]);
    }

    /// <summary>
    /// The type a class noun gives a name: the noun before its list ("companies like Qualcomm", "frameworks such as
    /// LangChain") or in its apposition or definition ("Neon, a serverless Postgres platform", "Runway is a versatile tool").
    /// </summary>
    private static EntityType? ClassCue(IReadOnlyList<ClaimToken> tokens, int first, int last, int introducer)
    {
        if (introducer >= 0)
        {
            if (ClassNounBefore(tokens, introducer) is { } noun)
            {
                return DiscoveryRules.ClassNounType(noun);
            }

            // "tech leaders, including X", "startups, such as X": a noun of people or companies before a comma lists them
            // too. Not one of things: in "models for agents, such as X" or "custom models, such as X training ..." the
            // comma parts the list from a nearer or farther head as often.
            var comma = tokens[introducer].Text == "as" ? introducer - 2 : introducer - 1;
            return comma > 0 && tokens[comma].Text == "," && tokens[comma - 1].IsWord
                && DiscoveryRules.ClassNounType(tokens[comma - 1].Text) is { } type && type is EntityType.Person or EntityType.Organization
                ? type
                : null;
        }

        // "X, a ... noun" or "X is a ... noun": the first class noun within a few words, before any punctuation.
        var t = last + 1;
        if (t < tokens.Count && (tokens[t].Text == "," || tokens[t].Text is "is" or "was") && !tokens[last].Possessive)
        {
            t++;
        }
        else
        {
            return null;
        }

        if (t >= tokens.Count || tokens[t].Text is not ("a" or "an" or "the"))
        {
            return null;
        }

        for (var end = Math.Min(tokens.Count, t + 6); ++t < end;)
        {
            // "Perplexity AI, an "incredible next-gen search product"": quotation marks do not end the description.
            if (DiscoveryRules.QuoteMarks.Contains(tokens[t].Text))
            {
                end = Math.Min(tokens.Count, end + 1);
                continue;
            }

            if (!tokens[t].IsWord)
            {
                return null;
            }

            if (char.IsLower(tokens[t].Text[0]) && DiscoveryRules.ClassNounType(tokens[t].Text) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>
    /// The type a class noun gives a whole label's name in the definition after its colon: "Acme: A tool designed to ...",
    /// "Acme: An open-source platform for ...", "Acme: This platform lets ...". The noun is a lower-case word within a few
    /// words of the article, before any punctuation; "Acme: The team shipped" or "Acme: A lot of tools" define nothing.
    /// </summary>
    private static EntityType? LabelClassCue(IReadOnlyList<ClaimToken> tokens, int last)
    {
        var t = last + 2;
        if (t >= tokens.Count || tokens[last + 1].Text != ":" || tokens[t].Text is not ("A" or "An" or "This"))
        {
            return null;
        }

        for (var end = Math.Min(tokens.Count, t + 5); ++t < end;)
        {
            // ("A benchmark for evaluating language models": the noun phrase ends at its first preposition or relative word.)
            if (!tokens[t].IsWord || !char.IsLower(tokens[t].Text[0]) || DiscoveryRules.LabelDefinitionStops.Contains(tokens[t].Text))
            {
                return null;
            }

            if (DiscoveryRules.ClassNounType(tokens[t].Text) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The word before a list's introducer ("companies" in "companies like X", "such as X"), if any.</summary>
    private static string? ClassNounBefore(IReadOnlyList<ClaimToken> tokens, int introducer)
    {
        var noun = tokens[introducer].Text == "as" ? introducer - 2 : introducer - 1;
        return noun >= 0 && tokens[noun].IsWord ? tokens[noun].Text : null;
    }

    /// <summary>"Leveraging", "Incorporating": a sentence-opening verb form, not the start of a name.</summary>
    private static bool IsGerund(string word) =>
        word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal) && AllLower(word.AsSpan(1));

    private static string? FollowingWord(IReadOnlyList<ClaimToken> tokens, int last) =>
        last + 1 < tokens.Count && !tokens[last].Possessive && tokens[last + 1].IsWord && char.IsLower(tokens[last + 1].Text[0])
            ? tokens[last + 1].Text
            : null;

    /// <summary>"Architectures", "Networks": a plural noun, not "Business" or "Kubernetes"-like single names.</summary>
    public static bool IsPluralNoun(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>
    /// The lower-case words ending at <paramref name="last"/> spell out <paramref name="acronym"/> by their initials, or by
    /// the initials of their hyphenated parts ("retrieval augmented generation (RAG)", "quantum self-attention neural
    /// networks (QSAN)"): the acronym is a term, not a name. A word whose initial fits no letter may stand between them.
    /// </summary>
    public static bool IsSpelledOutInLowerCase(IReadOnlyList<ClaimToken> tokens, int last, string acronym)
    {
        var letter = acronym.Length - 1;
        for (var t = last; t >= 0 && t > last - acronym.Length - 2 && letter >= 0; t--)
        {
            var word = tokens[t].Text;
            if (!tokens[t].IsWord || !char.IsLower(word[0]))
            {
                return false;
            }

            for (var part = word.Length; part > 0 && letter >= 0;)
            {
                var start = word.LastIndexOf('-', part - 1) + 1;
                if (start < part && char.ToLowerInvariant(acronym[letter]) == word[start])
                {
                    letter--;
                }

                part = start - 1;
            }
        }

        return letter < 0 && acronym.Length >= 2;
    }

    /// <summary>
    /// The capitalised word at <paramref name="t"/> opens a science term: a term noun follows it, directly, after a
    /// one-letter symbol in parentheses or after one lower-case or one-letter modifier ("Hadamard gate", "Hadamard (H)
    /// Gate", "Pauli X gate", "CNOT entangling gates"). An eponym before a term's noun is part of the term, not a name; a
    /// possessive ("Superhuman's principle") is an owner, so it is left out.
    /// </summary>
    public static bool OpensEponymTerm(IReadOnlyList<ClaimToken> tokens, int t)
    {
        if (!tokens[t].IsCapitalized || tokens[t].Possessive || t + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[t + 1];
        if (IsEponymTermNoun(next))
        {
            return true;
        }

        if (t + 3 < tokens.Count && next.Text == "(" && tokens[t + 2].Text.Length == 1 && tokens[t + 3].Text == ")")
        {
            return t + 4 < tokens.Count && IsEponymTermNoun(tokens[t + 4]);
        }

        return next.IsWord && !next.Possessive && (char.IsLower(next.Text[0]) || next.Text.Length == 1)
            && t + 2 < tokens.Count && IsEponymTermNoun(tokens[t + 2]);
    }

    private static bool IsEponymTermNoun(ClaimToken token) => token.IsWord && DiscoveryRules.EponymTermNouns.Contains(token.Text);

    private static bool IsProtocolBeforeServer(IReadOnlyList<ClaimToken> tokens, int t)
    {
        var word = tokens[t].Text;
        if (t + 1 >= tokens.Count || tokens[t + 1].Text is not ("server" or "servers") || word.Length is < 2 or > 5)
        {
            return false;
        }

        return CapitalsOfLettersOnly(word) >= word.Length - 1;
    }

    /// <summary>How many capitals a word of letters only has; -1 when it has any other character.</summary>
    private static int CapitalsOfLettersOnly(string word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals;
    }

    /// <summary>"GPUs", "BFNs", "LLMs", "NeRFs": an acronym (at least two capitals, the last one before it) and a final "s".</summary>
    public static bool IsPluralAcronym(string word)
    {
        if (word.Length < 3 || word[^1] != 's' || !char.IsUpper(word[^2]) || !char.IsUpper(word[0]))
        {
            return false;
        }

        var capitals = 0;
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (!char.IsLetter(word[i]))
            {
                return false;
            }

            capitals += char.IsUpper(word[i]) ? 1 : 0;
        }

        return capitals >= 2;
    }

    /// <summary>"I’m", "We've", "They'll": a pronoun and a contracted verb.</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.AsSpan().LastIndexOfAny('\'', '’');
        return apostrophe > 0 && DiscoveryRules.ContractionEndings.Contains(word[(apostrophe + 1)..]);
    }

    /// <summary>A title word, or a modifier that makes the next word one title ("Prime Minister").</summary>
    private static bool IsTitleAt(IReadOnlyList<ClaimToken> tokens, int i) =>
        IsTitleWord(tokens[i].Text)
        || (DiscoveryRules.TitleModifiers.Contains(tokens[i].Text) && i + 1 < tokens.Count && IsTitleWord(tokens[i + 1].Text));

    /// <summary>A title word, its plural or its "Co-" form ("Directors", "Co-Executive").</summary>
    private static bool IsTitleWord(string word)
    {
        if (ExtractionRules.TitleWords.Contains(word))
        {
            return true;
        }

        if (word.Length > 3 && word[^1] == 's' && ExtractionRules.TitleWords.Contains(word[..^1]))
        {
            return true;
        }

        return word.StartsWith("Co-", StringComparison.OrdinalIgnoreCase) && ExtractionRules.TitleWords.Contains(word[3..]);
    }

    /// <summary>The run stands between quotation marks: "the "Date Abby" phenomenon".</summary>
    private static bool IsQuoted(IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        first > 0 && last + 1 < tokens.Count
        && DiscoveryRules.QuoteMarks.Contains(tokens[first - 1].Text)
        && (DiscoveryRules.QuoteMarks.Contains(tokens[last + 1].Text)
            || (last + 2 < tokens.Count && tokens[last + 1].Text is "," or "." && DiscoveryRules.QuoteMarks.Contains(tokens[last + 2].Text)));

    private static bool IsSentenceInitial(IReadOnlyList<ClaimToken> tokens, int first)
    {
        for (var t = first - 1; t >= 0; t--)
        {
            var token = tokens[t];
            if (token.IsWord)
            {
                return false;
            }

            // "(e.g., New York City": the dot of an abbreviation ends no sentence.
            var abbreviationDot = token.Text == "." && t > 0 && tokens[t - 1].End == token.Start && DiscoveryRules.Abbreviations.Contains(tokens[t - 1].Text);
            // An opening quotation mark starts a quoted sentence or phrase ("e.g., "Trigger this intent""): its first word's
            // capital says nothing.
            var openingQuote = token.Text is "“" || (token.Text == "\"" && t == first - 1 && (t == 0 || tokens[t - 1].End < token.Start));
            if ((token.Text is "." or "!" or "?" or ":" or ";" or "•" or "-" or "–" or "—" or "*" or "#" or ">" && !abbreviationDot) || openingQuote)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// "Tamas also contributed to Flashbots.", "Firefox also works.", "Docker Desktop is recommended.", "During the debate, Yudkowsky
    /// posited …": a word or a run that opens a sentence of running text (not a quotation, a fragment without a full stop or a
    /// label), or a clause after a comma, as its subject, a verb's form after it
    /// (<see cref="IsVerbAfterSubject"/>); not an imperative or an adjective, whose object or noun follows ("Crawl an entire
    /// website.", "Patchbased depth estimation involves …"), nor a possessive ("Lloyd's of London"), nor after an initial's
    /// dot ("Dr. J.F. Cade").
    /// </summary>
    private static bool OpensRunningSentence(string text, IReadOnlyList<ClaimToken> tokens, int first, int last) =>
        (IsSentenceInitial(tokens, first) || (first > 0 && tokens[first - 1].Text == ","))
        && (first == 0 || !DiscoveryRules.QuoteMarks.Contains(tokens[first - 1].Text)) && !tokens[last].Possessive
        && !(first >= 2 && tokens[first - 1].Text == "." && tokens[first - 2].Text.Length == 1 && char.IsUpper(tokens[first - 2].Text[0]))
        && last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].Start > tokens[last].End && char.IsLower(tokens[last + 1].Text[0])
        && IsVerbAfterSubject(tokens[last + 1].Text) && text.TrimEnd() is [.., '.' or '!' or '?'];

    /// <summary>
    /// A word that can follow a sentence's subject: an auxiliary or an adverb of the verb group ("is", "can", "also"), or
    /// a form in "-s" or "-ed" ("aims", "identifies", "added").
    /// </summary>
    private static bool IsVerbAfterSubject(string word) =>
        DiscoveryRules.VerbGroupWords.Contains(word)
        || (word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || (word[^1] == 's' && word[^2] != 's')));

    private static bool IsVersionToken(string word)
    {
        if (word.Length == 0 || !char.IsDigit(word[0]))
        {
            return false;
        }

        // "3", "3.5", "4o", "2.5", "70B", "R1" handled by the name token itself.
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return letters <= 2 && word.Length <= 6;
    }

    /// <summary>"the European Union 20%", "Japan 24 percent": a share after a name, not its version.</summary>
    private static bool IsPercentage(IReadOnlyList<ClaimToken> tokens, int t) =>
        t + 1 < tokens.Count && ((tokens[t + 1].Text == "%" && tokens[t + 1].Start == tokens[t].End) || tokens[t + 1].Text == "percent");

    /// <summary>"making Instant Reply 10x faster", "Groq 2x cheaper": a multiple before a comparison, not a version.</summary>
    private static bool IsMultiplier(IReadOnlyList<ClaimToken> tokens, int t)
    {
        var word = tokens[t].Text;
        return word.Length >= 2 && word[^1] is 'x' or 'X' && word.AsSpan(0, word.Length - 1).IndexOfAnyExcept("0123456789.") < 0
            && t + 1 < tokens.Count && DiscoveryRules.MultipleComparisons.Contains(tokens[t + 1].Text);
    }

    /// <summary>"(Reference 00:01:22)", "at 9:00": a time of day or a video timestamp after a word, not its version.</summary>
    private static bool IsClockTime(IReadOnlyList<ClaimToken> tokens, int t) =>
        t + 2 < tokens.Count && tokens[t].Text.Length == 2 && tokens[t].IsNumber && tokens[t + 1].Text == ":" && tokens[t + 1].Start == tokens[t].End
        && tokens[t + 2].IsNumber && tokens[t + 2].Start == tokens[t + 1].End && tokens[t + 2].Text.Length == 2;

    private static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsDigit) && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    /// <summary>
    /// A numbered device: a hardware line's word and a number ("RTX 3090", "TPU v4"), a chip maker and a bare number ("NVIDIA
    /// 3090"), or a data-centre GPU's code, a letter and three digits ("H100", "A100s").
    /// </summary>
    private static bool IsHardwareName(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        if (!IsVersioned(tokens, first, last))
        {
            return false;
        }

        if (first == last)
        {
            var text = tokens[first].Text;
            var digits = text.Length > 0 && text[^1] == 's' ? text[1..^1] : text[1..];
            return text.Length >= 4 && text[0] is 'A' or 'H' or 'B' && digits.Length == 3 && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
        }

        if (last == first + 1 && DiscoveryRules.ChipMakers.Contains(tokens[first].Text)
            && tokens[last].Text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return true;
        }

        for (var t = first; t <= last; t++)
        {
            if (DiscoveryRules.HardwareWords.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name carrying a version: a number word after a name ("Llama 3.1") or letters and digits in one word ("H100", "GPT-4o").</summary>
    private static bool IsVersioned(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].HasDigit && (t > first || tokens[t].HasLetter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"A2A", "B2B", "P2P", "D2C": a digit read "to" or "for" between two capitals abbreviates a phrase; it numbers nothing.</summary>
    private static bool IsToAbbreviation(string word) =>
        word.Length is 3 or 4 && char.IsAsciiLetterUpper(word[0]) && word[1] is '2' or '4' && char.IsAsciiLetterUpper(word[2])
        && (word.Length == 3 || word[3] == 's');

    /// <summary>"Brett Harrison, former President of FTX US": a title after a time word in the name's apposition.</summary>
    private static bool FormerTitleApposition(IReadOnlyList<ClaimToken> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].Text == "," && tokens[last + 2].Text is "former" or "then" or "current" or "later"
        && ExtractionRules.TitleWords.Contains(tokens[last + 3].Text);

    /// <summary>The type the context gives the name at tokens [first, last], most specific cue first.</summary>
    private static EntityType? TypeCue(IReadOnlyList<ClaimToken> tokens, int first, int last, bool dollar, bool sentenceInitial, bool organizationSuffix)
    {
        if (dollar)
        {
            return EntityType.Token;
        }

        // "the S&P 500 rose": a stock index, not a model its number would make it.
        if (IsStockIndex(tokens, first, last))
        {
            return EntityType.Other;
        }

        var words = last - first + 1;
        var next = last + 1 < tokens.Count && tokens[last + 1].IsWord && !tokens[last].Possessive ? tokens[last + 1].Text : null;
        var afterPossessive = tokens[last].Possessive && last + 1 < tokens.Count ? tokens[last + 1].Text : null;
        var previous = first > 0 && tokens[first - 1].IsWord ? tokens[first - 1].Text : null;
        var beforePrevious = first > 1 && tokens[first - 2].IsWord ? tokens[first - 2].Text : null;

        // "Material Science", "Semantic Space Theory", "Drug Discovery": common words ending in a field of study name a
        // discipline or a theory, a concept however it is capitalised ("Harvard Economics" has a name in it).
        // Not where a title places someone at it ("Chief Asia Economist at Capital Economics"): a discipline employs nobody.
        if (words >= 2 && DiscoveryRules.FieldsOfStudy.Contains(tokens[last].Text) && AllCommonWords(tokens, first, last)
            && !(previous == "at" && AnyTitleWord(tokens, Math.Max(0, first - 8), first - 1)))
        {
            return EntityType.Concept;
        }

        // "Tiny models like...", "Frontier labs have...": a sentence-opening word before a common noun is as likely an adjective.
        var plainOpener = sentenceInitial && words == 1 && !tokens[first].IsMixedCase && !tokens[first].HasDigit;
        if (next is not null && !plainOpener && ExtractionRules.HeadNounTypes.TryGetValue(next, out var headType))
        {
            // "Nebius AI models", "Mistral AI models": a company's name before its models is their maker.
            // ("Llama 4 AI models": a version makes it the model.)
            return headType == EntityType.Model && organizationSuffix && tokens[last].Text == "AI" && !IsVersioned(tokens, first, last)
                ? EntityType.Organization
                : headType;
        }

        // "Intersection Over Union (IOU)", "Convolutional Neural Networks (CNNs": a generic acronym spelled out is a concept,
        // as the acronym is a term, whatever words spell it.
        if (IsSpelledOutGenericAcronym(tokens, first, last))
        {
            return EntityType.Concept;
        }

        // "Retrieval Augmented Generation (RAG)": an acronym spelled out in words the corpus writes in lower case names a
        // concept; with a name among them ("Android Debug Bridge (ADB)", "English Standard Version (ESV)") or an organisation
        // word at the end ("World Trade Organization (WTO)", as the order below) it names a thing.
        if (words >= 2 && last + 3 < tokens.Count && tokens[last + 1].Text == "(" && tokens[last + 2].IsAllCaps && tokens[last + 3].Text == ")"
            && !ExtractionRules.OrganizationSuffixes.Contains(tokens[last].Text) && AllCommonWords(tokens, first, last))
        {
            return EntityType.Concept;
        }

        // "APIs (Application Programming Interfaces)", "ATS (Applicant Tracking System)": the same, spelled out after it, unless
        // an organisation word ends it ("MCP (Multi-Agent Communication Protocol)").
        if (words >= 2 && first >= 2 && last + 1 < tokens.Count && tokens[first - 1].Text == "(" && tokens[last + 1].Text == ")"
            && (tokens[first - 2].IsAllCaps || IsPluralAcronym(tokens[first - 2].Text)) && HasInitials(tokens, first, last, tokens[first - 2].Text)
            && !ExtractionRules.OrganizationSuffixes.Contains(tokens[last].Text) && AllCommonWords(tokens, first, last))
        {
            return EntityType.Concept;
        }

        // "founded by X", "led by X": the founder or leader is a person.
        if (previous == "by" && words >= 2 && beforePrevious is "founded" or "co-founded" or "cofounded" or "led" or "headed")
        {
            return EntityType.Person;
        }

        // "a tweet by Sumit", "a podcast by George Hotz": the author of a piece is a person.
        if (previous == "by" && beforePrevious is not null && DiscoveryRules.AuthoredWorks.Contains(beforePrevious)
            && NoneAllCapsOrDigit(tokens, first, first + words))
        {
            return EntityType.Person;
        }

        // "RTX 4090", "NVIDIA 3090", "H100s": a numbered piece of hardware is a product, not a model.
        if (IsHardwareName(tokens, first, last))
        {
            return EntityType.Product;
        }

        // ("A2A", "D2C": a phrase abbreviated, not a version: the name's shape is kept, its type comes from elsewhere.)
        if (IsVersioned(tokens, first, last) && !IsLowerCaseName(tokens[first].Text) && !NumberedCommonNoun(tokens, first, last)
            && !(first == last && IsToAbbreviation(tokens[first].Text)))
        {
            var single = words == 1 && tokens[first].Text.Length <= 5 && char.IsLetter(tokens[first].Text[0]) && char.IsDigit(tokens[first].Text[^1]);
            return single && !tokens[first].Text.Contains('-', StringComparison.Ordinal) ? EntityType.Product : EntityType.Model;
        }

        // "DeepSeek Coder": a mixed-case name and a tier word name a model.
        if (words >= 2 && DiscoveryRules.ModelTierWords.Contains(tokens[last].Text) && char.IsUpper(tokens[last].Text[0])
            && AnyMixedCase(tokens, first, first + words - 1))
        {
            return EntityType.Model;
        }

        // "Nebius AI Studio", "Google Cloud": a studio or a cloud is what a company sells, not the company.
        if (organizationSuffix && tokens[last].Text != "AI")
        {
            return DiscoveryRules.ProductSuffixes.Contains(tokens[last].Text) ? EntityType.Product : EntityType.Organization;
        }

        // "CEO of X", "founder of X", "head of X" make X an organisation; "CEO X" makes X a person.
        if (previous is "of" or "at" && beforePrevious is not null && ExtractionRules.TitleWords.Contains(beforePrevious))
        {
            return EntityType.Organization;
        }

        if (previous is not null && ExtractionRules.TitleWords.Contains(previous) && words >= 2)
        {
            return EntityType.Person;
        }

        // "VP of Generative AI and Sensei at Adobe": a title a few words before "at X" makes X the employer.
        if (previous == "at" && AnyTitleWord(tokens, Math.Max(0, first - 8), first - 1))
        {
            return EntityType.Organization;
        }

        if (next is not null && ExtractionRules.TitleWords.Contains(next))
        {
            return EntityType.Organization;
        }

        if (last + 2 < tokens.Count && tokens[last + 1].Text == "," && ExtractionRules.TitleWords.Contains(tokens[last + 2].Text))
        {
            return words >= 2 ? EntityType.Person : EntityType.Organization;
        }

        if (words >= 2 && FormerTitleApposition(tokens, last))
        {
            return EntityType.Person;
        }

        if (words >= 2 && ExtractionRules.GivenNames.Contains(tokens[first].Text))
        {
            return EntityType.Person;
        }

        var name = words == 1 ? tokens[first].Text : null;
        var fullName = name ?? JoinTexts(tokens, first, first + words);
        if (DiscoveryRules.IsPlaceName(fullName))
        {
            return EntityType.Place;
        }

        // "Dylan Patel", "Packy McCormick": a given name the corpus learned (after the places: "South Korea").
        if (words >= 2 && DiscoveryRules.LearnedGivenNames.Contains(tokens[first].Text))
        {
            return EntityType.Person;
        }

        // ("Claire emphasizes", "Nicholas highlights": a given name alone that speaks is a person the note named in full.)
        if (next is not null && ExtractionRules.SpeechVerbs.Contains(next))
        {
            return (words >= 2 && NoneAllCapsOrDigit(tokens, first, first + words))
                || (words == 1 && DiscoveryRules.IsAnyGivenName(tokens[first].Text))
                ? EntityType.Person
                : EntityType.Organization;
        }

        // "Stripe acquired Bridge", "SpaceX launched a rocket", "Cohere raised $500 million": what a company does to
        // something, with its object right after the verb ("ChatGPT launched in 2022" has none).
        if (next is not null && DiscoveryRules.CompanyVerbs.Contains(next) && last + 2 < tokens.Count && !DiscoveryRules.IsGivenName(tokens[first].Text))
        {
            var objectStart = tokens[last + 2];
            if (objectStart.Text == "$" || objectStart.IsCapitalized || objectStart.IsMixedCase || ExtractionRules.Determiners.Contains(objectStart.Text)
                || objectStart.Text is "its" or "their" or "two" or "three" or "several")
            {
                return EntityType.Organization;
            }
        }

        if (afterPossessive is not null && ExtractionRules.HeadNounTypes.TryGetValue(afterPossessive, out var ownedType) && ownedType == EntityType.Model)
        {
            return EntityType.Organization;
        }

        if (afterPossessive is not null && ExtractionRules.TitleWords.Contains(afterPossessive))
        {
            return EntityType.Organization;
        }

        // "the Manim animation library", "a Vellum charting package": a code noun after one lower-case modifier, the name led
        // by a determiner.
        if (next is not null && char.IsLower(next[0]) && last + 2 < tokens.Count && previous is not null
            && ExtractionRules.Determiners.Contains(previous) && DiscoveryRules.CodeNouns.Contains(tokens[last + 2].Text)
            && !DiscoveryRules.LabelDefinitionStops.Contains(next))
        {
            return EntityType.Product;
        }

        // "his book Antifragile", "their memoir Hard Roads": a work its author's pronoun introduces.
        if (previous is not null && beforePrevious is "his" or "her" or "their" && DiscoveryRules.WrittenWorks.Contains(previous))
        {
            return EntityType.Publication;
        }

        // "the Gradio UI", "a Supabase client", "the GitHub repository": a software noun after the name.
        if (next is not null && !plainOpener && DiscoveryRules.ProductNouns.Contains(next))
        {
            return EntityType.Product;
        }

        // "using Docker", "via OpenRouter": a tool is used; "Google's Bard": a company's own thing, unless it is a person.
        if ((previous is not null && DiscoveryRules.ToolPrepositions.Contains(previous))
            || (first > 0 && tokens[first - 1].Possessive && tokens[first - 1].PossessiveEnd - tokens[first - 1].End == 2
                && tokens[first - 1].IsCapitalized && !DiscoveryRules.IsGivenName(tokens[first].Text)))
        {
            return EntityType.Product;
        }

        return null;
    }

    /// <summary>
    /// A weaker type the context gives the name at tokens [first, last]: it only types a name found otherwise (a hint
    /// never makes a common word a name, unlike a <see cref="TypeCue"/>), and it counts only when no mention has a cue.
    /// </summary>
    private static EntityType? TypeHint(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        // "Node.js", "Bolt.new", "Make.com": a package or web-address suffix on a capitalised name ("git-scm.com" is an address).
        if (char.IsUpper(tokens[first].Text[0]) && HasProductDomainSuffix(tokens[last].Text))
        {
            return EntityType.Product;
        }

        var next = last + 1 < tokens.Count && tokens[last + 1].IsWord && !tokens[last].Possessive ? tokens[last + 1].Text : null;
        if (next is not null && DiscoveryRules.SoftwareNouns.Contains(next))
        {
            return EntityType.Product;
        }

        var previous = first > 0 && tokens[first - 1].IsWord ? tokens[first - 1].Text : null;
        if (previous is not null && DiscoveryRules.InstallVerbs.Contains(previous))
        {
            return EntityType.Product;
        }

        // "download Blender", "open Firefox": what one downloads or opens is software.
        if (previous is not null && DiscoveryRules.OpenVerbs.Contains(previous))
        {
            return EntityType.Product;
        }

        // "Cursor's interface", "the settings in Notion", "a button on Canva": a part of a program's screen.
        var afterPossessive = tokens[last].Possessive && last + 1 < tokens.Count ? tokens[last + 1].Text : null;
        if (((afterPossessive is not null && DiscoveryRules.InterfaceNouns.Contains(afterPossessive))
            || (previous is "in" or "on" or "inside" && first > 1 && tokens[first - 2].IsWord && DiscoveryRules.InterfaceNouns.Contains(tokens[first - 2].Text))))
        {
            return EntityType.Product;
        }

        if (IsFollowedByWhoClause(tokens, first, last))
        {
            return EntityType.Person;
        }

        // "built on PostgreSQL", "runs on Base", "self-hosting it with Docker": what software is built on or run with is software.
        var beforePrevious = first > 1 && tokens[first - 2].IsWord ? tokens[first - 2].Text : null;
        var third = first > 2 && tokens[first - 3].IsWord ? tokens[first - 3].Text : null;
        return previous is "on" or "with" && (IsBuildVerb(beforePrevious) || (beforePrevious is "it" or "them" && IsBuildVerb(third)))
            ? EntityType.Product
            : null;
    }

    /// <summary>
    /// "Michael Pettis, who predicted …", "Alec Radford, who virtually invented LLMs": a name of two or more title-case words
    /// that a relative clause with "who" describes is a person ("Google, who" in speech is a company, so one word is not enough).
    /// </summary>
    private static bool IsFollowedByWhoClause(IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        if (last == first || last + 2 >= tokens.Count || tokens[last + 1].Text != "," || tokens[last + 2].Text != "who"
            || !NoneAllCapsOrDigit(tokens, first, last + 1))
        {
            return false;
        }

        for (var t = first; t <= last; t++)
        {
            if (!tokens[t].IsWord || !char.IsUpper(tokens[t].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBuildVerb(string? word) =>
        word is not null && (DiscoveryRules.BuildVerbs.Contains(word) || (word.StartsWith("self-host", StringComparison.OrdinalIgnoreCase)));

    private static bool HasProductDomainSuffix(string word)
    {
        var dot = word.LastIndexOf('.');
        return dot > 0 && dot < word.Length - 1 && DiscoveryRules.ProductDomainSuffixes.Contains(word[dot..]);
    }

    /// <summary>The words of [first, last] as written, runs of whitespace as one space.</summary>
    private static string JoinWords(string text, IReadOnlyList<ClaimToken> tokens, int first, int last)
    {
        if (first == last)
        {
            return text.Substring(tokens[first].Start, tokens[first].End - tokens[first].Start);
        }

        var builder = new StringBuilder(tokens[last].End - tokens[first].Start);
        for (var t = first; t <= last; t++)
        {
            if (t > first && tokens[t].Start > tokens[t - 1].End)
            {
                builder.Append(' ');
            }

            builder.Append(text, tokens[t].Start, tokens[t].End - tokens[t].Start);
        }

        return builder.ToString();
    }

    // Loops rather than LINQ over a string: these run for every word of every claim, and LINQ allocates an enumerator each time.
    private static bool AllLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLettersOrDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsDigit(c) ? 1 : 0;
        }

        return count;
    }

    // Loops over a token range [from, to) rather than Enumerable.Range and a lambda: they run for every candidate name,
    // and the lambda's closure is allocated on every call of the method that holds it.
    private static bool AnyMixedCase(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].IsMixedCase)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NoneAllCapsOrDigit(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].IsAllCaps || tokens[t].HasDigit)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllAiAdjectives(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!ExtractionRules.AiAdjectives.Contains(tokens[t].Text) && !ExtractionRules.GenericHeadingWords.Contains(tokens[t].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyTitleWord(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (ExtractionRules.TitleWords.Contains(tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static string JoinTexts(IReadOnlyList<ClaimToken> tokens, int from, int to)
    {
        var words = new string[to - from];
        for (var t = from; t < to; t++)
        {
            words[t - from] = tokens[t].Text;
        }

        return string.Join(' ', words);
    }
}
