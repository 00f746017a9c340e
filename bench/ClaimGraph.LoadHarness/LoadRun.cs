using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.LoadHarness;

/// <summary>
/// One load run: build, ingest (with its floor), export for the peer, replicate for growth, serve, drive with wrk and
/// the paced client, and print the ratios. Everything listens on 127.0.0.1 and every child process is stopped at the end.
/// </summary>
public static class LoadRun
{
    private const string UncachedSuffix = "-uncached";

    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(HarnessOptions options, CancellationToken cancellationToken)
    {
        if (options.IngestOnly)
        {
            return await RunIngestOnlyAsync(options, cancellationToken);
        }

        var wrk = ChildProcess.FindOnPath("wrk");
        if (wrk is null)
        {
            Console.Error.WriteLine(Wrk.InstallHint);
            return 3;
        }
        var repository = FindRepositoryRoot();
        var corpus = Path.GetFullPath(options.Corpus ?? Path.Combine(repository, "seeds", "notes"));
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"error: --corpus {corpus}: no such folder");
            return 2;
        }

        var scratch = Directory.CreateTempSubdirectory("claimgraph-load-");
        try
        {
            var result = await RunAsync(options, repository, corpus, wrk, scratch.FullName, cancellationToken);
            Console.WriteLine();
            Console.WriteLine(result.ToTable());
            var output = options.Out ?? Path.Combine(repository, "bench", "results", $"{result.StartedAt:yyyyMMdd-HHmmss}.json");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, ResultJson), cancellationToken);
            Console.WriteLine($"written {output}");
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled");
            return 130;
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or FormatException or HttpRequestException or IOException)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Figure 4 alone: the warm-up read, the parse floor and one ingest into a fresh store, in one process; with --growth
    /// also figure 5a, the 2x and 4x replicas ingested into fresh stores.
    /// </summary>
    private static async Task<int> RunIngestOnlyAsync(HarnessOptions options, CancellationToken cancellationToken)
    {
        var repository = FindRepositoryRoot();
        var corpus = Path.GetFullPath(options.Corpus ?? Path.Combine(repository, "seeds", "notes"));
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"error: --corpus {corpus}: no such folder");
            return 2;
        }

        var scratch = Directory.CreateTempSubdirectory("claimgraph-ingest-");
        try
        {
            var loadAtStart = string.Join(' ', LoadAverage());
            Log($"{Environment.ProcessorCount} cores, load average {loadAtStart}; scratch {scratch.FullName}");
            var catalog = await CatalogLoader.LoadAsync(Path.Combine(repository, "seeds"), cancellationToken);
            var (files, bytes) = await IngestMeasurement.WarmAsync([corpus], cancellationToken);
            var floor = await IngestMeasurement.MeasureFloorAsync(files, catalog, cancellationToken);
            var storePath = Path.Combine(scratch.FullName, "claimgraph.db");
            var ingest = await IngestMeasurement.IngestAsync([corpus], bytes, files.Count, catalog, storePath, cancellationToken);
            var peak = ingest.PeakResidentBytes is long resident
                ? string.Create(CultureInfo.InvariantCulture, $"{resident / 1048576.0:F0} MiB")
                : "n/a";
            var invariant = CultureInfo.InvariantCulture;
            Console.WriteLine();
            Console.WriteLine(string.Create(invariant, $"corpus     {corpus}: {files.Count} files, {bytes / 1e6:F1} MB"));
            Console.WriteLine(string.Create(invariant,
                $"floor      {floor.Seconds:F2} s ({floor.MegabytesPerSecond:F2} MB/s, {floor.Claims} claims); linking {floor.LinkSeconds:F2} s more"));
            Console.WriteLine(string.Create(invariant,
                $"ingest     {ingest.Seconds:F2} s ({ingest.MegabytesPerSecond:F2} MB/s, {ingest.ClaimsPerSecond:F0} claims/s); {ingest.NotesStored} notes stored, {ingest.Rejected} rejected, {ingest.Errors} errors"));
            Console.WriteLine(string.Create(invariant, $"ingest CPU {ingest.CpuSeconds:F2} s (all threads, user + kernel)"));
            Console.WriteLine($"peak RSS   {peak} during the ingest");
            Console.WriteLine(string.Create(invariant, $"figure 4   {floor.Seconds / ingest.Seconds:F3} (floor s / ingest s; target >= 0.4)"));
            if (options.IngestGrowth)
            {
                await ReportGrowthAsync(options.GrowthRuns, corpus, files, catalog, ingest, scratch.FullName, cancellationToken);
            }
            Console.WriteLine($"load       {loadAtStart} at start, {string.Join(' ', LoadAverage())} at end (1, 5, 15 min)");
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("cancelled");
            return 130;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<RunResult> RunAsync(
        HarnessOptions options, string repository, string corpus, string wrk, string scratch, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var loadAtStart = LoadAverage();
        Log($"{Environment.ProcessorCount} cores, load average {string.Join(' ', loadAtStart)}; scratch {scratch}");

        Log("building the API (Release)");
        await ChildProcess.RunCheckedAsync("dotnet", ["build", Path.Combine(repository, "src", "Api", "ClaimGraph.Api.csproj"), "-c", "Release", "--nologo", "-v", "quiet"], repository, cancellationToken);
        var apiAssembly = Path.Combine(repository, "src", "Api", "bin", "Release", "net10.0", "ClaimGraph.Api.dll");
        var apiContentRoot = Path.Combine(repository, "src", "Api");

        var peerFolder = Path.Combine(repository, "bench", "node-peer");
        var peerSkipped = await PreparePeerAsync(options, peerFolder, cancellationToken);

        var catalog = await CatalogLoader.LoadAsync(Path.Combine(repository, "seeds"), cancellationToken);
        Log($"ingesting {corpus} into a fresh store");
        var (files, bytes) = await IngestMeasurement.WarmAsync([corpus], cancellationToken);
        var floor = await IngestMeasurement.MeasureFloorAsync(files, catalog, cancellationToken);
        var store1 = Path.Combine(scratch, "store-1x", "claimgraph.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store1)!);
        var ingest = await IngestMeasurement.IngestAsync([corpus], bytes, files.Count, catalog, store1, cancellationToken);
        Log($"  {ingest.Files} files, {ingest.Seconds:F2} s ({ingest.MegabytesPerSecond:F2} MB/s); floor {floor.Seconds:F2} s");

        ExportCounts? export = null;
        var exportPath = Path.Combine(scratch, "peer-export.json");
        if (peerSkipped is null)
        {
            Log("exporting the store for the Node peer");
            await using var store = await ClaimGraph.Storage.Sqlite.SqliteClaimGraphStore.OpenAsync(store1, cancellationToken);
            export = await PeerExport.WriteAsync(store, exportPath, cancellationToken);
        }

        var growthStores = new List<(int Scale, IngestFigures Ingest, string Store)>();
        if (options.Growth)
        {
            Log("replicating the corpus for 2x and 4x");
            var copies = await CorpusReplicas.WriteAsync(corpus, files, 3, Path.Combine(scratch, "replicas"), cancellationToken);
            foreach (var scale in new[] { 2, 4 })
            {
                var inputs = new[] { corpus }.Concat(copies.Take(scale - 1)).ToList();
                var (scaledFiles, scaledBytes) = await IngestMeasurement.WarmAsync(inputs, cancellationToken);
                var store = Path.Combine(scratch, $"store-{scale}x", "claimgraph.db");
                Directory.CreateDirectory(Path.GetDirectoryName(store)!);
                Log($"ingesting {scale}x ({scaledFiles.Count} files)");
                var figures = await IngestMeasurement.IngestAsync(inputs, scaledBytes, scaledFiles.Count, catalog, store, cancellationToken);
                Log($"  {figures.Seconds:F2} s");
                growthStores.Add((scale, figures, store));
            }
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var endpoints = new List<EndpointResult>();
        var growth = new List<GrowthPoint>();
        long? apiPeak;
        HostileLoadResult? hostile = null;
        bool? peerMatch = null;
        var pathTarget = (Uri baseUri) => new LoadTarget(
            "rest-path", "ClaimGraph",
            new Uri(baseUri, $"api/paths?from={Uri.EscapeDataString(options.PathFrom)}&to={Uri.EscapeDataString(options.PathTo)}&maxHops={options.MaxHops}"),
            null);

        Log("starting the API on the 1x store (server cache on, as configured by default)");
        await using (var api = await ServerProcess.StartApiAsync(apiAssembly, apiContentRoot, store1, serverCache: true, client, cancellationToken))
        {
            var entityBody = GraphQLBody(repository, "entity.graphql", options.EntityId);
            var heavyBody = GraphQLBody(repository, "entity-relations-evidence.graphql", options.EntityId);
            var restEntity = new LoadTarget("rest-entity", "ClaimGraph", new Uri(api.BaseUri, $"api/entities/{Uri.EscapeDataString(options.EntityId)}"), null);
            var entityBytes = (await FetchAsync(client, restEntity, cancellationToken)).Length;
            var targets = new List<LoadTarget>
            {
                new("static-same-size", "ClaimGraph", new Uri(api.BaseUri, $"bench/static?bytes={entityBytes}"), null),
                restEntity,
                new("graphql-entity", "ClaimGraph", new Uri(api.BaseUri, "graphql"), entityBody),
                new("graphql-heavy", "ClaimGraph", new Uri(api.BaseUri, "graphql"), heavyBody),
                pathTarget(api.BaseUri),
            };
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var target in targets)
            {
                answers[target.Name] = await FetchAsync(client, target, cancellationToken);
            }
            if (answers["static-same-size"].Length != entityBytes)
            {
                throw new InvalidOperationException($"the static endpoint answered {answers["static-same-size"].Length} bytes, not {entityBytes}");
            }
            await WarmUpServerAsync(wrk, targets, options, scratch, cancellationToken);
            foreach (var target in targets)
            {
                endpoints.Add(await DriveAsync(wrk, client, target, answers[target.Name].Length, options, scratch, cancellationToken));
            }
            apiPeak = api.PeakResidentBytes();

            if (peerSkipped is null)
            {
                var schemaPath = Path.Combine(scratch, "schema.graphql");
                await File.WriteAllTextAsync(schemaPath, await client.GetStringAsync(new Uri(api.BaseUri, "graphql/schema.graphql"), cancellationToken), cancellationToken);
                Log("starting the Node peer (graphql@16 + graphql-http)");
                await using var peer = await ServerProcess.StartNodePeerAsync(peerFolder, exportPath, schemaPath, client, cancellationToken);
                var peerTargets = new[]
                {
                    new LoadTarget("node-graphql-entity", "Node", new Uri(peer.BaseUri, "graphql"), entityBody),
                    new LoadTarget("node-graphql-heavy", "Node", new Uri(peer.BaseUri, "graphql"), heavyBody),
                };
                peerMatch = true;
                var peerAnswers = new List<string>();
                foreach (var (peerTarget, ours) in peerTargets.Zip(new[] { answers["graphql-entity"], answers["graphql-heavy"] }))
                {
                    var theirs = await FetchAsync(client, peerTarget, cancellationToken);
                    peerAnswers.Add(theirs);
                    if (!JsonNode.DeepEquals(JsonNode.Parse(ours)?["data"], JsonNode.Parse(theirs)?["data"]))
                    {
                        peerMatch = false;
                        Log($"  WARNING: {peerTarget.Name} answers differently from ClaimGraph:\n  ours:   {Clip(ours)}\n  theirs: {Clip(theirs)}");
                    }
                }
                // Stop the API so the peer runs with the machine to itself, as ClaimGraph did.
                await api.DisposeAsync();
                await WarmUpServerAsync(wrk, peerTargets, options, scratch, cancellationToken);
                for (var i = 0; i < peerTargets.Length; i++)
                {
                    endpoints.Add(await DriveAsync(wrk, client, peerTargets[i], peerAnswers[i].Length, options, scratch, cancellationToken));
                }
            }
        }

        // The same requests with the server cache off: what answering from the store costs. Growth is measured this way
        // too, since a cached path answer would not depend on the size of the graph at all.
        Log("starting the API on the 1x store with the server cache off");
        await using (var api = await ServerProcess.StartApiAsync(apiAssembly, apiContentRoot, store1, serverCache: false, client, cancellationToken))
        {
            var uncached = new List<LoadTarget>
            {
                new("rest-entity" + UncachedSuffix, "ClaimGraph", new Uri(api.BaseUri, $"api/entities/{Uri.EscapeDataString(options.EntityId)}"), null),
                new("graphql-entity" + UncachedSuffix, "ClaimGraph", new Uri(api.BaseUri, "graphql"), GraphQLBody(repository, "entity.graphql", options.EntityId)),
                new("graphql-heavy" + UncachedSuffix, "ClaimGraph", new Uri(api.BaseUri, "graphql"), GraphQLBody(repository, "entity-relations-evidence.graphql", options.EntityId)),
                pathTarget(api.BaseUri) with { Name = "rest-path" + UncachedSuffix },
            };
            var uncachedAnswers = new List<string>();
            foreach (var target in uncached)
            {
                uncachedAnswers.Add(await FetchAsync(client, target, cancellationToken));
            }
            await WarmUpServerAsync(wrk, uncached, options, scratch, cancellationToken);
            for (var i = 0; i < uncached.Count; i++)
            {
                endpoints.Add(await DriveAsync(wrk, client, uncached[i], uncachedAnswers[i].Length, options, scratch, cancellationToken));
            }

            var normal = uncached.First(target => target.Name == "graphql-entity" + UncachedSuffix);
            Log($"{normal.Name}: paced {options.LatencySeconds} s alone, then {options.LatencySeconds} s beside {options.HostileRate} hostile req/s");
            hostile = await HostileStream.MeasureAsync(
                client, normal, api.BaseUri, options.Rate, options.HostileRate, TimeSpan.FromSeconds(options.LatencySeconds), cancellationToken);
            Log($"  p99 {hostile.Quiet.P99Ms:F2} ms alone, {hostile.UnderHostileStream.P99Ms:F2} ms beside the stream; hostile answers 2xx {hostile.Hostile2xx}, 4xx {hostile.Hostile4xx}, 5xx {hostile.Hostile5xx}, failed {hostile.HostileFailed}");
        }

        var onePath = endpoints.First(e => e.Name == "rest-path" + UncachedSuffix);
        growth.Add(new GrowthPoint(1, ingest, onePath.Latency));
        foreach (var (scale, figures, store) in growthStores)
        {
            Log($"starting the API on the {scale}x store for the path latency (server cache off)");
            await using var api = await ServerProcess.StartApiAsync(apiAssembly, apiContentRoot, store, serverCache: false, client, cancellationToken);
            var target = pathTarget(api.BaseUri);
            await FetchAsync(client, target, cancellationToken);
            await Wrk.RunAsync(wrk, target, options.Threads, options.Connections, options.WarmupSeconds, scratch, cancellationToken);
            var latency = await PacedLatency.RunAsync(client, target, options.Rate, TimeSpan.FromSeconds(options.LatencySeconds), cancellationToken);
            Log($"  p50 {latency.P50Ms:F2} ms, p99 {latency.P99Ms:F2} ms");
            growth.Add(new GrowthPoint(scale, figures, latency));
        }

        var exponent = growth.Count >= 2 ? LogLogSlope(growth.Select(g => ((double)g.Ingest.Bytes, g.Ingest.Seconds)).ToList()) : (double?)null;
        var figuresList = Figures(endpoints, ingest, floor, growth, exponent);
        if (hostile is not null)
        {
            figuresList.Add(new Figure(
                "6 p99 beside hostile stream",
                $"p99 {hostile.NormalTarget} beside {hostile.HostileRate} hostile req/s ÷ p99 alone",
                hostile.Quiet.P99Ms > 0 ? hostile.UnderHostileStream.P99Ms / hostile.Quiet.P99Ms : null,
                null, "<=", $"{hostile.UnderHostileStream.P99Ms:F2} ms vs {hostile.Quiet.P99Ms:F2} ms; {hostile.Hostile5xx} hostile 5xx", Judged: false));
        }
        // Relative to the repository, so a result file names the corpus the same way on every machine.
        var settings = new RunSettings(
            Path.GetRelativePath(repository, corpus), options.Quick, options.WarmupSeconds, options.DurationSeconds, options.Threads, options.Connections,
            options.Rate, options.LatencySeconds, options.EntityId, options.PathFrom, options.PathTo, options.MaxHops);
        var machine = new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, Environment.Version.ToString(), loadAtStart, LoadAverage());
        return new RunResult(startedAt, machine, settings, ingest, floor, apiPeak, export, peerMatch, peerSkipped, endpoints, growth, exponent, figuresList, hostile);
    }

    /// <summary>
    /// Below this 1x ingest time, opening the store, loading the catalog and compiling the ingest path outweigh the notes
    /// themselves (the seeds: 0.20 s at 1x, 0.07 s at 2x), so the growth exponent says nothing about the store.
    /// </summary>
    private const double MinGrowthIngestSeconds = 1.0;

    private static List<Figure> Figures(
        IReadOnlyList<EndpointResult> endpoints, IngestFigures ingest, ParseFloor floor, IReadOnlyList<GrowthPoint> growth, double? exponent)
    {
        double? Rate(string name) => endpoints.FirstOrDefault(e => e.Name == name)?.RequestsPerSecond;
        double? Ratio(double? a, double? b) => a is null || b is null || b == 0 ? null : a / b;
        var growthJudged = ingest.Seconds >= MinGrowthIngestSeconds;

        var figures = new List<Figure>
        {
            new("1 REST efficiency", "req/s rest-entity / static-same-size", Ratio(Rate("rest-entity"), Rate("static-same-size")), 0.7, ">=", null),
            new("2 GraphQL efficiency", "req/s graphql-entity / rest-entity", Ratio(Rate("graphql-entity"), Rate("rest-entity")), 0.8, ">=", null),
            new("2b GraphQL heavy / REST entity", "req/s graphql-heavy / rest-entity", Ratio(Rate("graphql-heavy"), Rate("rest-entity")), null, ">=", "no target"),
            new("3 Peer, entity query", "req/s graphql-entity / node-graphql-entity", Ratio(Rate("graphql-entity"), Rate("node-graphql-entity")), 3, ">=", null),
            new("3b Peer, heavy query", "req/s graphql-heavy / node-graphql-heavy", Ratio(Rate("graphql-heavy"), Rate("node-graphql-heavy")), 3, ">=", null),
            new("1u REST efficiency, cache off", "req/s rest-entity-uncached / static-same-size", Ratio(Rate("rest-entity-uncached"), Rate("static-same-size")), 0.7, ">=", null),
            new("2u GraphQL efficiency, cache off", "req/s graphql-entity-uncached / rest-entity-uncached", Ratio(Rate("graphql-entity-uncached"), Rate("rest-entity-uncached")), 0.8, ">=", null),
            new("2bu GraphQL heavy, cache off", "req/s graphql-heavy-uncached / rest-entity-uncached", Ratio(Rate("graphql-heavy-uncached"), Rate("rest-entity-uncached")), null, ">=", "no target"),
            new("3u Peer, entity, cache off", "req/s graphql-entity-uncached / node-graphql-entity", Ratio(Rate("graphql-entity-uncached"), Rate("node-graphql-entity")), 3, ">=", null),
            new("3bu Peer, heavy, cache off", "req/s graphql-heavy-uncached / node-graphql-heavy", Ratio(Rate("graphql-heavy-uncached"), Rate("node-graphql-heavy")), 3, ">=", null),
            new("4 Ingest / parse floor", "floor seconds / ingest seconds (same bytes)", Ratio(floor.Seconds, ingest.Seconds), 0.4, ">=", null),
            new("5a Ingest growth exponent", "slope of log(ingest s) over log(bytes), 1x 2x 4x", exponent, 1.1, "<=",
                growthJudged ? null : $"not judged: the 1x ingest took {ingest.Seconds.ToString("F2", CultureInfo.InvariantCulture)} s, and below {MinGrowthIngestSeconds} s its fixed costs outweigh the notes",
                Judged: growthJudged),
        };
        var one = growth.FirstOrDefault(g => g.Scale == 1)?.PathLatency?.P99Ms;
        var four = growth.FirstOrDefault(g => g.Scale == 4)?.PathLatency?.P99Ms;
        figures.Add(new("5b Path p99 4x / 1x", "p99 rest-path-uncached at 4x / at 1x (paced)", Ratio(four, one), 2, "<=", null));
        return figures;
    }

    /// <summary>
    /// Loads every target of a freshly started server once before any is measured. A server keeps compiling its shared
    /// request path (tiered JIT) for a while after it starts, so without this the first endpoint measured paid for it
    /// and the later ones did not: one run measured the static endpoint (first) below the cached REST answer (second).
    /// </summary>
    private static async Task WarmUpServerAsync(
        string wrk, IReadOnlyList<LoadTarget> targets, HarnessOptions options, string scratch, CancellationToken cancellationToken)
    {
        Log($"warming the server up: {options.WarmupSeconds} s of wrk on each of {targets.Count} endpoints, discarded");
        foreach (var target in targets)
        {
            await Wrk.RunAsync(wrk, target, options.Threads, options.Connections, options.WarmupSeconds, scratch, cancellationToken);
        }
    }

    private static async Task<EndpointResult> DriveAsync(
        string wrk, HttpClient client, LoadTarget target, int responseBytes, HarnessOptions options, string scratch, CancellationToken cancellationToken)
    {
        Log($"{target.Name}: warm-up {options.WarmupSeconds} s, wrk {options.DurationSeconds} s, paced {options.LatencySeconds} s");
        await Wrk.RunAsync(wrk, target, options.Threads, options.Connections, options.WarmupSeconds, scratch, cancellationToken);
        var load = await Wrk.RunAsync(wrk, target, options.Threads, options.Connections, options.DurationSeconds, scratch, cancellationToken);
        var latency = await PacedLatency.RunAsync(client, target, options.Rate, TimeSpan.FromSeconds(options.LatencySeconds), cancellationToken);
        Log($"  {load.RequestsPerSecond:F0} req/s ({load.NonSuccess} non-2xx, {load.SocketErrors} socket errors); p50 {latency.P50Ms:F2} ms p99 {latency.P99Ms:F2} ms");
        return new EndpointResult(
            target.Name, target.Server, target.Describe, responseBytes,
            load.RequestsPerSecond, load.Requests, load.NonSuccess, load.SocketErrors, latency);
    }

    /// <summary>The body of one request, after checking it succeeds and, for GraphQL, carries no errors.</summary>
    private static async Task<string> FetchAsync(HttpClient client, LoadTarget target, CancellationToken cancellationToken)
    {
        using var request = target.CreateRequest();
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{target.Name} ({target.Describe}) answered {(int)response.StatusCode}: {Clip(body)}");
        }
        if (target.Body is not null && JsonNode.Parse(body)?["errors"] is not null)
        {
            throw new InvalidOperationException($"{target.Name} answered GraphQL errors: {Clip(body)}");
        }
        return body;
    }

    private static string GraphQLBody(string repository, string queryFile, string entityId)
    {
        var query = File.ReadAllText(Path.Combine(repository, "bench", "queries", queryFile));
        return JsonSerializer.Serialize(new { query, variables = new { id = entityId } });
    }

    private static async Task<string?> PreparePeerAsync(HarnessOptions options, string peerFolder, CancellationToken cancellationToken)
    {
        if (!options.Peer)
        {
            return "--no-peer";
        }
        if (ChildProcess.FindOnPath("node") is null || ChildProcess.FindOnPath("npm") is null)
        {
            return "node or npm is not on PATH; install Node.js 20+ with npm (apt-get install nodejs npm)";
        }
        var version = await ChildProcess.RunAsync("node", ["--version"], peerFolder, cancellationToken);
        if (!Directory.Exists(Path.Combine(peerFolder, "node_modules")))
        {
            Log("installing the Node peer's packages (npm ci)");
            await ChildProcess.RunCheckedAsync("npm", ["ci", "--no-audit", "--no-fund"], peerFolder, cancellationToken);
        }
        Log($"Node peer on node {version.StandardOutput.Trim()}");
        return null;
    }

    /// <summary>
    /// Figure 5a: the corpus and its 2x and 4x replicas, each ingested into a fresh store, <paramref name="runs"/> times (the
    /// first 1x is <paramref name="firstIngest"/>). Prints every step and each run's exponent, and with more than one run the
    /// exponent fitted to each scale's median seconds.
    /// </summary>
    private static async Task ReportGrowthAsync(
        int runs, string corpus, IReadOnlyList<string> files, EntityCatalog catalog, IngestFigures firstIngest, string scratch,
        CancellationToken cancellationToken)
    {
        var invariant = CultureInfo.InvariantCulture;
        int[] scales = [1, 2, 4];
        var copies = await CorpusReplicas.WriteAsync(corpus, files, scales[^1] - 1, Path.Combine(scratch, "replicas"), cancellationToken);
        var measured = new List<IReadOnlyList<IngestFigures>>();
        for (var run = 1; run <= runs; run++)
        {
            var steps = new List<IngestFigures>();
            foreach (var scale in scales)
            {
                if (run == 1 && scale == 1)
                {
                    steps.Add(firstIngest);
                    continue;
                }

                var inputs = new[] { corpus }.Concat(copies.Take(scale - 1)).ToList();
                var (scaledFiles, scaledBytes) = await IngestMeasurement.WarmAsync(inputs, cancellationToken);
                var store = Path.Combine(scratch, $"store-{scale}x-run{run}", "claimgraph.db");
                Directory.CreateDirectory(Path.GetDirectoryName(store)!);
                steps.Add(await IngestMeasurement.IngestAsync(inputs, scaledBytes, scaledFiles.Count, catalog, store, cancellationToken));
                Directory.Delete(Path.GetDirectoryName(store)!, recursive: true);
            }

            measured.Add(steps);
        }

        foreach (var (steps, run) in measured.Select((steps, index) => (steps, index + 1)))
        {
            var label = runs == 1 ? "" : $" run {run}";
            foreach (var (step, scale) in steps.Zip(scales))
            {
                var peak = step.PeakResidentBytes is long resident ? string.Create(invariant, $"{resident / 1048576.0:F0} MiB") : "n/a";
                Console.WriteLine(string.Create(invariant,
                    $"growth {scale}x{label}  {step.Files} files, {step.Seconds:F2} s, CPU {step.CpuSeconds:F2} s, peak RSS {peak}; {step.NotesStored} notes stored, {step.Errors} errors"));
            }

            var exponent = LogLogSlope(steps.Select(step => ((double)step.Bytes, step.Seconds)).ToList());
            var cpuExponent = LogLogSlope(steps.Select(step => ((double)step.Bytes, step.CpuSeconds)).ToList());
            Console.WriteLine(string.Create(invariant,
                $"figure 5a{label}  {exponent:F3} (slope of log(ingest s) over log(bytes) at 1x 2x 4x; target <= 1.1); CPU seconds {cpuExponent:F3}"));
        }

        if (runs > 1)
        {
            var medians = scales.Select((_, i) => (
                Bytes: (double)measured[0][i].Bytes,
                Seconds: Median(measured.Select(steps => steps[i].Seconds)),
                Cpu: Median(measured.Select(steps => steps[i].CpuSeconds)))).ToList();
            Console.WriteLine(string.Create(invariant,
                $"figure 5a  {LogLogSlope(medians.Select(m => (m.Bytes, m.Seconds)).ToList()):F3} over the median of {runs} runs at each scale ({string.Join(" / ", medians.Select(m => m.Seconds.ToString("F2", invariant)))} s; target <= 1.1); CPU seconds {LogLogSlope(medians.Select(m => (m.Bytes, m.Cpu)).ToList()):F3}"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Least-squares slope of log(y) over log(x).</summary>
    public static double LogLogSlope(IReadOnlyList<(double X, double Y)> points)
    {
        var xs = points.Select(p => Math.Log(p.X)).ToArray();
        var ys = points.Select(p => Math.Log(p.Y)).ToArray();
        double meanX = xs.Average(), meanY = ys.Average();
        var covariance = xs.Zip(ys).Sum(p => (p.First - meanX) * (p.Second - meanY));
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return covariance / variance;
    }

    private static double[] LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3)
                .Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClaimGraph.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new InvalidOperationException("run the harness from inside the ClaimGraph repository (no ClaimGraph.sln found above the current folder)");
    }

    private static string Clip(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private static void Log(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
