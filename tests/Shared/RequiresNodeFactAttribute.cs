namespace ClaimGraph.Tests;

/// <summary>
/// A fact that needs Node and the <c>tests/js</c> packages. Skipped with the reason when they are missing, unless
/// <c>CLAIMGRAPH_REQUIRE_NODE=1</c> (CI): then it runs and fails loudly, naming what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (NodeEnvironment.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>The theory form of <see cref="RequiresNodeFactAttribute"/>: every row is skipped, or run, for the same reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNodeTheoryAttribute : TheoryAttribute
{
    public RequiresNodeTheoryAttribute()
    {
        if (NodeEnvironment.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
