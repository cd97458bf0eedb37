using System.CommandLine;
using QuoteMiner.Output;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// <c>quoteminer extract [PATH…|-]</c>: one record per input, in input order, streamed as it is ready;
/// a document that fails becomes an error record in its place and the exit code becomes 1.
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
        // An unknown option would otherwise be read as a path ("--bogus" → a not_found record): refuse it as usage.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-"))
            {
                result.AddError($"Unknown option '{token.Value}' for extract (a file named so can be given as ./{token.Value}).");
            }
        });
        var format = new Option<string>("--format")
        {
            Description = "jsonl: one record per line (default); json: one document, or an array for several; html: a report to read.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "html");
        var input = new Option<string>("--input")
        {
            Description = "text: plain text files (default); jsonl: records {\"id\",\"text\"} one per line; html: news pages (*.html, *.htm).",
            DefaultValueFactory = _ => "text",
        };
        input.AcceptOnlyFromAmong("text", "jsonl", "html");
        var output = new Option<string?>("--out") { Description = "Write the records to this file instead of standard output." };
        var models = new Option<string?>("--models") { Description = "Folder of models to use instead of the shipped defaults." };
        var kinds = new Option<string>("--kinds")
        {
            Description = "Quote kinds to report, comma-separated: direct, partial, indirect.",
            DefaultValueFactory = _ => "direct,partial",
        };
        var threads = new Option<int>("--threads") { Description = "Documents processed in parallel (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxChars = new Option<int>("--max-chars") { Description = "Larger documents get a too_large error record.", DefaultValueFactory = _ => 5_000_000 };
        var timeout = new Option<double>("--timeout-per-doc") { Description = "Seconds a document may take before it gets a timeout error record.", DefaultValueFactory = _ => 60 };
        var quiet = new Option<bool>("--quiet") { Description = "No progress display on standard error." };
        var entities = EntitiesOption.Create();
        var include = new Option<string[]>("--include")
        {
            Description = "File name patterns to take from folders (repeatable), e.g. --include '*.txt' --include '*.md'. Default: *.txt (*.html, *.htm with --input html).",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("extract", "Extract quotes, speakers and roles from news text as JSON.")
        {
            paths, format, input, output, models, kinds, threads, maxChars, timeout, quiet, entities, include,
        };
        command.SetAction(parseResult =>
        {
            var options = new ExtractOptions(
                QuoteKinds.Parse(parseResult.GetValue(kinds) ?? "direct,partial"),
                parseResult.GetValue(format) ?? "jsonl",
                Math.Max(1, parseResult.GetValue(threads)),
                Math.Max(1, parseResult.GetValue(maxChars)),
                TimeSpan.FromSeconds(Math.Max(0.001, parseResult.GetValue(timeout))),
                parseResult.GetValue(quiet));
            var patterns = parseResult.GetValue(include) is { Length: > 0 } given ? given : null;
            var inputs = parseResult.GetValue(input) switch
            {
                "jsonl" => JsonlInputReader.Read(parseResult.GetValue(paths) ?? [], stdin),
                "html" => InputEnumerator.Expand(parseResult.GetValue(paths) ?? [], stdin, patterns ?? ["*.html", "*.htm"])
                    .Select(d => d with { ReadText = () => HtmlArticleReader.Extract(d.ReadText()), IncludeText = true }),
                _ => InputEnumerator.Expand(parseResult.GetValue(paths) ?? [], stdin, patterns),
            };
            var processor = new DocumentProcessor(PipelineLoader.Load(parseResult.GetValue(models), parseResult.GetValue(entities) == "learned"), options);
            var outPath = parseResult.GetValue(output);
            using var file = outPath is null ? null : new StreamWriter(outPath);
            var progress = new ProgressReporter(stderr, !options.Quiet && stderr == Console.Error && ProgressReporter.StandardErrorIsTerminal);
            return Run(processor, inputs, options, file ?? stdout, stderr, progress);
        });
        return command;
    }

    public static int Run(DocumentProcessor processor, IEnumerable<InputDocument> inputs, ExtractOptions options, TextWriter writer, TextWriter stderr, ProgressReporter progress)
    {
        var failed = 0;
        var buffered = new List<ProcessedDocument>();
        foreach (var result in OrderedParallel.Map(inputs, processor.Process, options.Threads))
        {
            failed += result.Succeeded ? 0 : 1;
            progress.Report(result.Succeeded);
            if (options.Format == "jsonl")
            {
                writer.WriteLine(result.Json);
            }
            else
            {
                buffered.Add(result);
            }
        }

        if (options.Format == "json")
        {
            writer.WriteLine(buffered.Count == 1 ? buffered[0].Json : "[" + string.Join(",\n", buffered.Select(b => b.Json)) + "]");
        }
        else if (options.Format == "html")
        {
            HtmlReportWriter.Write(writer, buffered.Where(b => b.Record is not null).Select(b => (b.Text!, b.Record!)), buffered.Select(b => b.Error).OfType<ErrorRecord>());
        }

        writer.Flush();
        progress.Finish();
        if (failed > 0)
        {
            stderr.WriteLine($"quoteminer: {failed} document(s) failed; see their error records.");
        }

        return failed > 0 ? 1 : 0;
    }
}
