using QuoteMiner.Documents;

namespace QuoteMiner.Entities;

/// <summary>
/// A run of capitalised tokens [FirstToken, EndToken), split into the title words in front
/// ("U.S. Secretary of State") and the name itself [NameStart, EndToken) ("Marco Rubio").
/// </summary>
public readonly record struct ProperNameChunk(int FirstToken, int NameStart, int EndToken)
{
    public bool HasTitle => NameStart > FirstToken;

    public int NameLength => EndToken - NameStart;

    public TextSpan NameSpan(IReadOnlyList<Token> tokens) => new(tokens[NameStart].Start, tokens[EndToken - 1].End);
}
