using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Sentences;

/// <summary>Structural guarantees of the sentence layer, checked over varied and random texts.</summary>
public class SentenceInvariantTests
{
    private static readonly string[] Texts =
    [
        "",
        "Headline Only",
        "Dr. Okafor said, \"We will win.\" Then she left the U.S. He stayed.\nNew paragraph? Yes!\r\n\r\nLast one…",
        "\"Will they?\" she asked. \"Are we safe?\" Ms. Lopez asked. 'It's over.' Fine.",
        "...\n!!!\n\"\n''\n)(",
        "A. B. C. D.\nJ. R. R. Tolkien. The end.",
        "No. 5. No. 6.\n\n\nU.S. U.K. E.U.",
    ];

    private static IEnumerable<string> AllTexts() => Texts;

    [TestCaseSource(nameof(AllTexts))]
    public void Sentences_and_paragraphs_are_consistent(string text) => AssertInvariants(text);

    [Test]
    public void Random_texts_keep_the_invariants()
    {
        const string alphabet = "aA Zz.!?…\"'”“)(\n\r,9U.S.Dr.";
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(1, 60)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            AssertInvariants(new string(chars));
        }
    }

    private static void AssertInvariants(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = QuoteMiner.Sentences.SentenceSplitter.Split(text, tokens);

        // Sentences tile the tokens in order: every token in exactly one sentence.
        var expectedFirst = 0;
        foreach (var sentence in sentences)
        {
            sentence.FirstToken.Should().Be(expectedFirst);
            sentence.EndToken.Should().BeGreaterThan(sentence.FirstToken);
            sentence.Span.Should().Be(new TextSpan(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End));
            expectedFirst = sentence.EndToken;
        }

        expectedFirst.Should().Be(tokens.Length);

        // Paragraphs tile the sentences; each sentence lies inside its paragraph and no newline inside a sentence.
        var expectedSentence = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            paragraph.FirstSentence.Should().Be(expectedSentence);
            paragraph.EndSentence.Should().BeGreaterThan(paragraph.FirstSentence);
            for (var s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                sentences[s].Paragraph.Should().Be(p);
                paragraph.Span.Contains(sentences[s].Span).Should().BeTrue();
                sentences[s].Span.Slice(text).ToString().Should().NotContainAny("\n", "\r");
            }

            expectedSentence = paragraph.EndSentence;
        }

        expectedSentence.Should().Be(sentences.Length);
    }
}
