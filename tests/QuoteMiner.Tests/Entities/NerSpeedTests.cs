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
        var sentences = File.Exists(corpus)
            ? CorpusLoader.Load(corpus).Documents.SelectMany(d => d.Sentences).Select(s => s.Words).ToList()
            : TinyCorpus.Documents(2000).SelectMany(d => d.Sentences).Select(s => s.Words).ToList();
        var tokens = sentences.Sum(s => s.Length);
        foreach (var words in sentences.Take(200))
        {
            model.Tagger.Tag(words); // warm-up
        }

        var tag = Stopwatch.StartNew();
        var total = 0L;
        var rounds = 0;
        while (tag.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var words in sentences)
            {
                model.Tagger.Tag(words);
            }

            total += tokens;
            rounds++;
        }

        tag.Stop();
        var perSecond = total / tag.Elapsed.TotalSeconds;
        TestContext.Out.WriteLine($"load {load.Elapsed.TotalMilliseconds:F0} ms; tagged {total:N0} tokens in {tag.Elapsed.TotalSeconds:F2} s = {perSecond:N0} tokens/s (one thread, {rounds} passes)");
        load.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        perSecond.Should().BeGreaterThan(300_000);
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
