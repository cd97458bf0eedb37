using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class DashAndHyphenTests
{
    [Test]
    public void En_dash_after_an_abbreviation_is_its_own_token()
    {
        "U.S.–Mexico talks".TokenTextsWithKinds()
            .Should().Equal("U.S./Word", "–/Punctuation", "Mexico/Word", "talks/Word");
    }

    [Test]
    public void Em_dash_between_words_is_its_own_token()
    {
        "The deal—signed in May—collapsed".TokenTextsWithKinds()
            .Should().Equal("The/Word", "deal/Word", "—/Punctuation", "signed/Word", "in/Word", "May/Word", "—/Punctuation", "collapsed/Word");
    }

    [TestCase("well-known")]
    [TestCase("narco-trafficking")]
    [TestCase("over-the-top")]
    [TestCase("COVID-19")]
    [TestCase("re-election")]
    public void Hyphenated_word_is_one_word_token(string word)
    {
        $"a {word} case".TokenTextsWithKinds().Should().Equal("a/Word", $"{word}/Word", "case/Word");
    }

    [Test]
    public void Number_joined_to_words_by_hyphens_is_one_word()
    {
        "a 10-year-old boy".TokenTextsWithKinds().Should().Equal("a/Word", "10-year-old/Word", "boy/Word");
    }

    [Test]
    public void Number_range_with_a_hyphen_stays_a_number()
    {
        "the 2019-20 season".TokenTextsWithKinds().Should().Equal("the/Word", "2019-20/Number", "season/Word");
    }

    [Test]
    public void Double_hyphen_is_one_dash_token()
    {
        "He paused -- then spoke".TokenTextsWithKinds()
            .Should().Equal("He/Word", "paused/Word", "--/Punctuation", "then/Word", "spoke/Word");
        "paused--then".TokenTexts().Should().Equal("paused", "--", "then");
    }

    [Test]
    public void Hyphen_at_word_edge_is_punctuation()
    {
        "pre- and post-war".TokenTexts().Should().Equal("pre", "-", "and", "post-war");
    }

    [Test]
    public void Hyphen_after_an_abbreviation_is_split_off()
    {
        "a U.S.-led coalition".TokenTexts().Should().Equal("a", "U.S.", "-", "led", "coalition");
    }
}
