using System.Diagnostics;
using System.Text.Json;

namespace ClaimGraph.GraphQL.Tests.Fixtures;

/// <summary>Runs graphql-js (from tests/js/node_modules) through Node to compare our engine with the reference implementation.</summary>
public static class ReferenceImplementation
{
    public static Task<string> IntrospectionQueryAsync() => RunAsync("introspection-query", stdin: null);

    public static async Task<(IReadOnlyList<string> Errors, string Sdl)> PrintClientSchemaAsync(string introspectionResultJson)
    {
        var output = await RunAsync("print-client-schema", introspectionResultJson);
        using var document = JsonDocument.Parse(output);
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        return (errors, document.RootElement.GetProperty("sdl").GetString()!);
    }

    private static async Task<string> RunAsync(string command, string? stdin)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "js", "graphql-reference.mjs");
        var start = new ProcessStartInfo(NodeEnvironment.RequireExecutable())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(RepositoryRoot.Path);
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {command} failed ({process.ExitCode}): {await error}");
        }
        return await output;
    }
}
