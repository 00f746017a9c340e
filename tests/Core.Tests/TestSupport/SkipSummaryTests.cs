using ClaimGraph.SkipSummary;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace ClaimGraph.Core.Tests.TestSupport;

/// <summary>The lines the skip-summary logger prints at the end of a test project's run.</summary>
public sealed class SkipSummaryTests
{
    private const string Source = "/checkout/tests/Api.Tests/bin/Release/net10.0/ClaimGraph.Api.Tests.dll";

    [Fact]
    public void Skips_are_grouped_by_reason_most_frequent_first_with_their_test_classes()
    {
        var summary = new SkipSummary.SkipSummary();
        summary.Add(Result("ClaimGraph.Api.Tests.GraphQL.GraphQLJsAgreementTests.Same_verdicts", TestOutcome.Skipped, "node was not found on PATH"));
        summary.Add(Result("ClaimGraph.Api.Tests.GraphQL.GraphQLHttpAuditTests.Audit(case: \"a.b\")", TestOutcome.Skipped, "node was not found on PATH"));
        summary.Add(Result("ClaimGraph.Api.Tests.Browser.SwaggerUiBrowserTests.Try_it_out", TestOutcome.Skipped, "chromium was not found on PATH"));
        summary.Add(Result("ClaimGraph.Api.Tests.Rest.EntitiesTests.Get", TestOutcome.Passed, null));
        summary.Add(Result("ClaimGraph.Api.Tests.Rest.EntitiesTests.List", TestOutcome.Failed, "boom"));

        summary.Lines().Should().Equal(
            "Skip reasons, ClaimGraph.Api.Tests: 3 skipped",
            "  2 skipped (GraphQLHttpAuditTests, GraphQLJsAgreementTests): node was not found on PATH",
            "  1 skipped (SwaggerUiBrowserTests): chromium was not found on PATH");
    }

    [Fact]
    public void A_run_without_skips_prints_nothing()
    {
        var summary = new SkipSummary.SkipSummary();
        summary.Add(Result("ClaimGraph.Api.Tests.Rest.EntitiesTests.Get", TestOutcome.Passed, null));

        summary.Lines().Should().BeEmpty();
    }

    [Fact]
    public void A_skip_without_a_reason_says_so()
    {
        var summary = new SkipSummary.SkipSummary();
        summary.Add(Result("ClaimGraph.Api.Tests.Rest.EntitiesTests.Get", TestOutcome.Skipped, "  "));

        summary.Lines().Should().Contain("  1 skipped (EntitiesTests): (no reason given)");
    }

    private static TestResult Result(string fullyQualifiedName, TestOutcome outcome, string? message) =>
        new(new TestCase(fullyQualifiedName, new Uri("executor://xunit/VsTestRunner3/netcoreapp"), Source))
        {
            Outcome = outcome,
            ErrorMessage = message,
        };
}
