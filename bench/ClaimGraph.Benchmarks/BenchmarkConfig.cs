using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// Every job (the default one, or <c>--job short</c> from the command line) runs in process: the store benchmarks
/// share one ingested corpus per process instead of ingesting it again for each benchmark.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
        .AddColumn(new CorpusThroughputColumn());
}
