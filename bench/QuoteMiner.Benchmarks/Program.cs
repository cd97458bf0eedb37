using BenchmarkDotNet.Running;
using QuoteMiner.Benchmarks;

// dotnet run -c Release --project bench/QuoteMiner.Benchmarks -- --quick [--rounds N] [--models DIR]
// dotnet run -c Release --project bench/QuoteMiner.Benchmarks -- --filter '*'      (BenchmarkDotNet)
if (args.Contains("--quick"))
{
    var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(30);
    var models = args.SkipWhile(a => a != "--models").Skip(1).FirstOrDefault() ?? Path.Combine(BenchmarkArticles.RepositoryRoot(), "models", "attribution");
    QuickBench.Run(models, rounds);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
