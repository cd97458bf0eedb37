namespace QuoteMiner.Documents;

public enum QuoteKind : byte
{
    /// <summary>A full sentence or more of someone's words.</summary>
    Direct,
    /// <summary>A fragment woven into the reporter's own sentence ('concrete, verifiable outcomes').</summary>
    Partial,
    /// <summary>Reported speech without quotation marks ("X said that …").</summary>
    Indirect,
}

/// <summary>
/// A quotation: <see cref="Content"/> is the text between the marks (marks excluded);
/// <see cref="Outer"/> includes the marks. A quote continued across paragraphs is one quote per paragraph,
/// linked by <see cref="ContinuesQuote"/> (the index of the quote it continues, or -1).
/// </summary>
public sealed record Quote(TextSpan Content, TextSpan Outer, QuoteKind Kind, int Sentence, int Paragraph)
{
    public int ContinuesQuote { get; init; } = -1;

    /// <summary>Quote that looks like a title or scare quote: kept only if something attributes it.</summary>
    public bool NeedsAttribution { get; init; }

    /// <summary>Title-like quote ("the Long Haul"): kept only if a speech cue attributes it.</summary>
    public bool NeedsCue { get; init; }

    /// <summary>A quote inside another quote: the outer speaker quoting someone; not reported on its own.</summary>
    public bool IsNested { get; init; }
}
