using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Hosting;

/// <summary>
/// A new user's first run, with the real programs as separate processes: the README's run-ingest-run walkthrough on the
/// default store, and the API started from a folder other than its own.
/// </summary>
public sealed class FirstRunTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _checkout = Directory.CreateTempSubdirectory("claimgraph-first-run-");
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task Run_the_api_then_ingest_a_folder_then_the_api_again_serves_the_ingested_notes_from_one_store()
    {
        // A copy of the checkout (solution file, seeds, both programs' build output), so the default store is its own.
        var root = _checkout.FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "ClaimGraph.sln"), "");
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Seeds, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(root, "seeds", Path.GetRelativePath(RepositoryFolders.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var apiFolder = BuiltProgram.CopyOutputInto(root, "Api");
        var ingestFolder = BuiltProgram.CopyOutputInto(root, "Ingest");
        var notes = Directory.CreateDirectory(Path.Combine(root, "my-notes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(notes, "first.txt"), "BitTensor funds Nous Research.\n\nDeepSeek released R1 in January.\n");
        await File.WriteAllTextAsync(Path.Combine(notes, "second.txt"), "OpenAI released o3.\n");
        var defaultStore = Path.Combine(root, "data", "claimgraph.db");

        // `dotnet run --project src/Api` runs the API with the project folder as its working directory.
        var apiWorkingDirectory = Path.Combine(root, "src", "Api");
        var seeded = await RunApiAsync(apiFolder, apiWorkingDirectory);
        seeded.Notes.Should().Be(5, "the first start seeds the checkout's five seed notes");
        seeded.Log.Should().Contain($"Store: Sqlite at {defaultStore}");

        // `dotnet run --project src/Ingest -- my-notes` from the repository root.
        await using (var ingest = BuiltProgram.StartFrom(ingestFolder, "ClaimGraph.Ingest.dll", root, ["my-notes", "--json"]))
        {
            var exitCode = await ingest.WaitForExitAsync(StartTimeout);
            exitCode.Should().Be(0, ingest.Output);
            ingest.Output.Should().Contain($"info: ingesting into the Sqlite store at {defaultStore}");
            var report = JsonNode.Parse(ingest.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
            report["notes"]!["added"]!.GetValue<int>().Should().Be(2);
        }

        var served = await RunApiAsync(apiFolder, apiWorkingDirectory);
        served.Notes.Should().Be(7, "the API serves the store the ingest worker wrote");
        Directory.EnumerateFiles(root, "claimgraph.db", SearchOption.AllDirectories).Should().Equal(defaultStore);
    }

    [Fact]
    public async Task Started_from_another_folder_the_api_reads_the_appsettings_beside_it_and_names_them()
    {
        var appFolder = BuiltProgram.OutputFolder("Api");
        var port = BuiltProgram.FreePort();
        await using var api = BuiltProgram.Start("Api", "ClaimGraph.Api.dll", _checkout.FullName, ["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string?>
        {
            ["Store__Sqlite__Path"] = Path.Combine(_checkout.FullName, "store.db"),
        });
        await api.WaitUntilOkAsync(_client, $"http://127.0.0.1:{port}/health/ready", StartTimeout);

        // The dashboard origins and the log levels come only from the appsettings.json shipped beside the app.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/api/stats");
        request.Headers.Add("Origin", "http://localhost:5173");
        using var response = await _client.SendAsync(request);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("http://localhost:5173");
        api.Output.Should().Contain($"configuration files loaded: {Path.Combine(appFolder, "appsettings.json")}");
        api.Output.Should().NotContain("Request starting", "Microsoft.AspNetCore logs at Warning by the shipped appsettings.json");
    }

    /// <summary>Starts the API in <paramref name="programFolder"/> with its default settings, reads the note count, stops it.</summary>
    private async Task<(long Notes, string Log)> RunApiAsync(string programFolder, string workingDirectory)
    {
        var port = BuiltProgram.FreePort();
        await using var api = BuiltProgram.StartFrom(programFolder, "ClaimGraph.Api.dll", workingDirectory, ["--urls", $"http://127.0.0.1:{port}"]);
        await api.WaitUntilOkAsync(_client, $"http://127.0.0.1:{port}/health/ready", StartTimeout);
        var stats = await _client.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/api/stats");
        return (stats.GetProperty("notes").GetInt64(), api.Output);
    }

    public void Dispose()
    {
        _client.Dispose();
        try
        {
            _checkout.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }
}
