using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace ClaimGraph.SkipSummary;

/// <summary>The skipped results of a run, grouped by assembly and reason, as the lines the logger prints.</summary>
public sealed class SkipSummary
{
    private readonly List<(string Assembly, string TestClass, string Reason)> _skipped = [];

    public void Add(TestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome != TestOutcome.Skipped)
        {
            return;
        }

        var reason = string.IsNullOrWhiteSpace(result.ErrorMessage) ? "(no reason given)" : result.ErrorMessage.Trim();
        lock (_skipped)
        {
            _skipped.Add((Path.GetFileNameWithoutExtension(result.TestCase.Source), TestClassOf(result.TestCase.FullyQualifiedName), reason));
        }
    }

    /// <summary>Per assembly with skips: a header line, then one line per reason, most frequent first.</summary>
    public IEnumerable<string> Lines()
    {
        List<(string Assembly, string TestClass, string Reason)> skipped;
        lock (_skipped)
        {
            skipped = [.. _skipped];
        }

        foreach (var assembly in skipped.GroupBy(skip => skip.Assembly).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            yield return $"Skip reasons, {assembly.Key}: {assembly.Count()} skipped";
            var byReason = assembly.GroupBy(skip => skip.Reason)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal);
            foreach (var reason in byReason)
            {
                var classes = string.Join(", ", reason.Select(skip => skip.TestClass).Distinct().Order(StringComparer.Ordinal));
                yield return $"  {reason.Count()} skipped ({classes}): {reason.Key}";
            }
        }
    }

    private static string TestClassOf(string fullyQualifiedName)
    {
        // "Namespace.Class.Method" or "Namespace.Class.Method(arguments)": the class is the segment before the method.
        var name = fullyQualifiedName.Split('(')[0];
        var parts = name.Split('.');
        return parts.Length >= 2 ? parts[^2] : name;
    }
}
