using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>
/// Every validation case of this folder, judged by graphql-js 16 (the reference implementation) against the SDL our
/// schema printer writes: the errors — messages, locations and order — must be the same as ours, except where a case
/// says why graphql-js 16 cannot agree (a 2025-edition rule it lacks; custom scalar parsing it cannot see in SDL).
/// Needs Node and <c>npm ci --prefix tests/js</c>; skipped without them unless CLAIMGRAPH_REQUIRE_NODE=1.
/// </summary>
public sealed class GraphQLJsValidationAgreementTests(ITestOutputHelper output)
{
    public static IReadOnlyList<ValidationCase> AllCases { get; } = ValidationCatalog.All;

    [RequiresNodeFact]
    public async Task Graphql_js_reports_the_same_errors_for_every_case()
    {
        var reference = await ReferenceRunner.ValidateAsync(SpecificationSchema.Instance.ToSdl(), [.. AllCases.Select(c => c.Query)]);
        var disagreements = new List<string>();
        var agreedExactly = 0;
        var known = 0;
        for (var i = 0; i < AllCases.Count; i++)
        {
            var validationCase = AllCases[i];
            var ours = validationCase.Validate();
            var theirs = reference[i];
            switch (validationCase.Agreement)
            {
                case ReferenceAgreement.Same when ours.SequenceEqual(theirs):
                    agreedExactly++;
                    break;
                case ReferenceAgreement.Same:
                    disagreements.Add($"{validationCase.Name}:\n  ours:       {string.Join("\n              ", ours)}\n  graphql-js: {string.Join("\n              ", theirs)}");
                    break;
                case ReferenceAgreement.LacksKnownOperationTypes:
                    known++;
                    ours.Where(e => !e.Contains("operation is not supported by the schema", StringComparison.Ordinal))
                        .Should().Equal(theirs, $"apart from Operation Type Existence, case \"{validationCase.Name}\" must agree");
                    break;
                default:
                    known++;
                    break;
            }
        }
        output.WriteLine($"{agreedExactly} of {AllCases.Count} cases agree exactly with graphql-js; {known} differ for documented reasons.");
        disagreements.Should().BeEmpty();
    }
}

/// <summary>Runs graphql-js's <c>validate</c> through Node on a batch of documents.</summary>
internal static class ReferenceRunner
{
    private static string PackageJson => Path.Combine(NodeEnvironment.ScriptsDirectory, "package.json");

    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ValidateAsync(string sdl, IReadOnlyList<string> queries)
    {
        var script = RepositoryRoot.Combine("tests", "GraphQL.Tests", "Validation", "graphql-js-validate.mjs");
        var startInfo = new ProcessStartInfo(NodeEnvironment.RequireExecutable())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        startInfo.ArgumentList.Add(PackageJson);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(new { sdl, queries }));
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("graphql-js-validate.mjs did not finish within two minutes.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js-validate.mjs exited with {process.ExitCode}: {await stderr}");
        }
        var results = JsonNode.Parse(await stdout)!.AsArray();
        return [.. results.Select(result => (IReadOnlyList<string>)[.. result!.AsArray().Select(Describe)])];
    }

    private static string Describe(JsonNode? error)
    {
        var message = error!["message"]!.GetValue<string>();
        var locations = error["locations"]!.AsArray();
        return locations.Count == 0
            ? message
            : $"{message} ({string.Join(", ", locations.Select(l => $"{l!["line"]!.GetValue<int>()}:{l["column"]!.GetValue<int>()}"))})";
    }
}
