using ClaimGraph.ExtractionScore;
using ClaimGraph.ExtractionScore.Labels;

if (args is ["--check-labels", var labelledFolder, .. var rest])
{
    return await LabelCheck.RunAsync(labelledFolder, rest, Console.Out, Console.Error);
}

var (options, error) = ScoreOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}\n\n{ScoreOptions.Usage}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var result = await ScoreRun.RunAsync(options, cancellation.Token);
foreach (var problem in result.Problems)
{
    Console.Error.WriteLine($"label problem: {problem}");
}

foreach (var pipelineError in result.PipelineErrors)
{
    Console.Error.WriteLine($"ingest error: {pipelineError}");
}

if (result.Problems.Count > 0)
{
    return 1;
}

Console.Out.Write(options.Json ? ReportWriter.ToJson(result.Report, options.Totals) : ReportWriter.ToText(result.Report, options.Totals));
return 0;
