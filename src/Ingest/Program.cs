using ClaimGraph.Ingest.Cli;

return await IngestCommand.RunAsync(args, Console.Out, Console.Error, configure: null, CancellationToken.None);
