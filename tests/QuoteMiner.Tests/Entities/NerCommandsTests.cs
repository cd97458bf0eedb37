using System.CommandLine;
using QuoteMiner.Cli.Commands;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

[NonParallelizable]
public class NerCommandsTests
{
    [Test]
    public void Train_Then_Eval_From_The_Command_Line()
    {
        var dir = Directory.CreateTempSubdirectory("qm-ner-cli");
        var stdout = Console.Out;
        try
        {
            var corpus = Path.Combine(dir.FullName, "tiny.conll");
            using (var writer = new StreamWriter(corpus))
            {
                ConllWriter.Write(writer, TinyCorpus.Documents(30), TagScheme.Bio);
            }

            var model = Path.Combine(dir.FullName, "model");
            var report = Path.Combine(dir.FullName, "report.json");
            var output = new StringWriter();
            Console.SetOut(output);
            var root = new RootCommand
            {
                new Command("train") { NerCommands.CreateTrain() },
                new Command("eval") { NerCommands.CreateEval() },
            };
            root.Parse(["train", "ner", "--corpus", corpus + "#0-0.8", "--out", model, "--seed", "3", "--hash-bits", "12", "--epochs", "10"]).Invoke().Should().Be(0);
            File.Exists(Path.Combine(model, "manifest.json")).Should().BeTrue();
            root.Parse(["eval", "ner", "--corpus", corpus + "#0.8-1", "--format", "conll", "--model", model, "--report", report]).Invoke().Should().Be(0);
            output.ToString().Should().Contain("micro").And.Contain("PERSON");
            File.ReadAllText(report).Should().Contain("\"micro\"").And.Contain("\"perType\"").And.Contain("\"f1\"");
            root.Parse(["eval", "ner", "--corpus", corpus, "--model", Path.Combine(dir.FullName, "missing")]).Invoke().Should().Be(1);

            // --recognizer rules scores the hand-written recognizer and needs no model.
            var rulesReport = Path.Combine(dir.FullName, "rules.json");
            root.Parse(["eval", "ner", "--corpus", corpus, "--recognizer", "rules", "--model", Path.Combine(dir.FullName, "missing"), "--report", rulesReport]).Invoke().Should().Be(0);
            File.ReadAllText(rulesReport).Should().Contain("\"micro\"");
            root.Parse(["eval", "ner", "--corpus", corpus, "--recognizer", "crf"]).Invoke().Should().NotBe(0);

            // --errors lists one line per gold entity the model got wrong: as many as the report's gold minus correct.
            var errors = Path.Combine(dir.FullName, "errors.txt");
            root.Parse(["eval", "ner", "--corpus", corpus, "--model", model, "--report", report, "--errors", errors]).Invoke().Should().Be(0);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
            var micro = json.RootElement.GetProperty("micro");
            var kinds = File.ReadAllLines(errors).Select(l => l.Split(' ')[0]).ToList();
            kinds.Count(k => k is "missed" or "type" or "boundary").Should().Be(micro.GetProperty("gold").GetInt32() - micro.GetProperty("correct").GetInt32());
            kinds.Distinct().Should().BeSubsetOf(["missed", "type", "boundary", "spurious", ""]);
        }
        finally
        {
            Console.SetOut(stdout);
            dir.Delete(true);
        }
    }
}
