using System.CommandLine;
using QuoteMiner.Cli.Commands;

// Minimal wiring on the ner branch for trying the NER commands; the lead owns the real root command.
var root = new RootCommand("QuoteMiner");
var train = new Command("train", "Train a model.") { NerCommands.CreateTrain() };
var eval = new Command("eval", "Evaluate a model.") { NerCommands.CreateEval() };
root.Subcommands.Add(train);
root.Subcommands.Add(eval);
return root.Parse(args).Invoke();
