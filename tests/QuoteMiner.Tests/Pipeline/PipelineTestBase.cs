using System.Text.Json;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Tests.Pipeline;

/// <summary>
/// Base for end-to-end tests: loads the embedded lexicons once per fixture and runs the standard
/// pipeline on short texts, returning the document and its output record.
/// </summary>
public abstract class PipelineTestBase
{
    protected NewsLexicons Lexicons { get; private set; } = null!;

    protected TextPipeline Pipeline { get; private set; } = null!;

    [OneTimeSetUp]
    public void LoadPipeline()
    {
        Lexicons = NewsLexicons.Load();
        Pipeline = QuoteMinerPipeline.Create(Lexicons);
    }

    protected Document Process(string text, string id = "doc") => Pipeline.Process(id, text);

    protected DocumentRecord Extract(string text, string id = "doc") => DocumentRecordBuilder.Build(Process(text, id));

    /// <summary>The record as JSON, for assertion messages.</summary>
    protected static string Dump(DocumentRecord record) =>
        JsonSerializer.Serialize(record, new JsonSerializerOptions(OutputJsonContext.Default.Options) { WriteIndented = true });

    protected static SpeakerRecord? SpeakerOf(DocumentRecord record, QuoteRecord quote) =>
        quote.SpeakerId is null ? null : record.Speakers.Single(s => s.Id == quote.SpeakerId);

    protected static QuoteRecord QuoteWithText(DocumentRecord record, string text) =>
        record.Quotes.Should().ContainSingle(q => q.Text == text, Dump(record)).Subject;

    /// <summary>The quote's text, start and end agree with the source (no surrogates in these texts).</summary>
    protected static void ShouldMatchSource(QuoteRecord quote, string text)
    {
        text[quote.Start..quote.End].Should().Be(quote.Text, "offsets must slice out the quote text");
        if (quote.Cue is { } cue)
        {
            text[cue.Start..cue.End].Should().Be(cue.Text, "offsets must slice out the cue text");
        }
    }

    protected static string SpeakerNameOf(DocumentRecord record, string quoteText)
    {
        var quote = QuoteWithText(record, quoteText);
        quote.SpeakerId.Should().NotBeNull($"the quote '{quoteText}' should have a speaker: {Dump(record)}");
        return SpeakerOf(record, quote)!.Name;
    }
}
