using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.DocumentModel;

public class WordOfTests
{
    private static Document Tokenized(string text)
    {
        var document = new Document("w", text);
        document.SetTokens(Tokenizer.Tokenize(text));
        return document;
    }

    [Test]
    public void A_word_is_the_text_of_its_token()
    {
        var document = Tokenized("The minister said the plan was ready.");

        Enumerable.Range(0, document.Tokens.Count).Select(document.WordOf)
            .Should().Equal("The", "minister", "said", "the", "plan", "was", "ready", ".");
    }

    [Test]
    public void A_repeated_word_is_one_shared_string_across_documents()
    {
        var first = Tokenized("Officials said on Monday.");
        var second = Tokenized("The union said it would strike.");

        second.WordOf(2).Should().BeSameAs(first.WordOf(1));
    }

    [Test]
    public void Words_that_share_a_pool_slot_keep_their_own_text()
    {
        // Far more distinct words than the pool has slots, so many evict one another.
        var words = Enumerable.Range(0, 40_000).Select(i => $"w{i}").ToArray();
        var document = Tokenized(string.Join(' ', words));

        Enumerable.Range(0, words.Length).Select(document.WordOf).Should().Equal(words);
        Enumerable.Range(0, words.Length).Select(document.WordOf).Should().Equal(words);
    }
}
