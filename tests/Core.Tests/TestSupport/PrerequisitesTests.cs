namespace ClaimGraph.Core.Tests.TestSupport;

/// <summary>How a conditional test decides between running and skipping, and what the skip says.</summary>
public sealed class PrerequisitesTests
{
    [Fact]
    public void Nothing_missing_runs()
    {
        Prerequisites.SkipReason(Array.Empty<Prerequisites.Missing>()).Should().BeNull();
    }

    [Fact]
    public void Every_missing_prerequisite_is_named_with_the_variable_that_would_make_it_a_failure()
    {
        var reason = Prerequisites.SkipReason([
            new Prerequisites.Missing("chromium was not found on PATH (apt-get install chromium)", "CLAIMGRAPH_REQUIRE_BROWSER", false),
            new Prerequisites.Missing("the GraphiQL assets were not restored by the build", "CLAIMGRAPH_REQUIRE_NODE", false),
        ]);

        reason.Should().Be("chromium was not found on PATH (apt-get install chromium); the GraphiQL assets were not restored by the build; "
            + "set CLAIMGRAPH_REQUIRE_BROWSER=1 and CLAIMGRAPH_REQUIRE_NODE=1 to make this a failure");
    }

    [Fact]
    public void A_missing_prerequisite_CI_demands_makes_the_test_run_and_fail_instead_of_skip()
    {
        Prerequisites.SkipReason([
            new Prerequisites.Missing("chromium was not found on PATH", "CLAIMGRAPH_REQUIRE_BROWSER", false),
            new Prerequisites.Missing("node was not found on PATH", "CLAIMGRAPH_REQUIRE_NODE", true),
        ]).Should().BeNull();
    }

    [Fact]
    public void Docker_cannot_be_demanded_so_its_skip_offers_no_variable()
    {
        Prerequisites.RequireVariable(Prerequisite.Docker).Should().BeNull();
        Prerequisites.SkipReason([new Prerequisites.Missing("no Docker engine is reachable", null, false)])
            .Should().Be("no Docker engine is reachable");
    }

    [Theory]
    [InlineData(Prerequisite.Node, "CLAIMGRAPH_REQUIRE_NODE")]
    [InlineData(Prerequisite.NodePackages, "CLAIMGRAPH_REQUIRE_NODE")]
    [InlineData(Prerequisite.GraphiQLAssets, "CLAIMGRAPH_REQUIRE_NODE")]
    [InlineData(Prerequisite.Chromium, "CLAIMGRAPH_REQUIRE_BROWSER")]
    public void Each_prerequisite_CI_installs_is_demanded_by_the_variable_dot_ci_run_sets(Prerequisite prerequisite, string variable)
    {
        Prerequisites.RequireVariable(prerequisite).Should().Be(variable);
        File.ReadAllText(RepositoryRoot.Combine(".ci", "run")).Should().Contain($"{variable}=1");
    }

    [Fact]
    public void A_missing_prerequisite_reason_says_how_to_get_it()
    {
        foreach (var prerequisite in Enum.GetValues<Prerequisite>())
        {
            if (Prerequisites.MissingReason(prerequisite) is { } reason)
            {
                reason.Should().MatchRegex(@"(install|npm ci|apt-get|Docker|rebuild)", $"{prerequisite} is missing here: '{reason}' must say how to get it");
            }
        }
    }
}
