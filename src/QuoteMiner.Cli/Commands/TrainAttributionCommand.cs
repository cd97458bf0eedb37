using System.CommandLine;
using QuoteMiner.Lexicons;
using QuoteMiner.Training.Attribution;

namespace QuoteMiner.Cli.Commands;

/// <summary><c>quoteminer train attribution --corpus corpus/articles.jsonl --out models/attribution [--seed 42]</c>.</summary>
public static class TrainAttributionCommand
{
    public static Command Create(TextWriter stdout)
    {
        var corpus = new Option<string>("--corpus") { Description = "Annotated articles (JSONL corpus format) with train/dev/test splits.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write model.zip and manifest.json to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and corpus give the same model.", DefaultValueFactory = _ => 42 };
        var trees = new Option<int>("--trees") { Description = "Number of boosted trees.", DefaultValueFactory = _ => 100 };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => 8 };
        var command = new Command("attribution", "Train the speaker ranker on the corpus's train split (threshold tuned on dev, scored on test).") { corpus, output, seed, trees, leaves };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(corpus)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Corpus file not found: {path}");
            }

            var options = new AttributionTrainingOptions(path, parseResult.GetValue(output)!, parseResult.GetValue(seed), parseResult.GetValue(trees), parseResult.GetValue(leaves));
            var manifest = new AttributionTrainer(NewsLexicons.Load()).Train(options, stdout);
            stdout.WriteLine($"wrote {Path.Combine(options.OutputDirectory, "manifest.json")} (threshold {manifest.Threshold:F2})");
            return 0;
        });
        return command;
    }
}
