using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class UnicodeTokenTests
{
    [Test]
    public void Emoji_is_one_symbol_token()
    {
        "great 👍 work".TokenTextsWithKinds().Should().Equal("great/Word", "👍/Symbol", "work/Word");
    }

    [Test]
    public void Emoji_with_skin_tone_and_joiners_is_one_token()
    {
        "coder 👩🏽‍💻 here".TokenTexts().Should().Equal("coder", "👩🏽‍💻", "here");
    }

    [Test]
    public void Flag_is_one_token()
    {
        "🇲🇽🇺🇸".TokenTexts().Should().Equal("🇲🇽", "🇺🇸");
    }

    [Test]
    public void Emoji_glued_to_a_word_is_split_off_whole()
    {
        "wow😀!".TokenTexts().Should().Equal("wow", "😀", "!");
    }

    [Test]
    public void Letters_outside_the_basic_plane_stay_in_the_word()
    {
        "𝐁𝐨𝐥𝐝 text".TokenTexts().Should().Equal("𝐁𝐨𝐥𝐝", "text");
    }

    [Test]
    public void Accented_and_combining_letters_stay_in_the_word()
    {
        "José Martí and Jose\u0301".TokenTexts().Should().Equal("José", "Martí", "and", "Jose\u0301");
    }

    [Test]
    public void Non_breaking_and_zero_width_spaces_separate_tokens()
    {
        "10\u00A0km\u200Baway".TokenTexts().Should().Equal("10", "km", "away");
    }

    [Test]
    public void Lone_surrogate_is_a_one_char_symbol()
    {
        "a \uD800 b".TokenTextsWithKinds().Should().Equal("a/Word", "\uD800/Symbol", "b/Word");
    }
}
