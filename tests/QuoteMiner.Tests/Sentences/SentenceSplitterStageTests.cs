using QuoteMiner.Documents;
using QuoteMiner.Pipeline;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Sentences;

public class SentenceSplitterStageTests
{
    [Test]
    public void Stage_declares_its_layers()
    {
        var stage = new SentenceSplitter();

        stage.Name.Should().Be("sentences");
        stage.Requires.Should().Be(Layer.Tokens);
        stage.Produces.Should().Be(Layer.Sentences);
    }

    [Test]
    public void Pipeline_of_tokenizer_and_splitter_fills_both_layers()
    {
        var pipeline = new TextPipeline([new Tokenizer(), new SentenceSplitter()]);

        var document = pipeline.Process("d1", "Floods Hit Towns\nDr. Ruiz said, \"We will rebuild.\" Aid arrived.");

        document.Has(Layer.Tokens | Layer.Sentences).Should().BeTrue();
        document.Paragraphs.Should().HaveCount(2);
        document.Sentences.Select(s => document.TextOf(s.Span).ToString())
            .Should().Equal("Floods Hit Towns", "Dr. Ruiz said, \"We will rebuild.\"", "Aid arrived.");
    }

    [Test]
    public void Splitter_without_tokens_is_rejected_by_the_pipeline()
    {
        var act = () => new TextPipeline([new SentenceSplitter()]);

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Process_honours_cancellation()
    {
        var document = new Document("d1", "One. Two.");
        new Tokenizer().Process(document);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => new SentenceSplitter().Process(document, cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
        document.Has(Layer.Sentences).Should().BeFalse();
    }
}
