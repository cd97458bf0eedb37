using QuoteMiner.Documents;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Sentences;

/// <summary>Shortcuts that tokenize and split a text and return readable sentences.</summary>
internal static class SentenceTestExtensions
{
    public static (Token[] Tokens, Sentence[] Sentences, Paragraph[] Paragraphs) SplitAll(this string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        return (tokens, sentences, paragraphs);
    }

    public static string[] SentenceTexts(this string text) =>
        text.SplitAll().Sentences.Select(s => s.Span.Slice(text).ToString()).ToArray();
}
