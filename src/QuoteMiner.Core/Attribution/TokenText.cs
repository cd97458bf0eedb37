using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>Read-only word access over a document's tokens for the rule sieves.</summary>
public sealed class TokenText(Document document)
{
    public Document Document { get; } = document;

    public string Text => Document.Text;

    public IReadOnlyList<Token> Tokens => Document.Tokens;

    public int Count => Document.Tokens.Count;

    public string Word(int index) => Document.WordOf(index);

    public bool Is(int index, string word) =>
        index >= 0 && index < Count && Document.TextOf(Document.Tokens[index]).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(int index, char c) =>
        index >= 0 && index < Count && Document.Tokens[index].Length == 1 && Document.Text[Document.Tokens[index].Start] == c;

    public bool IsQuoteMark(int index) => index >= 0 && index < Count && Document.Tokens[index].Kind == TokenKind.QuoteMark && !IsPossessiveApostrophe(index);

    /// <summary>"Truckers’ Association", "workers' union": a single mark glued to a word ending in s is an apostrophe.</summary>
    public bool IsPossessiveApostrophe(int index) =>
        PossessiveApostrophe.Is(Document.Text, Document.Tokens, index);

    public bool IsCapitalised(int index) =>
        index >= 0 && index < Count && Document.Tokens[index].Kind == TokenKind.Word && char.IsUpper(Document.Text[Document.Tokens[index].Start]);

    public bool IsLowerWord(int index) =>
        index >= 0 && index < Count && Document.Tokens[index].Kind == TokenKind.Word && char.IsLower(Document.Text[Document.Tokens[index].Start]);
}
