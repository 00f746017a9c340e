using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimGraph.Benchmarks;

/// <summary>MB/s of note files for benchmarks whose one operation reads the whole corpus once.</summary>
public sealed class CorpusThroughputColumn : IColumn
{
    public string Id => nameof(CorpusThroughputColumn);

    public string ColumnName => "Corpus MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6) of note files processed per second; only for benchmarks over the whole corpus.";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(TextBenchmarks))
        {
            return "-";
        }
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0)
        {
            return "?";
        }
        var megabytesPerSecond = BenchmarkCorpus.TotalBytes / 1e6 / (meanNanoseconds.Value / 1e9);
        return megabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
