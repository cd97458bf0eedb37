using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Quotes;

public class IndirectSpeechFinderTests
{
    private static readonly HashSet<QuoteKind> All = [QuoteKind.Direct, QuoteKind.Partial, QuoteKind.Indirect];

    [Test]
    public void Said_that_reports_the_clause_with_its_speaker()
    {
        var record = PipelineFixture.Run("Health Minister Rosa Vidal said that the new clinic would open in March.", All);

        var quote = record.Quotes.Should().ContainSingle().Subject;
        quote.Kind.Should().Be("indirect");
        quote.Text.Should().Be("the new clinic would open in March");
        PipelineFixture.SpeakerOf(record, quote).Should().Be("Rosa Vidal");
        quote.Cue!.Text.Should().Be("said");
    }

    [Test]
    public void According_to_reports_the_clause_after_the_comma()
    {
        var record = PipelineFixture.Run("According to the ministry, the border crossing will reopen on Monday morning.", All);

        var quote = record.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("the border crossing will reopen on Monday morning");
        PipelineFixture.SpeakerOf(record, quote).Should().Be("the ministry");
    }

    [Test]
    public void A_trailing_tag_reports_the_clause_before_it()
    {
        var record = PipelineFixture.Run("Talks with the union will resume next week, Maria Lund said.", All);

        var quote = record.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Talks with the union will resume next week");
        PipelineFixture.SpeakerOf(record, quote).Should().Be("Maria Lund");
    }

    [Test]
    public void A_subject_with_an_aside_before_said_and_a_clause_is_no_report_before_a_tag()
    {
        var record = PipelineFixture.Run("A person familiar with the process, who asked not to be identified, said three consortiums had bid.", All);

        record.Quotes.Should().NotContain(q => q.Text.StartsWith("A person", StringComparison.Ordinal));
    }

    [Test]
    public void Said_followed_by_a_prepositional_phrase_is_not_a_report()
    {
        var record = PipelineFixture.Run("The mayor said in a statement on Monday.", All);

        record.Quotes.Should().BeEmpty();
    }

    [Test]
    public void Indirect_speech_is_left_out_unless_asked_for()
    {
        var record = PipelineFixture.Run("Health Minister Rosa Vidal said that the new clinic would open in March.");

        record.Quotes.Should().BeEmpty();
    }

    [Test]
    public void A_sentence_with_quotation_marks_yields_no_indirect_quote()
    {
        var record = PipelineFixture.Run("Rosa Vidal said the clinic was \"a promise kept\" for the town.", All);

        record.Quotes.Should().ContainSingle().Which.Kind.Should().Be("partial");
    }

    [Test]
    public void Reported_speech_inside_a_quote_left_open_is_not_a_second_quote()
    {
        var record = PipelineFixture.Run("Lind said: \"We will rebuild. The mayor said the budget would double next year.\nThe council agreed.", All);

        record.Quotes.Should().ContainSingle().Which.Kind.Should().Be("direct");
    }
    [Test]
    public void Said_after_an_apposition_reports_the_clause_not_the_subject()
    {
        var record = PipelineFixture.Run("A neighbour, who did not want to be named, said she had heard screams after midnight.", All);

        var quote = record.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("she had heard screams after midnight");
        quote.Cue!.Text.Should().Be("said");
    }

    [Test]
    public void An_unnamed_person_who_reported_something_is_the_she_of_the_next_quote()
    {
        var record = PipelineFixture.Run("Landlord Lee Dane has run the pub for 11 years. His partner, who did not want to be named, "
            + "said she had been tied to a radiator. \"They had a crowbar,\" she said.");

        record.Quotes.Should().ContainSingle(q => q.Text == "They had a crowbar,").Which.SpeakerId.Should().BeNull();
    }
}
