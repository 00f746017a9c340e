using System.Text.Json;
using ClaimGraph.Ingest.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>Runs the ingest CLI's entry point in-process against a temporary SQLite file.</summary>
public sealed class IngestCliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-cli-" + Guid.NewGuid().ToString("N"));

    public IngestCliTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<(int ExitCode, string[] Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var database = Path.Combine(_directory, "store.db");
        var exitCode = await IngestCommand.RunAsync(
            args,
            stdout,
            stderr,
            configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = database }),
            CancellationToken.None);
        return (exitCode, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    private static JsonElement LastLineJson(string[] stdout) => JsonDocument.Parse(stdout[^1]).RootElement;

    [Fact]
    public async Task Seeds_ingest_with_exit_code_0_and_a_json_last_line()
    {
        var (exitCode, stdout, stderr) = await RunAsync(SeedCatalog.NotesDirectory, "--json");

        exitCode.Should().Be(IngestCommand.Success, because: stderr);
        var report = LastLineJson(stdout);
        report.GetProperty("notes").GetProperty("added").GetInt32().Should().Be(5);
        report.GetProperty("notes").GetProperty("rejected").GetInt32().Should().Be(0);
        report.GetProperty("claims").GetInt32().Should().BeGreaterThan(100);
        report.GetProperty("errors").GetArrayLength().Should().Be(0);
        report.EnumerateObject().Select(p => p.Name).Should().Equal("notes", "claims", "mentions", "entities", "relations", "elapsedMs", "errors", "warnings", "timestamps");
        report.GetProperty("timestamps").GetProperty("repaired").GetInt32().Should().Be(0, "the seed notes write hours first");

        var (secondExit, secondOut, _) = await RunAsync(SeedCatalog.NotesDirectory, "--json", "--catalog", SeedCatalog.CatalogDirectory);

        secondExit.Should().Be(IngestCommand.Success);
        LastLineJson(secondOut).GetProperty("notes").GetProperty("unchanged").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task A_rejected_input_gives_exit_code_1_and_the_good_ones_are_stored()
    {
        var notes = Path.Combine(_directory, "notes");
        Directory.CreateDirectory(notes);
        await File.WriteAllTextAsync(Path.Combine(notes, "good.md"), "---\ntitle: Good\n---\n\nOpenAI released o3.\n");
        await File.WriteAllBytesAsync(Path.Combine(notes, "binary.md"), [1, 2, 0, 3]);

        var (exitCode, stdout, stderr) = await RunAsync(notes, "--json");

        exitCode.Should().Be(IngestCommand.SomeRejected);
        var report = LastLineJson(stdout);
        report.GetProperty("notes").GetProperty("added").GetInt32().Should().Be(1);
        report.GetProperty("notes").GetProperty("rejected").GetInt32().Should().Be(1);
        var error = report.GetProperty("errors")[0];
        error.GetProperty("file").GetString().Should().EndWith("binary.md");
        error.GetProperty("line").GetInt32().Should().Be(1);
        error.GetProperty("message").GetString().Should().StartWith("binary file");
        stderr.Should().Contain("binary.md");
    }

    [Fact]
    public async Task An_unreachable_store_gives_exit_code_3_with_the_reason()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var exitCode = await IngestCommand.RunAsync(
            [SeedCatalog.NotesDirectory, "--json"],
            stdout,
            stderr,
            configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = "Neo4j",
                ["Store:Neo4j:Uri"] = $"http://127.0.0.1:{port}",
                ["Store:Neo4j:Resilience:TotalTimeout"] = "00:00:02",
            }),
            CancellationToken.None);

        exitCode.Should().Be(IngestCommand.StoreFailure);
        stderr.ToString().Should().Contain("error: the store failed").And.Contain($"127.0.0.1:{port}");
        var last = LastLineJson(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        last.GetProperty("exitCode").GetInt32().Should().Be(IngestCommand.StoreFailure);
        last.GetProperty("error").GetString().Should().Contain($"127.0.0.1:{port}");
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--catalog")]
    public async Task Usage_errors_give_exit_code_2(string badArgument)
    {
        var (exitCode, _, stderr) = await RunAsync(SeedCatalog.NotesDirectory, badArgument);

        exitCode.Should().Be(IngestCommand.UsageError);
        stderr.Should().Contain("usage:");
    }

    [Fact]
    public async Task No_paths_is_a_usage_error()
    {
        var (exitCode, _, _) = await RunAsync();

        exitCode.Should().Be(IngestCommand.UsageError);
    }

    [Fact]
    public async Task A_missing_path_is_an_error_for_that_path_and_the_others_are_still_ingested()
    {
        var missing = Path.Combine(_directory, "missing");
        var notes = Path.Combine(_directory, "notes");
        Directory.CreateDirectory(notes);
        await File.WriteAllTextAsync(Path.Combine(notes, "good.md"), "---\ntitle: Good\n---\n\nOpenAI released o3.\n");

        var (exitCode, stdout, stderr) = await RunAsync(missing, notes, "--json");

        exitCode.Should().Be(IngestCommand.SomeRejected);
        stderr.Should().Contain($"{missing}: no such file or folder");
        var report = LastLineJson(stdout);
        report.GetProperty("notes").GetProperty("added").GetInt32().Should().Be(1);
        report.GetProperty("errors")[0].GetProperty("file").GetString().Should().Be(missing);
    }

    [Fact]
    public async Task Only_missing_paths_still_end_with_the_json_report()
    {
        var missing = Path.Combine(_directory, "missing");

        var (exitCode, stdout, stderr) = await RunAsync(missing, "--json");

        exitCode.Should().Be(IngestCommand.SomeRejected);
        stderr.Should().Contain($"{missing}: no such file or folder");
        LastLineJson(stdout).GetProperty("notes").GetProperty("rejected").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Progress_and_errors_escape_control_and_bidi_characters_in_file_names()
    {
        var notes = Path.Combine(_directory, "notes");
        Directory.CreateDirectory(notes);
        var tricky = "evil\nline\u202Efdp.md";
        await File.WriteAllTextAsync(Path.Combine(notes, tricky), "---\ntitle: Tricky\n---\n\nOpenAI released o3.\n");
        await File.WriteAllBytesAsync(Path.Combine(notes, "bad\u001b[31m.md"), [0]);

        var (_, stdout, stderr) = await RunAsync(notes);

        stdout.Should().Contain(line => line.Contains("added") && line.Contains("evil\\u{000A}line\\u{202E}fdp.md"));
        string.Join('\n', stdout).Should().NotContain("\u202E");
        stderr.Should().Contain("bad\\u{001B}[31m.md").And.NotContain("\u001b");
    }

    [Fact]
    public async Task A_note_that_yields_no_claims_is_stored_with_a_warning()
    {
        var notes = Path.Combine(_directory, "notes");
        Directory.CreateDirectory(notes);
        await File.WriteAllTextAsync(Path.Combine(notes, "code.md"), "---\ntitle: Only code\n---\n\n```python\nprint(1)\n```\n");

        var (exitCode, stdout, stderr) = await RunAsync(notes, "--json");

        exitCode.Should().Be(IngestCommand.Success, "a note without claims is stored; it is a warning, not an error");
        stderr.Should().Contain("warning: ").And.Contain("code.md: stored without claims");
        LastLineJson(stdout).GetProperty("warnings")[0].GetProperty("file").GetString().Should().EndWith("code.md");
    }

    [Fact]
    public async Task Catalog_folder_without_entities_is_a_usage_error()
    {
        var (exitCode, _, stderr) = await RunAsync(SeedCatalog.NotesDirectory, "--catalog", _directory);

        exitCode.Should().Be(IngestCommand.UsageError);
        stderr.Should().Contain("has no entities.yaml");
    }
}
