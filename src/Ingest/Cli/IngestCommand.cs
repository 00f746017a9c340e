using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ClaimGraph.Ingest.Cli;

/// <summary>
/// <c>ingest &lt;files or folders…&gt; [--catalog &lt;dir&gt;] [--prune] [--json] [--verbose]</c>.
/// Exit codes: 0 every input stored, 1 some input or catalog entry rejected (a missing path, an unlistable folder, an unreadable
/// or invalid file; the good ones are still stored), 2 usage error, 3 the store failed (unreachable, refused or unopenable;
/// every note stored before that stays stored). With <c>--json</c> the last line of stdout is always one JSON object:
/// the report, or <c>{"error": …, "exitCode": …}</c> when the run ended before there was one.
/// </summary>
public static class IngestCommand
{
    public const int Success = 0;
    public const int SomeRejected = 1;
    public const int UsageError = 2;
    public const int StoreFailure = 3;

    /// <param name="configure">Adds configuration after the defaults (tests point the store somewhere else with it).</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Action<IConfigurationBuilder>? configure,
        CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Note files or folders (searched recursively for *.md and *.txt).",
            Arity = ArgumentArity.OneOrMore,
        };
        // Every unmatched token lands in the paths argument; one that looks like an option is a typo, not a file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        var catalogOption = new Option<string?>("--catalog")
        {
            Description = "Catalog folder holding entities.yaml, relations.yaml and notes/ (default: the repository's seeds/).",
        };
        var pruneOption = new Option<bool>("--prune") { Description = "Remove stored notes whose files under the given folders are gone." };
        var jsonOption = new Option<bool>("--json") { Description = "Print the report as one JSON object on the last line of stdout." };
        var verboseOption = new Option<bool>("--verbose") { Description = "Also print throughput and peak memory." };

        var root = new RootCommand("Ingests notes into the ClaimGraph store configured by Store:Provider and Store:Sqlite:Path.")
        {
            paths, catalogOption, pruneOption, jsonOption, verboseOption,
        };

        var exitCode = Success;
        root.SetAction(async (parseResult, token) =>
        {
            var request = new IngestRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(catalogOption),
                parseResult.GetValue(pruneOption),
                parseResult.GetValue(jsonOption),
                parseResult.GetValue(verboseOption));
            try
            {
                exitCode = await IngestAsync(request, stdout, stderr, configure, token);
            }
            catch (Exception exception) when (exception is StoreException or SqliteException)
            {
                // The store itself failed (unreachable, refused, unopenable): nothing more can be stored, so say why and stop.
                exitCode = await FailAsync(request.Json, stdout, stderr, $"the store failed: {exception.Message}", StoreFailure);
            }
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("usage: ingest <files or folders…> [--catalog <dir>] [--prune] [--json] [--verbose]  (--help for details)");
            return UsageError;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
        var actionResult = await parsed.InvokeAsync(invocation, cancellationToken);
        return actionResult != 0 ? actionResult : exitCode;
    }

    private sealed record IngestRequest(string[] Paths, string? Catalog, bool Prune, bool Json, bool Verbose);

    private static async Task<int> IngestAsync(
        IngestRequest request,
        TextWriter stdout,
        TextWriter stderr,
        Action<IConfigurationBuilder>? configure,
        CancellationToken cancellationToken)
    {
        // A missing path is reported with the run's other errors (exit 1) while the paths that exist are still ingested.
        var catalogDirectory = request.Catalog is not null
            ? Path.GetFullPath(request.Catalog)
            : CatalogLoader.FindDefaultDirectory(Environment.CurrentDirectory, AppContext.BaseDirectory);
        if (catalogDirectory is null)
        {
            return await FailAsync(request.Json, stdout, stderr,
                "no catalog: run inside the ClaimGraph repository (to use its seeds/) or pass --catalog <dir>", UsageError);
        }

        if (!File.Exists(Path.Combine(catalogDirectory, CatalogLoader.EntitiesFileName)))
        {
            return await FailAsync(request.Json, stdout, stderr, $"--catalog {catalogDirectory} has no {CatalogLoader.EntitiesFileName}", UsageError);
        }

        using var host = BuildHost(configure, out var configurationError);
        if (host is null)
        {
            return await FailAsync(request.Json, stdout, stderr, configurationError ?? "the store is not configured", UsageError);
        }

        // One line naming the store, so the file the API serves can be compared with the one written here.
        await stderr.WriteLineAsync($"info: ingesting into the {host.Services.GetRequiredService<StoreLocation>()}");
        var writer = host.Services.GetRequiredService<IClaimGraphWriter>();
        var queries = host.Services.GetService<IClaimGraphQueries>();
        var catalog = await CatalogLoader.LoadAsync(catalogDirectory, cancellationToken);
        var ingestor = new NoteIngestor(writer, queries);
        var options = new IngestOptions { Prune = request.Prune };

        IngestReport report;
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && !request.Json;
        if (interactive)
        {
            report = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Ingesting notes", maxValue: 1);
                    var result = await ingestor.IngestAsync(request.Paths, catalog, options, progress =>
                    {
                        task.MaxValue = progress.Total;
                        task.Value = progress.Done;
                        task.Description = $"Ingesting {progress.Done}/{progress.Total}";
                    }, cancellationToken);
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        else
        {
            report = await ingestor.IngestAsync(request.Paths, catalog, options, progress =>
            {
                if (progress.Outcome != IngestOutcome.Unchanged || progress.Done == progress.Total || progress.Done % 500 == 0)
                {
                    stdout.WriteLine($"[{progress.Done}/{progress.Total}] {progress.Outcome.ToString().ToLowerInvariant()} {TerminalText.Escape(progress.File)}");
                }
            }, cancellationToken);
        }

        foreach (var warning in report.Warnings)
        {
            await stderr.WriteLineAsync($"warning: {TerminalText.Escape(warning.ToString())}");
        }

        foreach (var error in report.Errors)
        {
            await stderr.WriteLineAsync($"rejected: {TerminalText.Escape(error.ToString())}");
        }

        await stdout.WriteLineAsync(Summary(report));
        if (request.Verbose)
        {
            await stdout.WriteLineAsync(Throughput(report));
        }

        if (request.Json)
        {
            await stdout.WriteLineAsync(report.ToJson());
        }

        await stdout.FlushAsync(cancellationToken);
        return report.Succeeded ? Success : SomeRejected;
    }

    /// <summary>Says why the run ended early, on stderr and (with <c>--json</c>) as the JSON last line of stdout.</summary>
    private static async Task<int> FailAsync(bool json, TextWriter stdout, TextWriter stderr, string message, int exitCode)
    {
        await stderr.WriteLineAsync($"error: {TerminalText.Escape(message)}");
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new FailureLine(message, exitCode), FailureJson));
            await stdout.FlushAsync();
        }

        return exitCode;
    }

    private static readonly JsonSerializerOptions FailureJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record FailureLine(string Error, int ExitCode);

    private static IHost? BuildHost(Action<IConfigurationBuilder>? configure, out string? error)
    {
        // appsettings.json ships beside the executable; the current directory's appsettings.json, the environment
        // (Store__Sqlite__Path) and test overrides are layered on top. Relative store paths resolve as the API's do
        // (StoreLocation.BaseDirectory: the repository root when run inside the repository, else the current directory).
        var configuration = new ConfigurationManager();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Environment.CurrentDirectory,
            Configuration = configuration,
        });
        configure?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        try
        {
            builder.AddClaimGraphStore();
            error = null;
            return builder.Build();
        }
        catch (InvalidOperationException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static string Summary(IngestReport report)
    {
        var scope = report.CountsAreStoreTotals ? "store now holds" : "this run wrote";
        var pruned = report.Pruned > 0 ? $", {report.Pruned} pruned" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"notes: {report.Notes.Added} added, {report.Notes.Updated} updated, {report.Notes.Unchanged} unchanged, {report.Notes.Rejected} rejected, {report.Notes.Skipped} skipped{pruned}; {scope} {report.Claims} claims, {report.Mentions} mentions, {report.Entities} entities, {report.Relations} relations; {report.Errors.Count} errors, {report.Warnings.Count} warnings; timestamps: {report.Timestamps.Repaired} repaired, {report.Timestamps.Dropped} dropped; {report.ElapsedMs} ms");
    }

    private static string Throughput(IngestReport report)
    {
        var seconds = Math.Max(report.ElapsedMs, 1) / 1000.0;
        var peak = PeakWorkingSetMegabytes();
        return string.Create(CultureInfo.InvariantCulture,
            $"claims written: {report.ClaimsWritten} ({report.ClaimsWritten / seconds:0} claims/s); mentions written: {report.MentionsWritten}; peak memory: {peak}");
    }

    /// <summary>Peak resident memory: VmHWM from /proc on Linux, the process's peak working set elsewhere.</summary>
    private static string PeakWorkingSetMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{kilobytes / 1024.0:0} MB (VmHWM)");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MB");
    }
}
