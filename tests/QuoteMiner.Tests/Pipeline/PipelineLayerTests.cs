using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Pipeline;

/// <summary>The standard pipeline's layers line up: one attribution and one speaker index per quote.</summary>
[TestFixture]
public sealed class PipelineLayerTests : PipelineTestBase
{
    private const string Story =
        "Port director Silvia Mancini, 52, spoke on Tuesday. \"The harbour reopens on Monday,\" she said.\n\n"
        + "\"Ships will wait a little longer,\" said Tomas Novak, a shipping agent. \"Nobody likes delays.\"";

    [Test]
    public void Standard_pipeline_produces_every_layer()
    {
        Pipeline.Produces.Should().Be(Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes | Layer.Mentions | Layer.Attributions | Layer.Speakers);
        var document = Process(Story);

        document.Layers.Should().Be(Pipeline.Produces);
    }

    [Test]
    public void Each_quote_has_one_attribution_and_one_speaker_index()
    {
        var document = Process(Story);

        document.Quotes.Should().HaveCount(3);
        document.Attributions.Should().HaveCount(document.Quotes.Count);
        document.QuoteSpeakers.Should().HaveCount(document.Quotes.Count);
        document.Attributions.Select(a => a.QuoteIndex).Should().Equal(Enumerable.Range(0, document.Quotes.Count));
        document.QuoteSpeakers.Should().OnlyContain(s => s >= -1 && s < document.Speakers.Count);
    }

    [Test]
    public void Outer_span_includes_the_marks_and_content_excludes_them()
    {
        var document = Process(Story);

        foreach (var quote in document.Quotes)
        {
            quote.Outer.Contains(quote.Content).Should().BeTrue();
            Story[quote.Outer.Start].Should().Be('"');
            Story[quote.Outer.End - 1].Should().Be('"');
            Story[quote.Content.Start].Should().NotBe('"');
        }
    }

    [Test]
    public void Quotes_in_a_later_sentence_of_the_same_paragraph_keep_the_tagged_speaker()
    {
        var record = Extract(Story);

        SpeakerNameOf(record, "The harbour reopens on Monday,").Should().Be("Silvia Mancini");
        SpeakerNameOf(record, "Ships will wait a little longer,").Should().Be("Tomas Novak");
        SpeakerNameOf(record, "Nobody likes delays.").Should().Be("Tomas Novak");
    }

    [Test]
    public void Layers_can_be_written_only_once()
    {
        var document = Process("\"Fine,\" said Jane Doe.");

        var act = () => document.SetQuotes([]);
        act.Should().Throw<InvalidOperationException>().WithMessage("*already set*");
    }
}
