namespace ClaimGraph.Tests;

/// <summary>
/// A fact that needs what <see cref="Prerequisite"/> names (Node, the <c>tests/js</c> packages, the GraphiQL assets,
/// Chromium, Docker). Skipped naming every missing one, unless CI demands it (see <see cref="Prerequisites"/>): then it
/// runs and fails loudly, naming what is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public class RequiresFactAttribute : FactAttribute
{
    public RequiresFactAttribute(params Prerequisite[] prerequisites)
    {
        Prerequisites = prerequisites;
        if (ClaimGraph.Tests.Prerequisites.SkipReason(prerequisites) is { } reason)
        {
            Skip = reason;
        }
    }

    public IReadOnlyList<Prerequisite> Prerequisites { get; }
}

/// <summary>The theory form of <see cref="RequiresFactAttribute"/>: every row is skipped, or run, for the same reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
public class RequiresTheoryAttribute : TheoryAttribute
{
    public RequiresTheoryAttribute(params Prerequisite[] prerequisites)
    {
        Prerequisites = prerequisites;
        if (ClaimGraph.Tests.Prerequisites.SkipReason(prerequisites) is { } reason)
        {
            Skip = reason;
        }
    }

    public IReadOnlyList<Prerequisite> Prerequisites { get; }
}

/// <summary>A fact that needs Node and the <c>tests/js</c> packages (<c>npm ci --prefix tests/js</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNodeFactAttribute() : RequiresFactAttribute(Prerequisite.Node, Prerequisite.NodePackages);

/// <summary>The theory form of <see cref="RequiresNodeFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresNodeTheoryAttribute() : RequiresTheoryAttribute(Prerequisite.Node, Prerequisite.NodePackages);
