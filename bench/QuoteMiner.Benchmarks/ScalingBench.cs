using System.Diagnostics;
using QuoteMiner.Cli.Commands;

namespace QuoteMiner.Benchmarks;

/// <summary>
/// <c>--scaling</c>: the CLI's per-document work (<see cref="DocumentProcessor"/>) and work split
/// (<see cref="OrderedParallel"/>, one writer in input order) in-process, on 1 and on N worker threads over
/// the same documents, after a warm-up on both so the JIT and the per-thread buffers are ready. Passes
/// alternate 1, N, 1, N… so a change in the machine's load hits both alike; prints min and median.
/// </summary>
public static class ScalingBench
{
    public static void Run(string modelsDirectory, int copies, int passes, int threads)
    {
        var texts = BenchmarkArticles.Load();
        var inputs = Enumerable.Range(0, copies)
            .SelectMany(copy => texts.Select((text, i) => new InputDocument($"{copy}-{i}", () => text)))
            .ToArray();
        var megabytes = BenchmarkArticles.Utf8Bytes(texts) * copies / 1e6;
        var options = new ExtractOptions(QuoteKinds.Parse("direct,partial"), "jsonl", threads, 5_000_000, TimeSpan.FromSeconds(60), true);
        var processor = new DocumentProcessor(PipelineLoader.Load(modelsDirectory), options);

        // Warm-up: every hot method reaches its optimised code and every worker thread its buffers.
        Pass(processor, inputs, 1);
        Pass(processor, inputs, threads);

        var single = new List<(double Wall, double Cpu)>();
        var parallel = new List<(double Wall, double Cpu)>();
        for (var pass = 0; pass < passes; pass++)
        {
            single.Add(Pass(processor, inputs, 1));
            parallel.Add(Pass(processor, inputs, threads));
        }

        Console.WriteLine($"{inputs.Length} documents, {megabytes:F1} MB, {passes} passes each, CPUs {Environment.ProcessorCount}, server GC {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}");
        Report("1 thread", single, megabytes);
        Report($"{threads} threads", parallel, megabytes);
        Console.WriteLine($"ratio {threads}:1  best {Best(single) / Best(parallel):F2}×  median {Median(single) / Median(parallel):F2}×");
    }

    /// <summary>One pass over every input: wall seconds and the CPU seconds of the whole process.</summary>
    private static (double Wall, double Cpu) Pass(DocumentProcessor processor, IEnumerable<InputDocument> inputs, int threads)
    {
        using var output = new StreamWriter(Stream.Null);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var result in OrderedParallel.Map(inputs, processor.Process, threads))
        {
            output.WriteLine(result.Json);
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static void Report(string label, List<(double Wall, double Cpu)> passes, double megabytes)
    {
        var walls = string.Join(" ", passes.Select(p => p.Wall.ToString("F2")));
        var cores = passes.Average(p => p.Cpu / p.Wall);
        var cpu = passes.Average(p => p.Cpu);
        Console.WriteLine($"{label,-10} best {megabytes / Best(passes),6:F1} MB/s  median {megabytes / Median(passes),6:F1} MB/s  (passes {walls} s; {cpu:F2} CPU s a pass, {cores:F2} cores busy)");
    }

    private static double Best(List<(double Wall, double Cpu)> passes) => passes.Min(p => p.Wall);

    private static double Median(List<(double Wall, double Cpu)> passes)
    {
        var sorted = passes.Select(p => p.Wall).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
