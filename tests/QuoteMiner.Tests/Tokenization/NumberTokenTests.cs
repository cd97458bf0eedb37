using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class NumberTokenTests
{
    [TestCase("1,029")]
    [TestCase("3.5")]
    [TestCase("2019")]
    [TestCase("12.20pm")]
    [TestCase("1.5bn")]
    [TestCase("21st")]
    [TestCase("1990s")]
    [TestCase("12:30")]
    [TestCase("24/7")]
    [TestCase("1,250,000.75")]
    public void Number_is_one_number_token(string number)
    {
        $"about {number} now".TokenTextsWithKinds().Should().Equal("about/Word", $"{number}/Number", "now/Word");
    }

    [Test]
    public void Percent_sign_is_a_separate_symbol()
    {
        // Chosen convention: the number and the % are two tokens, like "$" and the amount.
        "up 85% on the year".TokenTextsWithKinds().Should().Equal("up/Word", "85/Number", "%/Symbol", "on/Word", "the/Word", "year/Word");
    }

    [Test]
    public void Currency_sign_is_a_symbol_before_the_amount()
    {
        "a $1.5bn loan".TokenTextsWithKinds().Should().Equal("a/Word", "$/Symbol", "1.5bn/Number", "loan/Word");
        "£20 and €3.40".TokenTextsWithKinds().Should().Equal("£/Symbol", "20/Number", "and/Word", "€/Symbol", "3.40/Number");
    }

    [Test]
    public void Amount_in_cents()
    {
        "It costs 44 cents.".TokenTextsWithKinds()
            .Should().Equal("It/Word", "costs/Word", "44/Number", "cents/Word", "./Punctuation");
    }

    [Test]
    public void Full_stop_after_a_number_is_punctuation()
    {
        "He was born in 1971.".TokenTexts().Should().Equal("He", "was", "born", "in", "1971", ".");
        "It rose 3.5.".TokenTexts().Should().Equal("It", "rose", "3.5", ".");
    }

    [Test]
    public void Comma_after_a_number_is_punctuation()
    {
        "In 2019, 1,029 people".TokenTexts().Should().Equal("In", "2019", ",", "1,029", "people");
    }

    [Test]
    public void Decade_with_apostrophe_is_one_number()
    {
        "music of the '90s and ’80s".TokenTextsWithKinds()
            .Should().Equal("music/Word", "of/Word", "the/Word", "'90s/Number", "and/Word", "’80s/Number");
    }

    [Test]
    public void Possessive_after_a_number_is_a_clitic()
    {
        "1990's best".TokenTextsWithKinds().Should().Equal("1990/Number", "'s/Clitic", "best/Word");
    }
}
