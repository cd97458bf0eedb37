using System.CommandLine;
using QuoteMiner.Models;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// <c>quoteminer train ner</c> and <c>quoteminer eval ner</c>: both return a command named "ner" for the lead to
/// add under the root's "train" and "eval" commands.
/// </summary>
public static class NerCommands
{
    public static Command CreateTrain()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Training corpus PATH[#SLICE] (repeatable; SLICE is FROM-TO fractions of documents or a JSONL split).", Required = true, AllowMultipleArgumentsPerToken = false };
        var format = new Option<string?>("--format") { Description = "conll, gum, brat or jsonl (default: detected from the files)." };
        var dev = new Option<string?>("--dev") { Description = "Development corpus, scored after every round." };
        var heldOut = new Option<string[]>("--heldout") { Description = "Held-out corpus never trained on, scored at the end and recorded in the manifest (repeatable)." };
        var output = new Option<string>("--out") { Description = "Output model directory.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var epochs = new Option<int>("--epochs") { Description = "Optimiser iterations.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var algorithm = new Option<string>("--algorithm") { Description = "sdca or lbfgs.", DefaultValueFactory = _ => new NerTrainingOptions().Algorithm };
        var rounds = new Option<int>("--rounds") { Description = "Training rounds (round 2+ train on predicted previous tags).", DefaultValueFactory = _ => new NerTrainingOptions().Rounds };
        var hashBits = new Option<int>("--hash-bits") { Description = "log2 of the number of feature buckets.", DefaultValueFactory = _ => new NerTrainingOptions().HashBits };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => new NerTrainingOptions().L1 };
        var beam = new Option<int>("--beam") { Description = "Decoder beam width recorded in the model (1 = greedy).", DefaultValueFactory = _ => new NerTrainingOptions().BeamWidth };
        var domain = new Option<string?>("--target-domain") { Description = "Domain the model runs in, for domain adaptation (corpora are tagged PATH@DOMAIN; default formal).", DefaultValueFactory = _ => CorpusLoader.DefaultDomain };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => new NerTrainingOptions().L2 };
        var command = new Command("ner", "Train the learned named-entity recognizer.")
        {
            corpus, format, dev, heldOut, output, seed, epochs, algorithm, rounds, hashBits, l1, l2, beam, domain,
        };
        command.SetAction(parseResult =>
        {
            var options = new NerTrainingOptions
            {
                Corpora = parseResult.GetValue(corpus) ?? [],
                Format = parseResult.GetValue(format) is { } f ? CorpusLoader.ParseFormat(f) : null,
                DevCorpus = parseResult.GetValue(dev),
                HeldOutCorpora = parseResult.GetValue(heldOut) ?? [],
                OutputDirectory = parseResult.GetValue(output),
                Seed = parseResult.GetValue(seed),
                Epochs = parseResult.GetValue(epochs),
                Algorithm = parseResult.GetValue(algorithm) ?? new NerTrainingOptions().Algorithm,
                Rounds = parseResult.GetValue(rounds),
                HashBits = parseResult.GetValue(hashBits),
                L1 = parseResult.GetValue(l1),
                L2 = parseResult.GetValue(l2),
                BeamWidth = parseResult.GetValue(beam),
                TargetDomain = parseResult.GetValue(domain),
            };
            try
            {
                NerTrainer.Train(options, Console.Out);
                return 0;
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or ModelLoadException)
            {
                Console.Error.WriteLine($"train ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static Command CreateEval()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Gold corpus PATH[#SLICE] (repeatable; scored together).", Required = true };
        var format = new Option<string?>("--format") { Description = "conll, gum, brat or jsonl (default: detected from the files)." };
        var model = new Option<string>("--model") { Description = "Model directory.", DefaultValueFactory = _ => Path.Combine("models", "ner") };
        var report = new Option<string?>("--report") { Description = "Write the scores as JSON to this file." };
        var errors = new Option<string?>("--errors") { Description = "Write every mistake (type, boundary, missed, spurious) with its sentence to this file." };
        var recognizer = new Option<string>("--recognizer") { Description = "learned (the model in --model) or rules (the hand-written recognizer, for comparison).", DefaultValueFactory = _ => "learned" };
        recognizer.AcceptOnlyFromAmong("learned", "rules");
        var command = new Command("ner", "Evaluate a named-entity recognizer, learned or rules (entity-level exact match).")
        {
            corpus, format, model, report, errors, recognizer,
        };
        command.SetAction(parseResult =>
        {
            try
            {
                var rules = parseResult.GetValue(recognizer) == "rules";
                var loaded = rules ? null : NerModelStore.Load(parseResult.GetValue(model)!);
                var formatValue = parseResult.GetValue(format) is { } f ? CorpusLoader.ParseFormat(f) : (CorpusFormat?)null;
                var documents = (parseResult.GetValue(corpus) ?? []).SelectMany(spec => CorpusLoader.Load(spec, formatValue).Documents).ToList();
                var predictions = loaded is null ? NerEvaluator.PredictRules(documents) : NerEvaluator.Predict(loaded, documents);
                var result = NerEvaluator.Score(predictions.Select(p => (p.Gold, p.Predicted)));
                Console.Out.Write(result.ToTable());
                if (parseResult.GetValue(report) is { } reportPath)
                {
                    File.WriteAllText(reportPath, result.ToJson() + "\n");
                }

                if (parseResult.GetValue(errors) is { } errorsPath)
                {
                    File.WriteAllText(errorsPath, NerErrorListing.Write(predictions));
                }

                return 0;
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or ModelLoadException)
            {
                Console.Error.WriteLine($"eval ner: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
