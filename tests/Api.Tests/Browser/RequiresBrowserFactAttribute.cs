namespace ClaimGraph.Api.Tests.Browser;

/// <summary>
/// A fact that drives the system's headless Chromium, and needs whatever else the page under test does (GraphiQL's
/// npm-built assets). Skipped naming each missing prerequisite, unless CI demands it (<c>CLAIMGRAPH_REQUIRE_BROWSER=1</c>,
/// <c>CLAIMGRAPH_REQUIRE_NODE=1</c>): then the test runs and fails loudly, naming what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresBrowserFactAttribute(params Prerequisite[] alsoNeeded)
    : RequiresFactAttribute([Prerequisite.Chromium, .. alsoNeeded]);
