using System.Diagnostics;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch loop for people, printing MB/s, tokens/s and allocations per document
/// for each stage and for the whole pipeline with JSON writing, on one thread.
/// </summary>
public static class QuickBench
{
    private const int WarmUpRounds = 3;

    public static void Run(string? modelsDirectory, int rounds)
    {
        var texts = BenchmarkArticles.Load();
        var bytes = BenchmarkArticles.Utf8Bytes(texts);
        var ranker = modelsDirectory is not null && Directory.Exists(modelsDirectory) ? SpeakerRanker.Load(modelsDirectory) : null;
        var pipeline = QuoteMinerPipeline.Create(NewsLexicons.Load(), ranker: ranker);
        var seconds = new double[pipeline.Stages.Count + 1];
        var allocated = new long[pipeline.Stages.Count + 1];
        long tokens = 0;
        var pauseBefore = TimeSpan.Zero;
        double? cpuBefore = null;
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            var measured = round >= 0; // the warm-up rounds let the JIT reach its optimised code
            if (round == 0)
            {
                pauseBefore = GC.GetTotalPauseDuration();
                cpuBefore = ThreadCpuClock.Seconds();
            }

            foreach (var text in texts)
            {
                var document = new Document("q", text);
                for (var s = 0; s < pipeline.Stages.Count; s++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    pipeline.Stages[s].Process(document);
                    if (measured)
                    {
                        seconds[s] += clock.Elapsed.TotalSeconds;
                        allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
                    }
                }

                var jsonBefore = GC.GetAllocatedBytesForCurrentThread();
                var jsonClock = Stopwatch.StartNew();
                System.Text.Json.JsonSerializer.Serialize(DocumentRecordBuilder.Build(document), OutputJson.Context.DocumentRecord);
                if (measured)
                {
                    seconds[^1] += jsonClock.Elapsed.TotalSeconds;
                    allocated[^1] += GC.GetAllocatedBytesForCurrentThread() - jsonBefore;
                    tokens += document.Tokens.Count;
                }
            }
        }

        var cpu = ThreadCpuClock.Seconds() - cpuBefore;
        var documents = (double)texts.Length * rounds;
        var megabytes = bytes * rounds / 1e6;
        Console.WriteLine($"{texts.Length} articles, {bytes / 1e3:N0} kB, {rounds} rounds, ranker {(ranker is null ? "off" : "on")}");
        for (var s = 0; s <= pipeline.Stages.Count; s++)
        {
            var name = s < pipeline.Stages.Count ? pipeline.Stages[s].Name : "json output";
            Console.WriteLine($"{name,-14} {megabytes / seconds[s],8:F1} MB/s  {tokens / seconds[s] / 1e6,6:F2} M tokens/s  {allocated[s] / documents / 1024,8:F1} KB/doc");
        }

        var total = seconds.Sum();
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        Console.WriteLine($"{"gc pauses",-14} {pause:F2} s of {total:F2} s measured (gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)})");
        Console.WriteLine($"{"full pipeline",-14} {megabytes / total,8:F1} MB/s  {tokens / total / 1e6,6:F2} M tokens/s  {allocated.Sum() / documents / 1024,8:F1} KB/doc");
        if (cpu is { } cpuSeconds)
        {
            // Wall-clock MB/s drop when other jobs take the core; MB per CPU second of this thread do much less.
            Console.WriteLine($"{"per cpu second",-14} {megabytes / cpuSeconds,8:F1} MB/s of this thread's CPU time ({cpuSeconds:F2} s CPU, {total:F2} s wall)");
        }
    }
}
