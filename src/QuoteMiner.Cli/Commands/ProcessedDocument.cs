using QuoteMiner.Output;

namespace QuoteMiner.Cli.Commands;

/// <summary>The outcome for one input: its JSON record, and for reports the text and record it came from.</summary>
public sealed record ProcessedDocument(string Json, bool Succeeded, string? Text, DocumentRecord? Record, ErrorRecord? Error);
