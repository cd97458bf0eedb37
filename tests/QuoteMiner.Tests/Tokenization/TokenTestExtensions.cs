using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Tokenization;

/// <summary>Shortcuts that turn tokens back into readable strings for assertions.</summary>
internal static class TokenTestExtensions
{
    public static string[] TokenTexts(this string text) =>
        Tokenizer.Tokenize(text).Select(t => t.Text(text).ToString()).ToArray();

    /// <summary>Each token as "text/Kind", e.g. "Mexico/Word", "'s/Clitic".</summary>
    public static string[] TokenTextsWithKinds(this string text) =>
        Tokenizer.Tokenize(text).Select(t => $"{t.Text(text)}/{t.Kind}").ToArray();

    public static TokenKind KindOf(this string text, string tokenText) =>
        Tokenizer.Tokenize(text).Single(t => t.Text(text).SequenceEqual(tokenText)).Kind;
}
