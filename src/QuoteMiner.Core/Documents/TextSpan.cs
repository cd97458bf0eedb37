namespace QuoteMiner.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
