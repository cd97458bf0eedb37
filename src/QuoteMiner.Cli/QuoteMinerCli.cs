using System.CommandLine;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Models;
using QuoteMiner.Cli.Commands;

namespace QuoteMiner.Cli;

/// <summary>The command tree; exit codes: 0 all good, 1 some documents failed, 2 usage error, 3 model missing or corrupt.</summary>
public static class QuoteMinerCli
{
    public const int UsageError = 2;

    /// <summary>A model is missing, corrupt or of another format: the message names the file and the fix.</summary>
    public const int ModelError = 3;

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

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ModelLoadException ex)
        {
            stderr.WriteLine($"quoteminer: {ex.Message}");
            return ModelError;
        }
        catch (Exception ex) when (ex is FileNotFoundException or ArgumentException or InvalidDataException)
        {
            stderr.WriteLine($"quoteminer: {ex.Message}");
            return UsageError;
        }
    }
}
