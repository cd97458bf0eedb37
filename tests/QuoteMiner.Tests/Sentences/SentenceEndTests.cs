namespace QuoteMiner.Tests.Sentences;

public class SentenceEndTests
{
    [Test]
    public void Full_stop_before_a_capitalised_word_ends_a_sentence()
    {
        "The vote passed. Protesters gathered.".SentenceTexts().Should().Equal("The vote passed.", "Protesters gathered.");
    }

    [Test]
    public void Question_and_exclamation_marks_end_sentences()
    {
        "Is it over? Nobody knows! Talks resume today.".SentenceTexts()
            .Should().Equal("Is it over?", "Nobody knows!", "Talks resume today.");
    }

    [Test]
    public void Interrobang_ends_one_sentence()
    {
        "They won?! Nobody expected it.".SentenceTexts().Should().Equal("They won?!", "Nobody expected it.");
    }

    [Test]
    public void Ellipsis_before_a_capitalised_word_ends_a_sentence()
    {
        "We waited… Nothing happened. We waited... Then it rained.".SentenceTexts()
            .Should().Equal("We waited…", "Nothing happened.", "We waited...", "Then it rained.");
    }

    [Test]
    public void Ellipsis_before_a_lowercase_word_continues_the_sentence()
    {
        "We will… we must win.".SentenceTexts().Should().Equal("We will… we must win.");
    }

    [Test]
    public void Full_stop_before_a_digit_ends_a_sentence()
    {
        "Turnout was low. 1,029 people voted.".SentenceTexts().Should().Equal("Turnout was low.", "1,029 people voted.");
    }

    [Test]
    public void Full_stop_before_a_lowercase_word_does_not_end_a_sentence()
    {
        "It cost approx. five dollars.".SentenceTexts().Should().Equal("It cost approx. five dollars.");
        "The firm, Acme.com, is small. it grew.".SentenceTexts().Should().Equal("The firm, Acme.com, is small. it grew.");
    }

    [Test]
    public void Closing_bracket_after_a_stop_belongs_to_the_first_sentence()
    {
        "He resigned. (He later returned.) Then he ran again.".SentenceTexts()
            .Should().Equal("He resigned.", "(He later returned.)", "Then he ran again.");
    }

    [Test]
    public void Currency_amount_can_start_a_sentence()
    {
        "The fund closed. $1.5bn was lost.".SentenceTexts().Should().Equal("The fund closed.", "$1.5bn was lost.");
    }

    [Test]
    public void Handle_can_start_a_sentence()
    {
        "Thanks for reading. @AcmeNews has more.".SentenceTexts().Should().Equal("Thanks for reading.", "@AcmeNews has more.");
    }

    [Test]
    public void Headline_without_final_punctuation_is_its_own_sentence()
    {
        "Floods Hit Northern Towns\nHundreds were evacuated on Monday.".SentenceTexts()
            .Should().Equal("Floods Hit Northern Towns", "Hundreds were evacuated on Monday.");
    }

    [Test]
    public void Last_sentence_without_a_stop_ends_at_the_text_end()
    {
        "It rained. Nobody came".SentenceTexts().Should().Equal("It rained.", "Nobody came");
    }

    [Test]
    public void Dash_or_colon_does_not_end_a_sentence()
    {
        "He said this: We go -- now.".SentenceTexts().Should().Equal("He said this: We go -- now.");
    }
}
