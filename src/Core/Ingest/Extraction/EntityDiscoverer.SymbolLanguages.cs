using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

public static partial class EntityDiscoverer
{
    /// <summary>
    /// "C++", "C#", "F#": a programming language whose name is one capital letter and symbols is a product, written as
    /// such; the letter alone is too short to be a name, so runs never find it. The symbols must follow the letter with
    /// no space and end at a word boundary ("C++20" and "C#-style" are not the language alone).
    /// </summary>
    private static void AddSymbolLanguages(string text, IReadOnlyList<ClaimToken> tokens, bool[] blocked, List<CandidateMention> candidates)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (blocked[t] || !token.IsWord || token.Text is not ("C" or "F") || (t > 0 && tokens[t - 1].End == token.Start && tokens[t - 1].IsWord))
            {
                continue;
            }

            var suffix = token.Text == "C" && text.AsSpan(token.End).StartsWith("++") ? "++"
                : text.AsSpan(token.End).StartsWith("#") ? "#"
                : null;
            var end = token.End + (suffix?.Length ?? 0);
            if (suffix is null || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '+' or '#' or '_')))
            {
                continue;
            }

            var name = token.Text + suffix;
            candidates.Add(new CandidateMention(token.Start, end, name, SymbolLanguageKey(name)!, IsSentenceInitial(tokens, t), true, EntityType.Product));
            for (var s = t; s < tokens.Count && tokens[s].Start < end; s++)
            {
                blocked[s] = true;
            }
        }
    }

    /// <summary>
    /// The key and id of "C++", "C#" or "F#", spelled out ("cpp", "csharp", "fsharp"), since letters and digits alone
    /// would make all of them "c" or "f"; null for any other name.
    /// </summary>
    public static string? SymbolLanguageKey(string name) => name switch
    {
        "C++" => "cpp",
        "C#" => "csharp",
        "F#" => "fsharp",
        _ => null,
    };
}
