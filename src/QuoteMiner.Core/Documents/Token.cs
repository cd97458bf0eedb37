namespace QuoteMiner.Documents;

/// <summary>What a token is, decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>A quotation mark (" ' “ ” ‘ ’ « » „ ‚ ‹ › or <c>''</c>); never an apostrophe inside a word.</summary>
    QuoteMark,
    /// <summary>A clitic split from its host: possessive 's, n't, 're, 'll …</summary>
    Clitic,
    Url,
    Email,
    Handle,
    Hashtag,
    Symbol,
}

/// <summary>
/// A token is an offset range into the text plus its kind; it never copies the text.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> Text(string text) => text.AsSpan(Start, End - Start);
}
