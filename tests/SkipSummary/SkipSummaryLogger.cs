using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace ClaimGraph.SkipSummary;

/// <summary>
/// Collects the skipped results of a test run and, when the run completes, prints one summary per test assembly:
/// how many tests were skipped and, for each distinct reason, how many and which test class.
/// Enabled for every test project by <c>tests/Directory.Build.props</c> (<c>VSTestLogger</c>).
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(ExtensionUri)]
public sealed class SkipSummaryLogger : ITestLogger
{
    public const string FriendlyName = "skipsummary";
    public const string ExtensionUri = "logger://ClaimGraph/SkipSummary";

    private readonly SkipSummary _summary = new();

    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.TestResult += (_, args) => _summary.Add(args.Result);
        events.TestRunComplete += (_, _) =>
        {
            foreach (var line in _summary.Lines())
            {
                Console.WriteLine(line);
            }
        };
    }
}
