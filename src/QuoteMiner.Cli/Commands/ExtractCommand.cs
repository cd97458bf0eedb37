using System.CommandLine;
using System.Text.Json;
using QuoteMiner.Documents;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// <c>quoteminer extract [PATH…|-] [--format jsonl|json] [--out FILE]</c>: one record per input, in input
/// order; a document that fails becomes an error record and the exit code becomes 1.
/// </summary>
public static class ExtractCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Text files, folders (searched recursively for *.txt) or - for standard input. Default: standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one record per line (default); json: one document, or an array for several.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var output = new Option<string?>("--out") { Description = "Write the records to this file instead of standard output." };
        var models = new Option<string?>("--models") { Description = "Folder of models to use instead of the shipped defaults." };
        var kinds = new Option<string>("--kinds")
        {
            Description = "Quote kinds to report, comma-separated: direct, partial, indirect.",
            DefaultValueFactory = _ => "direct,partial",
        };

        var command = new Command("extract", "Extract quotes, speakers and roles from news text as JSON.") { paths, format, output, models, kinds };
        command.SetAction(parseResult =>
        {
            var inputs = InputEnumerator.Expand(parseResult.GetValue(paths) ?? [], stdin);
            var outPath = parseResult.GetValue(output);
            var pipeline = PipelineLoader.Load(parseResult.GetValue(models));
            var quoteKinds = QuoteKinds.Parse(parseResult.GetValue(kinds) ?? "direct,partial");
            using var file = outPath is null ? null : new StreamWriter(outPath);
            return Run(pipeline, quoteKinds, inputs, parseResult.GetValue(format) ?? "jsonl", file ?? stdout, stderr);
        });
        return command;
    }

    public static int Run(TextPipeline pipeline, IReadOnlySet<QuoteKind> kinds, IEnumerable<InputDocument> inputs, string format, TextWriter writer, TextWriter stderr)
    {
        var failed = 0;
        var records = new List<string>();
        foreach (var input in inputs)
        {
            var json = Process(pipeline, kinds, input, out var ok);
            failed += ok ? 0 : 1;
            if (format == "jsonl")
            {
                writer.WriteLine(json);
            }
            else
            {
                records.Add(json);
            }
        }

        if (format == "json")
        {
            writer.WriteLine(records.Count == 1 ? records[0] : "[" + string.Join(",\n", records) + "]");
        }

        writer.Flush();
        if (failed > 0)
        {
            stderr.WriteLine($"quoteminer: {failed} document(s) failed; see their error records.");
        }

        return failed > 0 ? 1 : 0;
    }

    private static string Process(TextPipeline pipeline, IReadOnlySet<QuoteKind> kinds, InputDocument input, out bool ok)
    {
        ok = false;
        try
        {
            var document = pipeline.Process(input.Id, input.ReadText());
            var record = DocumentRecordBuilder.Build(document, kinds);
            ok = true;
            return JsonSerializer.Serialize(record, OutputJsonContext.Default.DocumentRecord);
        }
        catch (DocumentInputException ex)
        {
            return Error(input.Id, ex.Code, ex.Message);
        }
        catch (IOException ex)
        {
            return Error(input.Id, "read_failed", ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Error(input.Id, "read_failed", ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Error(input.Id, "processing_failed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static string Error(string id, string code, string message) =>
        JsonSerializer.Serialize(new ErrorRecord(id, new ErrorDetail(code, message)), OutputJsonContext.Default.ErrorRecord);
}
