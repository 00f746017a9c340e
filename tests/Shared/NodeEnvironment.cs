using System.Diagnostics;

namespace ClaimGraph.Tests;

/// <summary>
/// Whether the Node-driven checks can run here: a <c>node</c> executable on PATH and the packages of <c>tests/js</c>
/// installed (<c>npm ci --prefix tests/js</c>). With <c>CLAIMGRAPH_REQUIRE_NODE=1</c> (CI) a missing piece fails the test instead of skipping it.
/// </summary>
public static class NodeEnvironment
{
    public const string RequireVariable = Prerequisites.RequireNodeVariable;

    private static readonly Prerequisite[] Needed = [Prerequisite.Node, Prerequisite.NodePackages];

    public static string ScriptsDirectory => RepositoryRoot.Combine("tests", "js");

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the checks cannot run, or null when they can.</summary>
    public static string? MissingReason() =>
        Needed.Select(Prerequisites.MissingReason).OfType<string>().FirstOrDefault();

    /// <summary>The skip reason: null when the test should run (Node present, or required by CI so that it fails loudly).</summary>
    public static string? SkipReason() => Prerequisites.SkipReason(Needed);

    /// <summary>The node executable; throws with the reason when it is missing (reached only when CI requires Node).</summary>
    public static string RequireExecutable()
    {
        Prerequisites.Require(Needed);
        return Prerequisites.NodePath!;
    }

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
}
