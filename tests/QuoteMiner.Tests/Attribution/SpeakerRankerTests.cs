using System.Text.Json;
using Microsoft.ML;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Models;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;
using QuoteMiner.Training.Attribution;

namespace QuoteMiner.Tests.Attribution;

/// <summary>Training, saving and loading the speaker ranker on a tiny corpus written for the test.</summary>
[TestFixture]
public class SpeakerRankerTests
{
    private static readonly string[] Texts =
    [
        "Port workers end strike\n\"We have a deal,\" said union leader Maria Costa.\n\"It took too long,\" she added.\nThe port authority said it was pleased.",
        "Council backs new park\nMayor Tom Reid said: \"This park is for everyone.\"\n\"We listened to residents,\" he said.\nCouncillor Ana Ruiz called the plan 'a good start'.",
        "Clinic hours extended\nDr Lena Park, the clinic's director, said: \"Demand has doubled.\"\n\"We need more nurses,\" Park said.\nThe health board said it would review the request.",
        "Team wins final\n\"I am proud of these players,\" coach Sam Okoro said.\n\"They never gave up,\" he said.\nCaptain Jo Hill said the crowd had been 'incredible'.",
    ];

    private string folder = null!;
    private string corpusPath = null!;

    [OneTimeSetUp]
    public void WriteCorpus()
    {
        folder = Path.Combine(Path.GetTempPath(), "qm-ranker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        corpusPath = Path.Combine(folder, "corpus.jsonl");
        var splits = new[] { "train", "train", "dev", "test" };
        var lines = Texts.Select((text, i) => JsonSerializer.Serialize(new
        {
            id = $"t{i}",
            split = splits[i],
            text,
            entities = Array.Empty<object>(),
            quotes = GoldQuotes(text),
            people = Array.Empty<object>(),
        }));
        File.WriteAllLines(corpusPath, lines);
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(folder, recursive: true);

    // Gold quotes from the pipeline's own spans with the speaker named in each text (tests the plumbing, not the scores).
    private static object[] GoldQuotes(string text)
    {
        var record = PipelineFixture.Run(text);
        return record.Quotes.Select(q => (object)new
        {
            start = q.Start,
            end = q.End,
            kind = q.Kind,
            speaker = PipelineFixture.SpeakerOf(record, q),
        }).ToArray();
    }

    private AttributionModelManifest Train(string output, int seed = 7) =>
        new AttributionTrainer(PipelineFixture.Lexicons).Train(new AttributionTrainingOptions(corpusPath, output, seed, Trees: 5, Leaves: 4), TextWriter.Null);

    [Test]
    public void Training_writes_a_model_and_a_manifest_with_held_out_scores()
    {
        var output = Path.Combine(folder, "a");
        var manifest = Train(output);

        File.Exists(Path.Combine(output, AttributionModelManifest.ModelFileName)).Should().BeTrue();
        manifest.Features.Should().Equal(CandidateFeatures.Names);
        manifest.Dev.Documents.Should().Be(1);
        manifest.Test.Documents.Should().Be(1);
        manifest.TrainingCorpusSha256.Should().HaveLength(64);
    }

    [Test]
    public void The_same_seed_gives_the_same_predictions_after_save_and_load()
    {
        Train(Path.Combine(folder, "b1"));
        Train(Path.Combine(folder, "b2"));
        var first = SpeakerRanker.Load(Path.Combine(folder, "b1"));
        var second = SpeakerRanker.Load(Path.Combine(folder, "b2"));

        var records = Texts.Select(t => (
            JsonSerializer.Serialize(DocumentRecordBuilder.Build(QuoteMinerPipeline.Create(PipelineFixture.Lexicons, ranker: first).Process("x", t)), OutputJsonContext.Default.DocumentRecord),
            JsonSerializer.Serialize(DocumentRecordBuilder.Build(QuoteMinerPipeline.Create(PipelineFixture.Lexicons, ranker: second).Process("x", t)), OutputJsonContext.Default.DocumentRecord)));
        foreach (var (a, b) in records)
        {
            a.Should().Be(b);
        }
    }

    [Test]
    public void The_tree_scorer_gives_ML_NET_s_own_probabilities()
    {
        var output = Path.Combine(folder, "e");
        Train(output);
        var ml = new MLContext(1);
        var model = ml.Model.Load(Path.Combine(output, AttributionModelManifest.ModelFileName), out _);
        var engine = ml.Model.CreatePredictionEngine<CandidateRow, EngineScore>(model);
        var scorer = TreeEnsembleScorer.From(model)!;
        var random = new Random(5);

        for (var row = 0; row < 2000; row++)
        {
            var features = Enumerable.Range(0, CandidateFeatures.Count).Select(_ => random.Next(3) == 0 ? 0f : random.Next(2) == 0 ? 1f : (float)random.NextDouble()).ToArray();
            scorer.Probability(features).Should().Be(engine.Predict(new CandidateRow { Features = features }).Probability);
        }
    }

    /// <summary>The output columns of ML.NET's own prediction engine, for the comparison above.</summary>
    public sealed class EngineScore
    {
        public float Probability { get; set; }
    }

    [Test]
    public void Feature_names_match_the_fixed_feature_count() =>
        CandidateFeatures.Names.Should().HaveCount(CandidateFeatures.Count).And.OnlyHaveUniqueItems();

    [Test]
    public void A_missing_model_fails_with_a_message_naming_the_file()
    {
        var act = () => SpeakerRanker.Load(Path.Combine(folder, "nothing-here"));
        act.Should().Throw<ModelLoadException>().WithMessage("*manifest.json*train attribution*");
    }

    [Test]
    public void A_corrupt_model_fails_with_a_clear_message()
    {
        var output = Path.Combine(folder, "c");
        Train(output);
        File.WriteAllText(Path.Combine(output, AttributionModelManifest.ModelFileName), "not a zip");

        var act = () => SpeakerRanker.Load(output);
        act.Should().Throw<ModelLoadException>().WithMessage("*model.zip*could not be read*");
    }

    [Test]
    public void A_model_of_another_format_is_refused()
    {
        var output = Path.Combine(folder, "d");
        var manifest = Train(output);
        File.WriteAllText(Path.Combine(output, AttributionModelManifest.FileName), (manifest with { FormatVersion = 99 }).ToJson());

        var act = () => SpeakerRanker.Load(output);
        act.Should().Throw<ModelLoadException>().WithMessage("*format 99*");
    }
}

/// <summary>The shipped ranker in models/ loads and its recorded held-out scores are reproduced by the current code.</summary>
public class ShippedSpeakerRankerTests
{
    [Test]
    public void The_shipped_model_reproduces_its_recorded_test_score()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "models", "attribution");
        var ranker = SpeakerRanker.Load(directory);
        var test = QuoteMiner.Training.Quotes.QuoteCorpus.Read(RepositoryPaths.Corpus).Where(a => a.Split == "test").ToList();

        var result = new QuoteMiner.Training.Quotes.QuoteEvaluator(QuoteMinerPipeline.Create(PipelineFixture.Lexicons, ranker: ranker)).Evaluate(test);

        result.AttributionAccuracy.Should().BeApproximately(ranker.Manifest.Test.AttributionAccuracy, 0.0001,
            "the manifest's test score must come from this model on this corpus (retrain after changing rules or corpus)");
    }
}
