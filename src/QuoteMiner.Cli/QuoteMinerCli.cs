using System.CommandLine;
using QuoteMiner.Cli.Commands;

namespace QuoteMiner.Cli;

/// <summary>The command tree; exit codes: 0 all good, 1 some documents failed, 2 usage error.</summary>
public static class QuoteMinerCli
{
    public const int UsageError = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("QuoteMiner: who said what in news text.")
        {
            ExtractCommand.Create(stdin, stdout, stderr),
            new Command("eval", "Score the pipeline against annotated data.") { EvalQuotesCommand.Create(stdout), NerCommands.CreateEval() },
            new Command("train", "Train a model on annotated data.") { TrainAttributionCommand.Create(stdout), NerCommands.CreateTrain() },
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"quoteminer: {error.Message}");
            }

            stderr.WriteLine("Run 'quoteminer --help' for usage.");
            return UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
