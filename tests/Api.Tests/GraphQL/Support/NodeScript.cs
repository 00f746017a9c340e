using System.Diagnostics;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>Runs one of the <c>tests/js</c> scripts with Node, feeding it stdin and returning its stdout.</summary>
public static class NodeScript
{
    public static async Task<string> RunAsync(
        string scriptName, IReadOnlyList<string> arguments, string? standardInput, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(NodeEnvironment.RequireExecutable())
        {
            WorkingDirectory = NodeEnvironment.ScriptsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(NodeEnvironment.ScriptsDirectory, scriptName));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start node for {scriptName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
            }
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stdout = await output;
        var stderr = await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {scriptName} exited with {process.ExitCode}:\n{stderr}");
        }
        return stdout;
    }
}
