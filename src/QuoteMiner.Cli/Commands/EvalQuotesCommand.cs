using System.CommandLine;
using System.Text.Json;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;
using QuoteMiner.Training.Quotes;

namespace QuoteMiner.Cli.Commands;

/// <summary><c>quoteminer eval quotes --corpus FILE.jsonl [--split test] [--report FILE.json] [--misses]</c>.</summary>
public static class EvalQuotesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var corpus = new Option<string>("--corpus") { Description = "Annotated articles in the project's JSONL corpus format.", Required = true };
        var split = new Option<string?>("--split") { Description = "Only articles of this split (train, dev or test)." };
        var report = new Option<string?>("--report") { Description = "Also write the scores as JSON to this file." };
        var misses = new Option<bool>("--misses") { Description = "List every missed, extra and wrongly attributed quote." };
        var models = new Option<string?>("--models") { Description = "Folder of models to use instead of the shipped defaults." };
        var entities = EntitiesOption.Create();
        var command = new Command("quotes", "Score quote detection, attribution and roles against an annotated corpus.") { corpus, split, report, misses, models, entities };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(corpus)!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Corpus file not found: {path}");
            }

            var articles = QuoteCorpus.Read(path, parseResult.GetValue(split));
            var evaluator = new QuoteEvaluator(PipelineLoader.Load(parseResult.GetValue(models), parseResult.GetValue(entities) == "learned"));
            var result = evaluator.Evaluate(articles, parseResult.GetValue(misses) ? stdout : null);
            stdout.WriteLine(result);
            if (parseResult.GetValue(report) is { } reportPath)
            {
                var json = new Dictionary<string, double>
                {
                    ["documents"] = result.Documents,
                    ["precision"] = result.Precision,
                    ["recall"] = result.Recall,
                    ["f1"] = result.F1,
                    ["exactF1"] = result.ExactF1,
                    ["attributionAccuracy"] = result.AttributionAccuracy,
                    ["quoteSpeakerF1"] = result.QuoteSpeakerF1,
                    ["roleAccuracy"] = result.RoleAccuracy,
                };
                foreach (var (kind, score) in result.PerKind)
                {
                    json[$"{kind}.gold"] = score.Gold;
                    json[$"{kind}.recall"] = score.Recall;
                    json[$"{kind}.attributionAccuracy"] = score.AttributionAccuracy;
                }

                File.WriteAllText(reportPath, JsonSerializer.Serialize(json, CliJsonContext.Default.DictionaryStringDouble));
            }

            return 0;
        });
        return command;
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class CliJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
