namespace QuoteMiner.Cli.Commands;

/// <summary>One input to process: its id and a way to read its text (which may fail, and is reported per document).</summary>
public sealed record InputDocument(string Id, Func<string> ReadText);
