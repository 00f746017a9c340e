namespace ClaimGraph.Tests;

/// <summary>Something a conditional test needs from the machine, beyond the .NET SDK.</summary>
public enum Prerequisite
{
    /// <summary>A <c>node</c> executable on PATH.</summary>
    Node,

    /// <summary>The packages of <c>tests/js</c> (<c>npm ci --prefix tests/js</c>).</summary>
    NodePackages,

    /// <summary>GraphiQL's browser files, which the API build restores with npm into <c>src/Api/wwwroot/graphiql/</c>.</summary>
    GraphiQLAssets,

    /// <summary>A Chromium executable on PATH (Playwright drives the system browser; it cannot download its own here).</summary>
    Chromium,

    /// <summary>A reachable Docker engine (Testcontainers).</summary>
    Docker,

    /// <summary>GNU wget on PATH: the compose health check of the neo4j image runs it, and a test runs that command here.</summary>
    Wget,
}

/// <summary>
/// Whether each <see cref="Prerequisite"/> is present, why not, and whether CI demands it. A test skips, naming every
/// missing prerequisite, unless one of them is demanded (<c>CLAIMGRAPH_REQUIRE_NODE=1</c> for Node, its packages and the
/// npm-built GraphiQL files; <c>CLAIMGRAPH_REQUIRE_BROWSER=1</c> for Chromium): then it runs and fails, naming it.
/// </summary>
public static class Prerequisites
{
    public const string RequireNodeVariable = "CLAIMGRAPH_REQUIRE_NODE";
    public const string RequireBrowserVariable = "CLAIMGRAPH_REQUIRE_BROWSER";

    private static readonly string[] RequiredNodePackages = ["graphql", "graphql-http", "@neo4j-cypher/language-support"];

    private static readonly string[] GraphiQLAssetFiles =
        ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"];

    private static readonly Lazy<string?> NodeExecutable = new(() => FindOnPath(OperatingSystem.IsWindows() ? ["node.exe", "node.cmd"] : ["node"]));

    private static readonly Lazy<string?> ChromiumExecutable = new(() => FindOnPath(["chromium", "chromium-browser"]));

    public static string GraphiQLAssetsDirectory => RepositoryRoot.Combine("src", "Api", "wwwroot", "graphiql");

    /// <summary>The node executable on PATH, or null.</summary>
    public static string? NodePath => NodeExecutable.Value;

    /// <summary>The Chromium executable on PATH, or null.</summary>
    public static string? ChromiumPath => ChromiumExecutable.Value;

    /// <summary>Why <paramref name="prerequisite"/> is missing, with how to get it; null when it is present.</summary>
    public static string? MissingReason(Prerequisite prerequisite) => prerequisite switch
    {
        Prerequisite.Node => NodePath is null ? "node was not found on PATH (install Node.js 20+ with npm)" : null,
        Prerequisite.NodePackages => MissingNodePackages() is { Count: > 0 } missing
            ? $"tests/js/node_modules lacks {string.Join(", ", missing)} (run `npm ci --prefix tests/js`)"
            : null,
        Prerequisite.GraphiQLAssets => MissingGraphiQLAssets() is { Count: > 0 } missing
            ? $"the GraphiQL assets were not restored by the build: src/Api/wwwroot/graphiql lacks {string.Join(", ", missing)} (install Node.js 20+ with npm and rebuild src/Api)"
            : null,
        Prerequisite.Chromium => ChromiumPath is null ? "chromium was not found on PATH (apt-get install chromium)" : null,
        Prerequisite.Docker => DockerEngine.UnreachableReason(),
        Prerequisite.Wget => FindOnPath(["wget"]) is null ? "wget was not found on PATH (apt-get install wget)" : null,
        _ => throw new ArgumentOutOfRangeException(nameof(prerequisite), prerequisite, null),
    };

    /// <summary>The variable that turns a missing <paramref name="prerequisite"/> into a failure, or null when none does.</summary>
    public static string? RequireVariable(Prerequisite prerequisite) => prerequisite switch
    {
        Prerequisite.Node or Prerequisite.NodePackages or Prerequisite.GraphiQLAssets => RequireNodeVariable,
        Prerequisite.Chromium => RequireBrowserVariable,
        Prerequisite.Docker or Prerequisite.Wget => null,
        _ => throw new ArgumentOutOfRangeException(nameof(prerequisite), prerequisite, null),
    };

    public static bool IsDemanded(Prerequisite prerequisite) =>
        RequireVariable(prerequisite) is { } variable && Environment.GetEnvironmentVariable(variable) == "1";

    /// <summary>
    /// The skip reason for a test needing <paramref name="needed"/>: every missing one, named. Null when all are present,
    /// or when a missing one is demanded by CI, so that the test runs and fails naming it.
    /// </summary>
    public static string? SkipReason(IEnumerable<Prerequisite> needed) =>
        SkipReason(needed.Distinct()
            .Select(prerequisite => (Prerequisite: prerequisite, Reason: MissingReason(prerequisite)))
            .Where(entry => entry.Reason is not null)
            .Select(entry => new Missing(entry.Reason!, RequireVariable(entry.Prerequisite), IsDemanded(entry.Prerequisite)))
            .ToList());

    /// <summary>A prerequisite found missing: why, which variable demands it, and whether that variable is set.</summary>
    public sealed record Missing(string Reason, string? RequireVariable, bool Demanded);

    /// <summary>The decision over what is missing: skip naming all of it, unless something missing is demanded (then run and fail).</summary>
    public static string? SkipReason(IReadOnlyList<Missing> missing)
    {
        if (missing.Count == 0 || missing.Any(entry => entry.Demanded))
        {
            return null;
        }

        var demandable = missing.Select(entry => entry.RequireVariable).OfType<string>().Distinct().ToList();
        var howToFail = demandable.Count == 0 ? "" : $"; set {string.Join(" and ", demandable.Select(variable => $"{variable}=1"))} to make this a failure";
        return $"{string.Join("; ", missing.Select(entry => entry.Reason))}{howToFail}";
    }

    /// <summary>Throws naming the first missing prerequisite: how a test demanded by CI fails instead of skipping.</summary>
    public static void Require(params Prerequisite[] needed)
    {
        foreach (var prerequisite in needed)
        {
            if (MissingReason(prerequisite) is { } reason)
            {
                var demandedBy = RequireVariable(prerequisite) is { } variable && IsDemanded(prerequisite) ? $" ({variable}=1 makes this a failure instead of a skip)" : "";
                throw new InvalidOperationException($"This test cannot run: {reason}{demandedBy}.");
            }
        }
    }

    private static List<string> MissingNodePackages() =>
        RequiredNodePackages
            .Where(package => !File.Exists(Path.Combine(NodeEnvironment.ScriptsDirectory, "node_modules", package, "package.json")))
            .ToList();

    private static List<string> MissingGraphiQLAssets() =>
        GraphiQLAssetFiles.Where(file => !File.Exists(Path.Combine(GraphiQLAssetsDirectory, file))).ToList();

    private static string? FindOnPath(string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
