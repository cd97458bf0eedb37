using QuoteMiner.Documents;

namespace QuoteMiner.Cli.Commands;

/// <summary>What <c>extract</c> was asked to do, once parsed.</summary>
public sealed record ExtractOptions(
    IReadOnlySet<QuoteKind> Kinds,
    string Format,
    int Threads,
    int MaxChars,
    TimeSpan TimeoutPerDocument,
    bool Quiet);
