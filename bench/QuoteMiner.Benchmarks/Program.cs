using BenchmarkDotNet.Running;
using QuoteMiner.Benchmarks;

// dotnet run -c Release --project bench/QuoteMiner.Benchmarks -- --quick [--rounds N] [--models DIR]
// dotnet run -c Release --project bench/QuoteMiner.Benchmarks -- --scaling [--copies N] [--passes N] [--threads N]
// dotnet run -c Release --project bench/QuoteMiner.Benchmarks -- --filter '*'      (BenchmarkDotNet)
string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (args.Contains("--quick"))
{
    var rounds = int.Parse(Value("--rounds") ?? "30");
    var models = Value("--models") ?? Path.Combine(BenchmarkArticles.RepositoryRoot(), "models", "attribution");
    QuickBench.Run(models, rounds);
    return;
}

if (args.Contains("--scaling"))
{
    // 20 copies of the corpus (4.6 MB) take about a second a pass on one thread.
    ScalingBench.Run(
        Path.Combine(BenchmarkArticles.RepositoryRoot(), "models"),
        copies: int.Parse(Value("--copies") ?? "20"),
        passes: int.Parse(Value("--passes") ?? "5"),
        threads: int.Parse(Value("--threads") ?? Environment.ProcessorCount.ToString()));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
