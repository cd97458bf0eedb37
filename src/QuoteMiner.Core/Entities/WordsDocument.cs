using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Entities;

/// <summary>
/// Rebuilds a <see cref="Document"/> from sentences that are already tokenized (corpus readers give words, not
/// text), so the rule stages can run on them: the words joined by spaces, one token a word with the kind our
/// tokenizer gives that word alone, the corpus's own sentence boundaries, and one paragraph. The rule recognizer
/// reads tokens, kinds and sentences, not spacing, so it sees the same input as on the original text.
/// </summary>
public static class WordsDocument
{
    public static Document Build(IReadOnlyList<string[]> sentences, string id = "words")
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentenceLayer = new Sentence[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = tokens.Count;
            var sentenceStart = text.Length;
            foreach (var word in sentences[s])
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                var start = text.Length;
                text.Append(word);
                tokens.Add(new Token(start, text.Length, KindOf(word)));
            }

            var span = tokens.Count > first ? new TextSpan(tokens[first].Start, text.Length) : new TextSpan(sentenceStart, sentenceStart);
            sentenceLayer[s] = new Sentence(span, first, tokens.Count, 0);
        }

        var document = new Document(id, text.ToString());
        document.SetTokens([.. tokens]);
        document.SetSentences(sentenceLayer, [new Paragraph(new TextSpan(0, text.Length), 0, sentences.Count)]);
        return document;
    }

    /// <summary>
    /// The kind our tokenizer gives the word on its own; a clitic ('s, n't) is recognised after a host word, as
    /// the tokenizer only splits it off one; a word it would split is read by its first character.
    /// </summary>
    public static TokenKind KindOf(string word)
    {
        if (word.Length == 0)
        {
            return TokenKind.Symbol;
        }

        if (word.Length <= 4 && (word[0] is '\'' or '’' || word.StartsWith("n'", StringComparison.Ordinal) || word.StartsWith("n’", StringComparison.Ordinal)))
        {
            var hosted = Tokenizer.Tokenize("a" + word);
            if (hosted.Length == 2 && hosted[1].Start == 1 && hosted[1].Kind == TokenKind.Clitic)
            {
                return TokenKind.Clitic;
            }
        }

        var alone = Tokenizer.Tokenize(word);
        if (alone.Length == 1)
        {
            return alone[0].Kind;
        }

        var c = word[0];
        return char.IsLetter(c) ? TokenKind.Word : char.IsDigit(c) ? TokenKind.Number : TokenKind.Punctuation;
    }
}
