using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class PunctuationTokenTests
{
    [Test]
    public void Three_dots_are_one_ellipsis_token()
    {
        "We will... we must".TokenTextsWithKinds()
            .Should().Equal("We/Word", "will/Word", ".../Punctuation", "we/Word", "must/Word");
    }

    [Test]
    public void Ellipsis_character_is_one_token()
    {
        "We will… we must".TokenTextsWithKinds()
            .Should().Equal("We/Word", "will/Word", "…/Punctuation", "we/Word", "must/Word");
    }

    [Test]
    public void Four_dots_are_one_token()
    {
        "the end....".TokenTexts().Should().Equal("the", "end", "....");
    }

    [Test]
    public void Interrobang_is_two_tokens()
    {
        "Really?!".TokenTextsWithKinds().Should().Equal("Really/Word", "?/Punctuation", "!/Punctuation");
    }

    [Test]
    public void Brackets_and_separators_are_single_punctuation_tokens()
    {
        "(yes); no: [maybe], {ok}".TokenTexts()
            .Should().Equal("(", "yes", ")", ";", "no", ":", "[", "maybe", "]", ",", "{", "ok", "}");
    }

    [Test]
    public void Ampersand_between_capitals_stays_in_the_name()
    {
        "AT&T and S&P rose".TokenTexts().Should().Equal("AT&T", "and", "S&P", "rose");
    }

    [Test]
    public void Lone_ampersand_is_a_symbol()
    {
        "salt & pepper".TokenTextsWithKinds().Should().Equal("salt/Word", "&/Symbol", "pepper/Word");
    }

    [Test]
    public void Slash_between_words_is_punctuation()
    {
        "and/or".TokenTexts().Should().Equal("and", "/", "or");
    }
}
