namespace QuoteMiner.Tests.Sentences;

public class AbbreviationSentenceTests
{
    [TestCase("Dr. Smith arrived late.")]
    [TestCase("The talks began on Jan. 11 in Geneva.")]
    [TestCase("Gen. Ruiz denied it.")]
    [TestCase("Mr. Okafor declined to comment.")]
    [TestCase("Some cities, e.g. the capital, were spared.")]
    [TestCase("The ministry, i.e. Ms. Lopez, disagreed.")]
    [TestCase("The team won 3 vs. 2 on Sunday.")]
    [TestCase("Sen. Maria Ruiz and Gov. Tom Hale met at 10 a.m. Monday.")]
    [TestCase("Acme Inc. Chief Executive Dana Cole resigned.")]
    public void Abbreviation_inside_a_sentence_does_not_end_it(string text)
    {
        text.SentenceTexts().Should().Equal(text);
    }

    [TestCase("J. R. R. Tolkien wrote the book.")]
    [TestCase("George W. Bush visited the site.")]
    [TestCase("The author, J.K. Rowling, spoke.")]
    public void Initials_do_not_end_a_sentence(string text)
    {
        text.SentenceTexts().Should().Equal(text);
    }

    [Test]
    public void Decimal_number_does_not_end_a_sentence()
    {
        "Growth slowed to 3.5 per cent. Exports fell.".SentenceTexts()
            .Should().Equal("Growth slowed to 3.5 per cent.", "Exports fell.");
    }

    [Test]
    public void Abbreviation_before_a_sentence_opener_ends_the_sentence()
    {
        "She moved to the U.S. He stayed behind.".SentenceTexts()
            .Should().Equal("She moved to the U.S.", "He stayed behind.");
    }

    [Test]
    public void Abbreviation_before_a_proper_noun_continues_the_sentence()
    {
        "A spokesman for the U.S. State Department said nothing.".SentenceTexts()
            .Should().Equal("A spokesman for the U.S. State Department said nothing.");
    }

    [Test]
    public void Company_suffix_can_end_a_sentence()
    {
        "The contract went to Baxter Ltd. The losing bid came from Acme Corp. But neither commented.".SentenceTexts()
            .Should().Equal("The contract went to Baxter Ltd.", "The losing bid came from Acme Corp.", "But neither commented.");
    }

    [Test]
    public void Time_abbreviation_can_end_a_sentence()
    {
        "The vote closed at 8 p.m. It was counted overnight.".SentenceTexts()
            .Should().Equal("The vote closed at 8 p.m.", "It was counted overnight.");
    }

    [Test]
    public void Title_abbreviation_never_ends_a_sentence()
    {
        // "Dr." is always followed by a name, even when that name happens to be a sentence-opener word.
        "They asked Dr. No about it.".SentenceTexts().Should().Equal("They asked Dr. No about it.");
    }

    [Test]
    public void Abbreviation_at_paragraph_end_ends_the_sentence()
    {
        "They sell fruit, vegetables, etc.\nPrices rose.".SentenceTexts()
            .Should().Equal("They sell fruit, vegetables, etc.", "Prices rose.");
    }

    [Test]
    public void Initial_before_a_sentence_opener_ends_the_sentence()
    {
        "They switched to Plan B. The rest is history.".SentenceTexts()
            .Should().Equal("They switched to Plan B.", "The rest is history.");
    }

    [Test]
    public void Number_abbreviation_before_a_number_does_not_end_a_sentence()
    {
        "He lives at No. 10 Downing Street. No. He does not.".SentenceTexts()
            .Should().Equal("He lives at No. 10 Downing Street.", "No.", "He does not.");
    }

    [Test]
    public void Etc_before_any_capitalised_word_ends_the_sentence()
    {
        "The deal covers autos, dairy, etc. Officials expect a vote.".SentenceTexts()
            .Should().Equal("The deal covers autos, dairy, etc.", "Officials expect a vote.");
        "Autos, dairy, etc. are covered.".SentenceTexts().Should().Equal("Autos, dairy, etc. are covered.");
    }

    [Test]
    public void Party_and_state_label_does_not_end_a_sentence()
    {
        "Sen. Marco Ruiz, R-Fla., said the bill was dead.".SentenceTexts()
            .Should().Equal("Sen. Marco Ruiz, R-Fla., said the bill was dead.");
    }
}
