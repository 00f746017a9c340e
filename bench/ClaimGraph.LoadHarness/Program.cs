using ClaimGraph.LoadHarness;

var (options, error) = HarnessOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}\n\n{HarnessOptions.Usage}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await LoadRun.RunAsync(options, cancellation.Token);
