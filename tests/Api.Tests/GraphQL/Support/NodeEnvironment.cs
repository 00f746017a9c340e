namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>
/// Whether the Node-driven reference checks can run here: a <c>node</c> executable on PATH and the packages of
/// <c>tests/js</c> installed (<c>npm ci --prefix tests/js</c>). With <c>CLAIMGRAPH_REQUIRE_NODE=1</c> (CI) a missing piece
/// is a test failure, not a skip.
/// </summary>
public static class NodeEnvironment
{
    public const string RequireVariable = "CLAIMGRAPH_REQUIRE_NODE";

    private static readonly string[] RequiredPackages = ["graphql", "graphql-http"];

    private static readonly Lazy<string?> Executable = new(FindNodeExecutable);

    public static string ScriptsDirectory => RepositoryRoot.Combine("tests", "js");

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the checks cannot run, or null when they can.</summary>
    public static string? MissingReason()
    {
        if (Executable.Value is null)
        {
            return "node was not found on PATH; install Node.js 20+ to run the graphql-js and graphql-http reference checks";
        }
        var missing = RequiredPackages
            .Where(package => !File.Exists(Path.Combine(ScriptsDirectory, "node_modules", package, "package.json")))
            .ToList();
        return missing.Count == 0
            ? null
            : $"tests/js/node_modules lacks {string.Join(", ", missing)}; run `npm ci --prefix tests/js`";
    }

    /// <summary>The skip reason for a Node-driven test: null when it should run (Node present, or required by CI).</summary>
    public static string? SkipReason() =>
        MissingReason() is { } reason && !IsRequired ? $"{reason} (set {RequireVariable}=1 to make this a failure)" : null;

    /// <summary>The node executable; throws with the reason when it is missing (reached only when CI requires Node).</summary>
    public static string RequireExecutable()
    {
        if (MissingReason() is { } reason)
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but the Node reference checks cannot run: {reason}.");
        }
        return Executable.Value!;
    }

    private static string? FindNodeExecutable()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe", "node.cmd" } : ["node"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
