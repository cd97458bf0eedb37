using QuoteMiner.Documents;
using QuoteMiner.Tests.Pipeline;

namespace QuoteMiner.Tests.Quotes;

/// <summary>End-to-end quote detection: marks, pairing, paragraphs, nesting, apostrophes, kinds and non-speech quotes.</summary>
[TestFixture]
public sealed class QuoteDetectionTests : PipelineTestBase
{
    [Test]
    public void Straight_double_quotes_give_the_text_between_the_marks()
    {
        const string text = "\"We will rebuild the bridge by spring,\" said Mayor Tessa Lund.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("We will rebuild the bridge by spring,");
        quote.Kind.Should().Be("direct");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Curly_double_quotes_give_the_text_between_the_marks()
    {
        const string text = "“Prices will fall next year,” said Daniel Ortiz, an economist at the bank.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("Prices will fall next year,");
        quote.Start.Should().Be(1);
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Straight_single_quotes_give_the_text_between_the_marks()
    {
        const string text = "'The harvest was the worst in a decade,' said farmer Helen Brooks.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("The harvest was the worst in a decade,");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Curly_single_quotes_give_the_text_between_the_marks()
    {
        const string text = "‘We are ready to talk again,’ said union leader Karl Weber.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("We are ready to talk again,");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Quote_interrupted_by_a_speech_tag_is_two_quotes_with_the_same_speaker()
    {
        const string text = "Health Minister Clara Voss presented the plan on Monday. \"The budget is balanced,\" she said, \"and taxes will not rise.\"";
        var record = Extract(text);

        record.Quotes.Select(q => q.Text).Should().Equal(["The budget is balanced,", "and taxes will not rise."], Dump(record));
        record.Quotes.Select(q => q.SpeakerId).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
        SpeakerOf(record, record.Quotes[0])!.Name.Should().Be("Clara Voss");
        foreach (var quote in record.Quotes)
        {
            ShouldMatchSource(quote, text);
        }
    }

    [Test]
    public void A_quote_opening_a_sentence_mid_paragraph_may_run_on_into_the_next_paragraph()
    {
        const string text = "Grace Walsh, a principal, said she had advertised the post four times. ‘We have 22 pupils who chose physics, and I can't tell them who will teach it.\n"
            + "‘I've asked retired teachers. You do what you can.’";
        var record = Extract(text);

        record.Quotes.Select(q => q.Text).Should().Equal(
            ["We have 22 pupils who chose physics, and I can't tell them who will teach it.", "I've asked retired teachers. You do what you can."], Dump(record));
        record.Quotes.Select(q => SpeakerOf(record, q)?.Name).Should().AllBe("Grace Walsh", Dump(record));
    }

    [Test]
    public void Quote_running_over_two_paragraphs_is_one_quote_per_paragraph_with_the_same_speaker()
    {
        const string text = "Engineer Paul Hayes described the collapse to reporters.\n\n"
            + "\"The beam gave way first. Then the deck followed within seconds.\n\n"
            + "\"Nobody was on the bridge at the time,\" Hayes said.";
        var document = Process(text);
        var record = Extract(text);

        record.Quotes.Select(q => q.Text).Should().Equal(
            ["The beam gave way first. Then the deck followed within seconds.", "Nobody was on the bridge at the time,"], Dump(record));
        document.Quotes[1].ContinuesQuote.Should().Be(0);
        record.Quotes.Select(q => q.SpeakerId).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
        SpeakerOf(record, record.Quotes[0])!.Name.Should().Be("Paul Hayes");
        foreach (var quote in record.Quotes)
        {
            ShouldMatchSource(quote, text);
        }
    }

    [Test]
    public void Nested_single_quote_inside_a_double_quote_is_not_reported_separately()
    {
        const string text = "\"When the chief told us 'pack your bags now,' we knew it was over,\" said firefighter Leo Grant.";
        var document = Process(text);
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("When the chief told us 'pack your bags now,' we knew it was over,");
        ShouldMatchSource(quote, text);
        document.Quotes.Where(q => q.IsNested).Select(q => q.Content.Slice(text).ToString()).Should().Equal("pack your bags now,");
    }

    [TestCase("\"")]
    [TestCase("'")]
    [TestCase("\"\"")]
    [TestCase("“ ”")]
    [TestCase("He said \"we will see.\n\nThe vote is on Friday.")]
    [TestCase("\"The vote is on Friday.\n\nNobody expects a surprise, officials said.")]
    [TestCase("The mayor's aides' ' claims were \"odd.\n\n\"\n\n'")]
    [TestCase("”Backwards marks,“ said Tom Ash. ’Odd,‘ he added.\n\n“Open again")]
    [TestCase("It's the '90s again, and the drivers' \"rules\" are 'new\n\nsaid nobody.")]
    [TestCase("\n\n\"\n\n\"\n\n")]
    [TestCase("\"A \"B \"C \"D\" E\" F\" G")]
    public void Unbalanced_marks_never_throw_and_never_cross_a_paragraph(string text)
    {
        Document document = null!;
        var act = () => document = Process(text);
        act.Should().NotThrow();
        var record = QuoteMiner.Output.DocumentRecordBuilder.Build(document);

        foreach (var quote in document.Quotes)
        {
            var paragraph = document.Paragraphs[quote.Paragraph].Span;
            paragraph.Contains(quote.Content).Should().BeTrue($"quote {quote.Content} must stay inside paragraph {paragraph}");
            quote.Content.Slice(text).ToString().Should().NotContain("\n\n");
        }

        foreach (var quote in record.Quotes)
        {
            ShouldMatchSource(quote, text);
        }
    }

    [Test]
    public void British_single_quotes_with_apostrophes_keep_the_whole_sentence()
    {
        const string text = "Councillor Mark Benson defended the closure. 'It's the council's decision,' he said.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("It's the council's decision,");
        ShouldMatchSource(quote, text);
        SpeakerOf(record, quote)!.Name.Should().Be("Mark Benson");
    }

    [Test]
    public void Plural_possessive_inside_a_single_quoted_quote_does_not_close_it()
    {
        const string text = "Organiser Nora Quinn spoke outside the plant. 'The workers' union will decide,' she said.";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("The workers' union will decide,");
        ShouldMatchSource(quote, text);
        SpeakerOf(record, quote)!.Name.Should().Be("Nora Quinn");
    }

    [Test]
    public void Fragment_woven_into_the_reporters_sentence_is_a_partial_quote()
    {
        const string text = "Opposition leader Rosa Meyer called the plan 'a betrayal of trust' on Tuesday.";
        var document = Process(text);

        var quote = document.Quotes.Should().ContainSingle().Subject;
        quote.Content.Slice(text).ToString().Should().Be("a betrayal of trust");
        quote.Kind.Should().Be(QuoteKind.Partial);
    }

    [Test]
    public void Full_sentence_after_a_colon_is_a_direct_quote()
    {
        const string text = "Rosa Meyer said: \"This plan betrays every family in the region.\"";
        var record = Extract(text);

        var quote = record.Quotes.Should().ContainSingle(Dump(record)).Subject;
        quote.Text.Should().Be("This plan betrays every family in the region.");
        quote.Kind.Should().Be("direct");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Title_of_a_film_in_quotes_is_no_quote()
    {
        const string text = "The film \"Night Harbour\" opened in 40 cinemas across the country on Friday.";
        var document = Process(text);
        var record = Extract(text);

        document.Quotes.Should().BeEmpty();
        record.Quotes.Should().BeEmpty();
    }

    [Test]
    public void A_quote_broken_by_a_line_break_and_closed_on_the_next_line_is_two_quotes_of_one_speaker()
    {
        const string text = "He told reporters last night: 'I did not shout at him, I promise. I never said he was one.\nAll I did was call him a millionaire.' The row went on.";
        var record = Extract(text);

        record.Quotes.Select(q => q.Text).Should().Equal("I did not shout at him, I promise. I never said he was one.", "All I did was call him a millionaire.");
        record.Quotes.Select(q => q.SpeakerId).Distinct().Should().ContainSingle();
    }

    [Test]
    public void Title_set_off_by_commas_after_its_kind_is_no_quote()
    {
        const string text = "The painter Tomas Harlow left 300 sketches. The exhibition, \"Harlow at Sea\", opens on Saturday.";

        Extract(text).Quotes.Should().BeEmpty();
    }

    [Test]
    public void Nickname_between_first_name_and_surname_is_no_quote()
    {
        const string text = "Dwayne \"The Rock\" Johnson arrived at the premiere late on Saturday.";
        var document = Process(text);

        document.Quotes.Should().BeEmpty();
    }

    [TestCase("Much of it is what meteorologists call \"clear-air turbulence,\" which occurs away from storms.")]
    [TestCase("Forecasters warned of what they describe as an \"atmospheric river\" over the ranges.")]
    [TestCase("Workers carried placards reading \"We want our wages\" along the highway.")]
    [TestCase("She told Euronews' \"Europe Today\" programme that the talks had stalled.")]
    [TestCase("Jacques Vidal, known to fellow campaigners as \"le Grand Jacques\", led the march.")]
    [TestCase("The measure, known around the Capitol as the \"Brake Act\", would have required two-person crews.")]
    public void A_name_someone_or_something_is_known_by_is_not_a_quote(string text)
    {
        var document = Process(text);

        document.Quotes.Should().BeEmpty();
    }

    [Test]
    public void The_thing_described_as_a_quoted_phrase_is_not_a_quote()
    {
        var document = Process("The chair of the judges, Dr Niamh Rourke, described \"The Quiet Field\" as \"a book that earns its silences\".");

        document.Quotes.Should().ContainSingle(q => document.TextOf(q.Content).ToString() == "a book that earns its silences");
        document.Quotes.Should().NotContain(q => document.TextOf(q.Content).ToString() == "The Quiet Field");
    }

    [Test]
    public void A_naming_noun_used_as_a_verb_does_not_hide_the_quote()
    {
        const string text = "Minister Ana Ruiz said both sides must show \"patience but firmness\" in the talks.";
        var record = Extract(text);

        record.Quotes.Should().ContainSingle(q => q.Text == "patience but firmness", Dump(record));
    }

    [Test]
    public void Short_scare_quote_that_nobody_says_is_not_reported()
    {
        const string text = "Analysts criticised the \"green\" strategy of the airline this week.";
        var document = Process(text);
        var record = Extract(text);

        document.Quotes.Should().ContainSingle().Which.NeedsAttribution.Should().BeTrue();
        record.Quotes.Should().BeEmpty(Dump(record));
    }

    [Test]
    public void Short_scare_quote_after_a_possessive_subject_is_not_reported()
    {
        const string text = "The company's \"green\" strategy drew sharp criticism from analysts this week.";
        var record = Extract(text);

        record.Quotes.Should().BeEmpty(Dump(record));
    }
}
