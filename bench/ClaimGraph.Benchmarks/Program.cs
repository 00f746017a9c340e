using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ClaimGraph.Benchmarks.TextBenchmarks).Assembly).Run(args, ClaimGraph.Benchmarks.BenchmarkConfig.Create());
