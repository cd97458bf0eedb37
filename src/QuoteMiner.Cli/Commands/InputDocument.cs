namespace QuoteMiner.Cli.Commands;

/// <summary>One input to process: its id and a way to read its text (which may fail, and is reported per document).</summary>
public sealed record InputDocument(string Id, Func<string> ReadText)
{
    /// <summary>Whether the record repeats the text its offsets refer to (when it is not the input as given, e.g. extracted from HTML).</summary>
    public bool IncludeText { get; init; }

    /// <summary>Fields of a JSONL input record other than id and text, passed through to the output record.</summary>
    public System.Text.Json.JsonElement? Meta { get; init; }
}
