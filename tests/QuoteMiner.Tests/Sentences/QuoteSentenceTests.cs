namespace QuoteMiner.Tests.Sentences;

public class QuoteSentenceTests
{
    [Test]
    public void Closing_double_quote_after_a_stop_belongs_to_the_first_sentence()
    {
        "He said, \"We will win.\" Then he left.".SentenceTexts()
            .Should().Equal("He said, \"We will win.\"", "Then he left.");
    }

    [Test]
    public void Closing_typographic_quote_after_a_stop_belongs_to_the_first_sentence()
    {
        "He said, “We will win.” Then he left.".SentenceTexts()
            .Should().Equal("He said, “We will win.”", "Then he left.");
    }

    [Test]
    public void Closing_british_single_quote_after_a_stop_belongs_to_the_first_sentence()
    {
        "She called it 'unacceptable.' Officials disagreed.".SentenceTexts()
            .Should().Equal("She called it 'unacceptable.'", "Officials disagreed.");
    }

    [Test]
    public void Question_in_quotes_followed_by_a_lowercase_tag_is_one_sentence()
    {
        "\"Will they?\" she asked.".SentenceTexts().Should().Equal("\"Will they?\" she asked.");
    }

    [Test]
    public void Exclamation_in_quotes_followed_by_a_lowercase_tag_is_one_sentence()
    {
        "\"Get out!\" the guard shouted.".SentenceTexts().Should().Equal("\"Get out!\" the guard shouted.");
    }

    [Test]
    public void Question_in_quotes_followed_by_a_named_speaker_and_verb_is_one_sentence()
    {
        "\"Are we safe?\" Ms. Lopez asked. \"Why now?\" Okafor wondered.".SentenceTexts()
            .Should().Equal("\"Are we safe?\" Ms. Lopez asked.", "\"Why now?\" Okafor wondered.");
    }

    [Test]
    public void Question_in_quotes_followed_by_a_new_sentence_is_split()
    {
        "\"Will they?\" He doubted it.".SentenceTexts().Should().Equal("\"Will they?\"", "He doubted it.");
    }

    [Test]
    public void Quote_spanning_several_sentences_is_split_into_them()
    {
        "\"We will win. We always do. Nobody can stop us,\" she said.".SentenceTexts()
            .Should().Equal("\"We will win.", "We always do.", "Nobody can stop us,\" she said.");
    }

    [Test]
    public void Opening_quote_after_a_stop_starts_the_next_sentence()
    {
        "The minister left. \"We are done,\" he said.".SentenceTexts()
            .Should().Equal("The minister left.", "\"We are done,\" he said.");
    }

    [Test]
    public void Consecutive_quotes_are_separate_sentences()
    {
        "\"Is it over?\" \"Yes.\"".SentenceTexts().Should().Equal("\"Is it over?\"", "\"Yes.\"");
    }

    [Test]
    public void Nested_quotes_closing_together_stay_with_the_sentence()
    {
        "\"He called it 'a disgrace.'\" Then he left.".SentenceTexts()
            .Should().Equal("\"He called it 'a disgrace.'\"", "Then he left.");
    }

    [Test]
    public void Typewriter_quotes_close_after_the_stop()
    {
        "``We won.'' Then they celebrated.".SentenceTexts().Should().Equal("``We won.''", "Then they celebrated.");
    }

    [Test]
    public void Abbreviation_at_the_end_of_a_quote_ends_the_sentence()
    {
        "\"They moved to the U.S.\" He nodded.".SentenceTexts().Should().Equal("\"They moved to the U.S.\"", "He nodded.");
    }
}
