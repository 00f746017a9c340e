using System.Text;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>
/// "Did you mean …?" hints worded and ranked as graphql-js ranks them (lexical distance with case changes and
/// adjacent swaps counted as one edit, ties broken by natural sort order), so our messages read like the reference's.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/> to be a likely typo, best first.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var measure = new LexicalDistance(input);
        var candidates = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }
            var distance = measure.Measure(option, threshold);
            if (distance >= 0)
            {
                candidates.Add((option, distance));
            }
        }
        candidates.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[candidates.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = candidates[i].Option;
        }
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subject} "a" or "b"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(string? subject, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }
        var builder = new StringBuilder(" Did you mean ");
        if (subject is not null)
        {
            builder.Append(subject).Append(' ');
        }
        switch (suggestions.Count)
        {
            case 1:
                return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }
        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }
        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Natural sort order: runs of digits compare by value, everything else by UTF-16 code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (char.IsAsciiDigit(x) && char.IsAsciiDigit(y))
            {
                long left = 0;
                do
                {
                    left = (left * 10) + (a[i] - '0');
                    i++;
                }
                while (i < a.Length && char.IsAsciiDigit(a[i]) && left > 0);
                long right = 0;
                do
                {
                    right = (right * 10) + (b[j] - '0');
                    j++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]) && right > 0);
                if (left != right)
                {
                    return left < right ? -1 : 1;
                }
            }
            else
            {
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }
                i++;
                j++;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Damerau-Levenshtein distance (optimal string alignment) in which a change of case alone costs one edit.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _input = input;
        private readonly string _inputLowerCase = input.ToLowerInvariant();

        /// <summary>The distance, or -1 when it exceeds <paramref name="threshold"/>.</summary>
        public int Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal))
            {
                return 0;
            }
            var optionLowerCase = option.ToLowerInvariant();
            if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
            {
                return 1;
            }
            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }
            if (a.Length - b.Length > threshold)
            {
                return -1;
            }
            var rows = new int[3][];
            for (var r = 0; r < 3; r++)
            {
                rows[r] = new int[b.Length + 1];
            }
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }
            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }
                    if (cell < smallest)
                    {
                        smallest = cell;
                    }
                    current[j] = cell;
                }
                if (smallest > threshold)
                {
                    return -1;
                }
            }
            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : -1;
        }
    }
}
