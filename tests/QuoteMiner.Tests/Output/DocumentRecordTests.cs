using System.Text.Json;
using QuoteMiner.Output;
using QuoteMiner.Tests.Pipeline;

namespace QuoteMiner.Tests.Output;

/// <summary>The JSON record: schema version, ids, speaker references and code-point offsets.</summary>
[TestFixture]
public sealed class DocumentRecordTests : PipelineTestBase
{
    private const string TwoSpeakers =
        "Health Minister Ruth Adler opened the clinic on Monday. \"Every town deserves a doctor,\" she said.\n\n"
        + "\"We have waited ten years for this,\" said Tomas Novak, a local farmer.\n\n"
        + "\"The staff start next week,\" Adler added.";

    [Test]
    public void Schema_version_is_the_current_one_and_the_id_is_kept()
    {
        var record = Extract(TwoSpeakers, "article-7");

        record.SchemaVersion.Should().Be(DocumentRecordBuilder.SchemaVersion);
        record.Id.Should().Be("article-7");
        var json = JsonSerializer.Serialize(record, OutputJsonContext.Default.DocumentRecord);
        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("schemaVersion").GetString().Should().Be(DocumentRecordBuilder.SchemaVersion);
        parsed.RootElement.GetProperty("quotes").GetArrayLength().Should().Be(record.Quotes.Count);
    }

    [Test]
    public void Quote_and_speaker_ids_are_numbered_from_one()
    {
        var record = Extract(TwoSpeakers);

        record.Quotes.Should().HaveCount(3, Dump(record));
        record.Quotes.Select(q => q.Id).Should().Equal(Enumerable.Range(1, record.Quotes.Count).Select(i => $"q{i}"));
        record.Speakers.Select(s => s.Id).Should().Equal(Enumerable.Range(1, record.Speakers.Count).Select(i => $"s{i}"));
    }

    [Test]
    public void Every_speaker_id_of_a_quote_refers_to_a_listed_speaker()
    {
        var record = Extract(TwoSpeakers);

        var ids = record.Speakers.Select(s => s.Id).ToHashSet();
        record.Quotes.Should().OnlyContain(q => q.SpeakerId == null || ids.Contains(q.SpeakerId), Dump(record));
        SpeakerNameOf(record, "Every town deserves a doctor,").Should().Be("Ruth Adler");
        SpeakerNameOf(record, "We have waited ten years for this,").Should().Be("Tomas Novak");
        SpeakerNameOf(record, "The staff start next week,").Should().Be("Ruth Adler");
    }

    [Test]
    public void Mentions_and_quotes_slice_out_their_text()
    {
        var record = Extract(TwoSpeakers);

        foreach (var quote in record.Quotes)
        {
            ShouldMatchSource(quote, TwoSpeakers);
        }

        foreach (var mention in record.Speakers.SelectMany(s => s.Mentions))
        {
            TwoSpeakers[mention.Start..mention.End].Should().Be(mention.Text);
        }
    }

    [Test]
    public void Offsets_count_an_emoji_before_the_quote_as_one_code_point()
    {
        const string text = "🎉 \"We won the final at last,\" said coach Ida Holm.";
        var document = Process(text);
        var record = DocumentRecordBuilder.Build(document);

        var quote = QuoteWithText(record, "We won the final at last,");
        quote.Start.Should().Be(3, "emoji (1 code point), space, opening mark");
        quote.End.Should().Be(3 + "We won the final at last,".Length);
        document.Quotes[0].Content.Start.Should().Be(4, "the document layer keeps UTF-16 offsets");

        var codePoints = ToCodePoints(text);
        string.Concat(codePoints[quote.Start..quote.End]).Should().Be(quote.Text);
        var cue = quote.Cue!;
        string.Concat(codePoints[cue.Start..cue.End]).Should().Be("said");
        foreach (var mention in record.Speakers.SelectMany(s => s.Mentions))
        {
            string.Concat(codePoints[mention.Start..mention.End]).Should().Be(mention.Text);
        }
    }

    [Test]
    public void Empty_text_gives_an_empty_record()
    {
        var record = Extract(string.Empty);

        record.Quotes.Should().BeEmpty();
        record.Speakers.Should().BeEmpty();
        record.SchemaVersion.Should().Be(DocumentRecordBuilder.SchemaVersion);
    }

    private static string[] ToCodePoints(string text)
    {
        var result = new List<string>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            result.Add(char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString());
        }

        return [.. result];
    }
}
