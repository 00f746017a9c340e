namespace ClaimGraph.Api.Tests.Browser;

/// <summary>
/// A fact that drives Debian's headless Chromium. Skipped with the reason when it is not installed, unless
/// <c>CLAIMGRAPH_REQUIRE_BROWSER=1</c> (CI sets it): then the test runs and fails loudly, naming what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresBrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public RequiresBrowserFactAttribute()
    {
        var required = Environment.GetEnvironmentVariable("CLAIMGRAPH_REQUIRE_BROWSER") == "1";
        if (!required && !File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium); set CLAIMGRAPH_REQUIRE_BROWSER=1 to make this a failure.";
        }
    }
}
