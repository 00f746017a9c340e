using System.Diagnostics;

namespace ClaimGraph.Tests;

/// <summary>
/// Whether the Node-driven checks can run here: a <c>node</c> executable on PATH and the packages of <c>tests/js</c>
/// installed (<c>npm ci --prefix tests/js</c>). With <c>CLAIMGRAPH_REQUIRE_NODE=1</c> (CI) a missing piece fails the test instead of skipping it.
/// </summary>
public static class NodeEnvironment
{
    public const string RequireVariable = "CLAIMGRAPH_REQUIRE_NODE";

    private static readonly string[] RequiredPackages = ["graphql", "graphql-http", "@neo4j-cypher/language-support"];

    private static readonly Lazy<string?> Executable = new(FindNodeExecutable);

    public static string ScriptsDirectory => RepositoryRoot.Combine("tests", "js");

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the checks cannot run, or null when they can.</summary>
    public static string? MissingReason()
    {
        if (Executable.Value is null)
        {
            return "node was not found on PATH; install Node.js 20+ with npm to run the Node-driven checks";
        }

        var missing = RequiredPackages
            .Where(package => !File.Exists(Path.Combine(ScriptsDirectory, "node_modules", package, "package.json")))
            .ToList();
        return missing.Count == 0 ? null : $"tests/js/node_modules lacks {string.Join(", ", missing)}; run `npm ci --prefix tests/js`";
    }

    /// <summary>The skip reason: null when the test should run (Node present, or required by CI so that it fails loudly).</summary>
    public static string? SkipReason() =>
        MissingReason() is { } reason && !IsRequired ? $"{reason} (set {RequireVariable}=1 to make this a failure)" : null;

    /// <summary>The node executable; throws with the reason when it is missing (reached only when CI requires Node).</summary>
    public static string RequireExecutable() =>
        MissingReason() is { } reason
            ? throw new InvalidOperationException($"The Node-driven check cannot run: {reason} ({RequireVariable}=1 makes this a failure instead of a skip).")
            : Executable.Value!;

    /// <summary>Runs a <c>tests/js</c> script and returns its stdout; throws with stderr when it exits non-zero.</summary>
    public static async Task<string> RunScriptAsync(string scriptName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(RequireExecutable())
        {
            WorkingDirectory = ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(ScriptsDirectory, scriptName));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start node for {scriptName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stdout = await output;
        var stderr = await error;
        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"node {scriptName} exited with {process.ExitCode}:\n{stderr}");
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
