using System.Text.Json;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// Runs one document through the pipeline within the size and time limits and turns any failure into
/// an error record with a code (not_found, invalid_encoding, invalid_record, read_failed, empty, too_large,
/// timeout, processing_failed), so one bad document never stops a batch.
/// </summary>
public sealed class DocumentProcessor(TextPipeline pipeline, ExtractOptions options)
{
    public ProcessedDocument Process(InputDocument input)
    {
        try
        {
            var text = input.ReadText();
            if (string.IsNullOrWhiteSpace(text))
            {
                // In a batch an empty file is most often a failed download or export: say so.
                return Failure(input.Id, "empty", "The document has no text.");
            }

            if (text.Length > options.MaxChars)
            {
                return Failure(input.Id, "too_large", $"The document has {text.Length:N0} characters; the limit is {options.MaxChars:N0} (--max-chars).");
            }

            using var timeout = new CancellationTokenSource(options.TimeoutPerDocument);
            var document = pipeline.Process(input.Id, text, timeout.Token);
            var record = DocumentRecordBuilder.Build(document, options.Kinds) with { Text = input.IncludeText ? text : null, Meta = input.Meta };
            return new ProcessedDocument(JsonSerializer.Serialize(record, OutputJson.Context.DocumentRecord), true, text, record, null);
        }
        catch (DocumentInputException ex)
        {
            return Failure(input.Id, ex.Code, ex.Message);
        }
        catch (OperationCanceledException)
        {
            return Failure(input.Id, "timeout", $"Processing took longer than {options.TimeoutPerDocument.TotalSeconds:0.#} s (--timeout-per-doc).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failure(input.Id, "read_failed", ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failure(input.Id, "processing_failed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ProcessedDocument Failure(string id, string code, string message)
    {
        var error = new ErrorRecord(id, new ErrorDetail(code, message));
        return new ProcessedDocument(JsonSerializer.Serialize(error, OutputJson.Context.ErrorRecord), false, null, null, error);
    }
}
