using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>Read-only word access over a document's tokens for the rule sieves.</summary>
public sealed class TokenText(Document document)
{
    // The token array itself: these helpers run for every token in several stages, so no interface calls.
    private readonly Token[] tokens = document.TokenArray;
    private readonly string text = document.Text;

    public Document Document { get; } = document;

    public string Text => text;

    public IReadOnlyList<Token> Tokens => tokens;

    public int Count => tokens.Length;

    public string Word(int index) => Document.WordOf(index);

    public bool Is(int index, string word) =>
        (uint)index < (uint)tokens.Length && text.AsSpan(tokens[index].Start, tokens[index].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(int index, char c) =>
        (uint)index < (uint)tokens.Length && tokens[index].Length == 1 && text[tokens[index].Start] == c;

    /// <summary>An em or en dash standing alone, which sets off an aside ("Celia Marchetti — no relation —"); a hyphen does not.</summary>
    public bool IsAsideDash(int index) => IsPunctuation(index, '—') || IsPunctuation(index, '–');

    public bool IsQuoteMark(int index) => (uint)index < (uint)tokens.Length && tokens[index].Kind == TokenKind.QuoteMark && !IsPossessiveApostrophe(index);

    /// <summary>"Truckers’ Association", "workers' union": a single mark glued to a word ending in s is an apostrophe.</summary>
    public bool IsPossessiveApostrophe(int index) =>
        PossessiveApostrophe.Is(text, tokens, index);

    public bool IsCapitalised(int index) =>
        (uint)index < (uint)tokens.Length && tokens[index].Kind == TokenKind.Word && char.IsUpper(text[tokens[index].Start]);

    public bool IsLowerWord(int index) =>
        (uint)index < (uint)tokens.Length && tokens[index].Kind == TokenKind.Word && char.IsLower(text[tokens[index].Start]);
}
