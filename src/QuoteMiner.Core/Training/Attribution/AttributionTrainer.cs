using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using QuoteMiner.Attribution;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;
using QuoteMiner.Roles;
using QuoteMiner.Training.Quotes;

namespace QuoteMiner.Training.Attribution;

public sealed record AttributionTrainingOptions(string CorpusPath, string OutputDirectory, int Seed = 42, int Trees = 100, int Leaves = 8);

/// <summary>
/// Trains the speaker ranker on the corpus's train split: one row per quote–candidate pair, labelled by
/// whether the candidate (resolved through in-document coreference) is the gold speaker. The entity stage
/// must be the one the model will run with: its mentions are the candidates. The acceptance
/// threshold is chosen on the dev split; dev and test scores are recorded in the manifest, never train.
/// </summary>
public sealed class AttributionTrainer(NewsLexicons lexicons, IPipelineStage? entityRecognizer = null)
{
    private static readonly float[] Thresholds = [0.05f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f];

    public AttributionModelManifest Train(AttributionTrainingOptions options, TextWriter log)
    {
        var articles = QuoteCorpus.Read(options.CorpusPath);
        var train = articles.Where(a => a.Split == "train").ToList();
        var dev = articles.Where(a => a.Split == "dev").ToList();
        var test = articles.Where(a => a.Split == "test").ToList();
        log.WriteLine($"corpus: {train.Count} train, {dev.Count} dev, {test.Count} test articles");

        var rows = train.SelectMany(BuildRows).ToList();
        log.WriteLine($"training pairs: {rows.Count} ({rows.Count(r => r.Label)} positive)");
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            Seed = options.Seed,
            FeatureColumnName = nameof(CandidateRow.Features),
            LabelColumnName = nameof(CandidateRow.Label),
        });
        var model = trainer.Fit(data);

        var rulesPipeline = QuoteMinerPipeline.Create(lexicons, entityRecognizer);
        var rulesDev = new QuoteEvaluator(rulesPipeline).Evaluate(dev);
        var best = (Threshold: 0f, Score: -1.0);
        foreach (var threshold in Thresholds)
        {
            var candidate = Manifest(options, threshold, rows.Count, Empty, Empty);
            var ranker = new SpeakerRanker(model, candidate);
            var result = new QuoteEvaluator(QuoteMinerPipeline.Create(lexicons, entityRecognizer, ranker)).Evaluate(dev);
            log.WriteLine($"threshold {threshold:F2}: dev attribution {result.AttributionAccuracy:F3}, quote+speaker F1 {result.QuoteSpeakerF1:F3}");
            // Chosen end to end: a guessed speaker also decides whether a scare-quote-like fragment is reported, which
            // attribution accuracy on matched quotes cannot see. On a tie the higher threshold wins (null over a guess).
            if (result.QuoteSpeakerF1 >= best.Score)
            {
                best = (threshold, result.QuoteSpeakerF1);
            }
        }

        var chosen = Manifest(options, best.Threshold, rows.Count, Empty, Empty);
        var finalRanker = new SpeakerRanker(model, chosen);
        var rankedPipeline = QuoteMinerPipeline.Create(lexicons, entityRecognizer, finalRanker);
        var devScores = Scores(new QuoteEvaluator(rankedPipeline).Evaluate(dev), rulesDev);
        var testScores = Scores(new QuoteEvaluator(rankedPipeline).Evaluate(test), new QuoteEvaluator(rulesPipeline).Evaluate(test));
        var manifest = Manifest(options, best.Threshold, rows.Count, devScores, testScores);
        log.WriteLine($"dev:  ranker {devScores.AttributionAccuracy:F3}  rules {devScores.RulesAttributionAccuracy:F3}  (threshold {best.Threshold:F2})");
        log.WriteLine($"test: ranker {testScores.AttributionAccuracy:F3}  rules {testScores.RulesAttributionAccuracy:F3}");

        Directory.CreateDirectory(options.OutputDirectory);
        ml.Model.Save(model, data.Schema, Path.Combine(options.OutputDirectory, AttributionModelManifest.ModelFileName));
        File.WriteAllText(Path.Combine(options.OutputDirectory, AttributionModelManifest.FileName), manifest.ToJson());
        File.WriteAllText(Path.Combine(options.OutputDirectory, "MODEL_CARD.md"), ModelCard(manifest, train.Count, dev.Count, test.Count));
        return manifest;
    }

    private static string ModelCard(AttributionModelManifest m, int train, int dev, int test) => $$"""
        # Speaker ranker ({{m.Name}} {{m.Version}})

        Scores quote–candidate pairs to decide who said a quote that the high-precision tag sieves
        ("…," said X / X said: "…") leave open. Format version {{m.FormatVersion}}; {{m.Features.Count}} features
        (listed in manifest.json); trainer: {{m.Trainer}}; seed {{m.Seed}}; acceptance threshold {{m.Threshold:F2}}
        (chosen on dev, applied only where the sieves found no speaker).

        ## Data
        QuoteMiner's own annotated corpus, `{{m.TrainingCorpus}}` (SHA-256 `{{m.TrainingCorpusSha256}}`):
        {{train}} train articles ({{m.TrainingPairs}} quote–candidate pairs), {{dev}} dev, {{test}} test. No third-party data.

        ## Held-out scores (never the training split)
        | split | documents | matched quotes | quote F1 | attribution (ranker) | attribution (rules alone) |
        |---|---|---|---|---|---|
        | dev | {{m.Dev.Documents}} | {{m.Dev.MatchedQuotes}} | {{m.Dev.QuoteF1:F3}} | {{m.Dev.AttributionAccuracy:F3}} | {{m.Dev.RulesAttributionAccuracy:F3}} |
        | test | {{m.Test.Documents}} | {{m.Test.MatchedQuotes}} | {{m.Test.QuoteF1:F3}} | {{m.Test.AttributionAccuracy:F3}} | {{m.Test.RulesAttributionAccuracy:F3}} |

        ## Recreate
        ```
        dotnet run --project src/QuoteMiner.Cli -c Release -- train attribution --corpus corpus/articles.jsonl --out models/attribution --seed {{m.Seed}}
        ```
        The features include the rule sieves' verdicts and the entity layer, so retrain after changing either.

        """;

    private static readonly AttributionScores Empty = new(0, 0, 0, 0, 0);

    private static AttributionScores Scores(QuoteEvaluation ranked, QuoteEvaluation rules) =>
        new(ranked.Documents, ranked.MatchedQuotes, Math.Round(ranked.F1, 4), Math.Round(ranked.AttributionAccuracy, 4), Math.Round(rules.AttributionAccuracy, 4));

    private static AttributionModelManifest Manifest(AttributionTrainingOptions options, float threshold, int pairs, AttributionScores dev, AttributionScores test) => new(
        "quoteminer-speaker-ranker",
        "1.0.0",
        AttributionModelManifest.CurrentFormatVersion,
        $"FastTree binary (trees {options.Trees}, leaves {options.Leaves})",
        options.Seed,
        threshold,
        CandidateFeatures.Names,
        Path.GetFileName(options.CorpusPath),
        Sha256(options.CorpusPath),
        pairs,
        dev,
        test);

    private IEnumerable<CandidateRow> BuildRows(CorpusArticle article)
    {
        var pipeline = QuoteMinerPipeline.Create(lexicons, entityRecognizer);
        var document = pipeline.Process(article.Id, article.Text);
        var (answers, context) = new QuoteAttributor(lexicons).Attribute(document);
        var ruleView = answers.Select(a => a.Speaker is null ? null : a).ToArray();
        var featurizer = new CandidateFeaturizer();
        var offsets = Utf16Offsets(article.Text);
        var rows = new List<CandidateRow>();
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var gold = AlignedGold(document.Quotes[q].Content, article, offsets);
            if (gold is null)
            {
                continue; // Not a gold quote: nothing to learn about its speaker.
            }

            var candidates = featurizer.Candidates(context, q, ruleView);
            var clusters = new MentionClusterer(lexicons).Resolve(context.Tokens, [.. context.Mentions], candidates.Select(c => c.Mention.FirstToken).ToHashSet());
            foreach (var candidate in candidates)
            {
                var names = new List<string> { document.TextOf(candidate.Mention.Span).ToString() };
                if (clusters.ClusterOf.TryGetValue(candidate.Mention, out var cluster) && !cluster.Anonymous)
                {
                    names.Add(cluster.Name(document.Text));
                }

                var resolvedOrNamed = candidate.Mention.Kind != MentionKind.Pronoun || names.Count > 1;
                var label = gold.Speaker is { } speaker && resolvedOrNamed && NameMatcher.Matches(speaker, names);
                rows.Add(new CandidateRow { Label = label, Features = candidate.Features });
            }
        }

        return rows;
    }

    private static GoldQuote? AlignedGold(TextSpan content, CorpusArticle article, int[] offsets)
    {
        GoldQuote? best = null;
        var bestOverlap = 0.5;
        foreach (var gold in article.Quotes)
        {
            var start = offsets[gold.Start];
            var end = offsets[gold.End];
            var overlap = Math.Min(end, content.End) - Math.Max(start, content.Start);
            var ratio = overlap / (double)Math.Max(end - start, content.Length);
            if (ratio >= bestOverlap)
            {
                (best, bestOverlap) = (gold, ratio);
            }
        }

        return best;
    }

    // Gold offsets are code points; the document's are UTF-16.
    private static int[] Utf16Offsets(string text)
    {
        var offsets = new List<int>();
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            offsets.Add(i);
            i += rune.Utf16SequenceLength;
        }

        offsets.Add(i);
        return [.. offsets];
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
