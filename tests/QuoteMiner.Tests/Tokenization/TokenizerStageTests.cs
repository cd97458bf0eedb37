using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Tokenization;

public class TokenizerStageTests
{
    [Test]
    public void Stage_declares_its_layers()
    {
        var stage = new Tokenizer();

        stage.Name.Should().Be("tokenizer");
        stage.Requires.Should().Be(Layer.None);
        stage.Produces.Should().Be(Layer.Tokens);
    }

    [Test]
    public void Process_sets_the_tokens_layer()
    {
        var document = new Document("d1", "Officials said it's over.");

        new Tokenizer().Process(document);

        document.Has(Layer.Tokens).Should().BeTrue();
        document.Tokens.Select(t => document.TextOf(t).ToString()).Should().Equal("Officials", "said", "it", "'s", "over", ".");
    }

    [Test]
    public void Process_honours_cancellation()
    {
        var document = new Document("d1", "Text.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new Tokenizer().Process(document, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
        document.Has(Layer.Tokens).Should().BeFalse();
    }

    [Test]
    public void Empty_text_has_no_tokens()
    {
        Tokenizer.Tokenize(string.Empty).Should().BeEmpty();
        Tokenizer.Tokenize(" \r\n\t").Should().BeEmpty();
    }

    [Test]
    public void Tokenize_is_deterministic()
    {
        const string text = "Dr. Okafor said: \"It's 85% done.\"";
        Tokenizer.Tokenize(text).Should().Equal(Tokenizer.Tokenize(text));
    }
}
