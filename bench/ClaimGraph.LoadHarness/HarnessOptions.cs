using System.Globalization;

namespace ClaimGraph.LoadHarness;

/// <summary>Command-line settings of one load run; every duration is in seconds.</summary>
public sealed record HarnessOptions
{
    public const string Usage = """
        ClaimGraph load harness: ingests a notes folder, serves it from the API on 127.0.0.1 and drives it with wrk.

        dotnet run -c Release --project bench/ClaimGraph.LoadHarness -- [options]

          --corpus <folder>       notes to ingest (default: the repository's seeds/notes)
          --quick                 smoke test: 1 s warm-up, 2 s per endpoint, 2 s latency runs
          --duration <s>          wrk time per endpoint (default 10)
          --warmup <s>            wrk warm-up per endpoint, discarded (default 3)
          --threads <n>           wrk threads (default 2)
          --connections <n>       wrk connections (default 32)
          --rate <n>              requests/s of the paced latency runs (default 100)
          --latency-duration <s>  length of each paced latency run (default 10)
          --hostile-rate <n>      hostile requests/s beside normal traffic for figure 6 (default 20; loopback only)
          --entity <id>           entity of the entity endpoints (default prime-intellect)
          --path-from <id>        path query start (default prime-intellect)
          --path-to <id>          path query end (default openai)
          --max-hops <n>          path query bound (default 4)
          --no-peer               skip the Node graphql-js peer
          --no-growth             skip the 2x and 4x corpus replicas
          --ingest-only           only the warm-up, the parse floor and one ingest into a fresh store: prints figure 4
                                  with MB/s, claims/s, CPU and peak RSS (no build, no wrk, no API, no result file)
          --growth                with --ingest-only: also ingest 2x and 4x copies of the corpus into fresh stores and
                                  print the growth exponent (figure 5a)
          --growth-runs <n>       with --growth: measure 1x, 2x and 4x n times (default 1) and fit figure 5a to each
                                  scale's median as well as to each run
          --out <file>            JSON result file (default bench/results/<UTC timestamp>.json)
        """;

    public string? Corpus { get; init; }

    public bool Quick { get; init; }

    public int DurationSeconds { get; init; } = 10;

    public int WarmupSeconds { get; init; } = 3;

    public int Threads { get; init; } = 2;

    public int Connections { get; init; } = 32;

    public int Rate { get; init; } = 100;

    public int LatencySeconds { get; init; } = 10;

    /// <summary>Hostile requests per second sent beside normal traffic for figure 6 (the abuse suite's kinds in turn).</summary>
    public int HostileRate { get; init; } = 20;

    public string EntityId { get; init; } = "prime-intellect";

    public string PathFrom { get; init; } = "prime-intellect";

    public string PathTo { get; init; } = "openai";

    public int MaxHops { get; init; } = 4;

    public bool Peer { get; init; } = true;

    public bool Growth { get; init; } = true;

    public bool IngestOnly { get; init; }

    /// <summary>With <see cref="IngestOnly"/>: also ingest the 2x and 4x replicas and print the growth exponent.</summary>
    public bool IngestGrowth { get; init; }

    /// <summary>
    /// With <see cref="IngestGrowth"/>: how many times the 1x, 2x and 4x ingests are measured. On 2 shared cores one 4x
    /// ingest of the same build varies by a third between runs, more than the exponent's margin, so one run cannot decide it.
    /// </summary>
    public int GrowthRuns { get; init; } = 1;

    public string? Out { get; init; }

    /// <summary>The options, or an error message naming the bad argument.</summary>
    public static (HarnessOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new HarnessOptions();
        var explicitTimes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new FormatException($"{name} needs a value");
                }
                return args[++i];
            }
            int Positive()
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                    ? value
                    : throw new FormatException($"{name} must be a positive whole number; got '{text}'");
            }

            try
            {
                options = name switch
                {
                    "--corpus" => options with { Corpus = Value() },
                    "--quick" => options with { Quick = true },
                    "--duration" => options with { DurationSeconds = Positive() },
                    "--warmup" => options with { WarmupSeconds = Positive() },
                    "--threads" => options with { Threads = Positive() },
                    "--connections" => options with { Connections = Positive() },
                    "--rate" => options with { Rate = Positive() },
                    "--latency-duration" => options with { LatencySeconds = Positive() },
                    "--hostile-rate" => options with { HostileRate = Positive() },
                    "--entity" => options with { EntityId = Value() },
                    "--path-from" => options with { PathFrom = Value() },
                    "--path-to" => options with { PathTo = Value() },
                    "--max-hops" => options with { MaxHops = Positive() },
                    "--no-peer" => options with { Peer = false },
                    "--no-growth" => options with { Growth = false },
                    "--ingest-only" => options with { IngestOnly = true },
                    "--growth" => options with { IngestGrowth = true },
                    "--growth-runs" => options with { GrowthRuns = Positive() },
                    "--out" => options with { Out = Value() },
                    _ => throw new FormatException($"unknown option '{name}'"),
                };
            }
            catch (FormatException error)
            {
                return (null, error.Message);
            }
            if (name is "--duration" or "--warmup" or "--latency-duration")
            {
                explicitTimes.Add(name);
            }
        }

        if (options.Quick)
        {
            options = options with
            {
                DurationSeconds = explicitTimes.Contains("--duration") ? options.DurationSeconds : 2,
                WarmupSeconds = explicitTimes.Contains("--warmup") ? options.WarmupSeconds : 1,
                LatencySeconds = explicitTimes.Contains("--latency-duration") ? options.LatencySeconds : 2,
            };
        }
        if (options.GrowthRuns > 1 && !options.IngestGrowth)
        {
            return (null, "--growth-runs goes with --ingest-only --growth");
        }
        if (options.IngestGrowth && !options.IngestOnly)
        {
            return (null, "--growth goes with --ingest-only; the full run measures growth unless --no-growth is given");
        }
        if (options.Connections < options.Threads)
        {
            return (null, $"--connections ({options.Connections}) must be at least --threads ({options.Threads}); wrk gives each thread a connection");
        }
        return (options, null);
    }
}
