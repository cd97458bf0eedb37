using System.Diagnostics;
using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

/// <summary>
/// Measures the shipped model (run explicitly: dotnet test --filter "FullyQualifiedName~NerSpeedTests"), or the
/// model in the directory named by the environment variable NER_MODEL_DIR (to time a candidate before shipping it).
/// </summary>
[Explicit("Timing of the shipped model; needs models/ner and the shared data folder.")]
public class NerSpeedTests
{
    [Test]
    public void Shipped_Model_Load_Time_And_Tagging_Speed()
    {
        var root = FindRepositoryRoot();
        var modelDirectory = Environment.GetEnvironmentVariable("NER_MODEL_DIR") is { Length: > 0 } candidate
            ? candidate
            : Path.Combine(root, LearnedEntityRecognizer.DefaultModelDirectory);
        var load = Stopwatch.StartNew();
        var model = NerModelStore.Load(modelDirectory);
        load.Stop();

        var corpus = Path.Combine(root, "..", "shared", "data", "ner", "btc", "f.conll");
        var documents = File.Exists(corpus)
            ? CorpusLoader.Load(corpus).Documents.Select(d => d.Sentences.Select(s => s.Words).ToList()).ToList()
            : TinyCorpus.Documents(2000).Select(d => d.Sentences.Select(s => s.Words).ToList()).ToList();
        var sentences = documents.SelectMany(d => d).ToList();
        var tokens = sentences.Sum(s => s.Length);
        foreach (var document in documents.Take(200))
        {
            model.TagDocument(document); // warm-up
        }

        // The tagger alone (features and beam search), then whole documents as the stage tags them (with the
        // titled-name splitter and document consistency after).
        var perSecond = Time(() => sentences.ForEach(words => model.Tagger.Tag(words)), tokens, out var passes);
        var documentsPerSecond = Time(() => documents.ForEach(document => model.TagDocument(document)), tokens, out var documentPasses);
        TestContext.Out.WriteLine($"load {load.Elapsed.TotalMilliseconds:F0} ms; tagger {perSecond:N0} tokens/s ({passes} passes); " +
            $"documents {documentsPerSecond:N0} tokens/s ({documentPasses} passes); one thread");
        load.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        perSecond.Should().BeGreaterThan(300_000);
    }

    // Runs the pass for about three seconds; returns tokens a second.
    private static double Time(Action pass, int tokens, out int passes)
    {
        var watch = Stopwatch.StartNew();
        passes = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            pass();
            passes++;
        }

        return (double)tokens * passes / watch.Elapsed.TotalSeconds;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuoteMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Repository root (QuoteMiner.sln) not found.");
    }
}
