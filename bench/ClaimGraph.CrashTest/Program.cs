using ClaimGraph.CrashTest;

if (args is ["--child", var notes, var database])
{
    return await UpdatingIngest.RunChildAsync(notes, database);
}

var (options, error) = CrashTestOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}\n\n{CrashTestOptions.Usage}");
    return 2;
}

return await KillDuringUpdate.RunAsync(options);
