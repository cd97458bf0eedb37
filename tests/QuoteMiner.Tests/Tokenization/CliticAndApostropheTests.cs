using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class CliticAndApostropheTests
{
    [TestCase("Mexico's")]
    [TestCase("Mexico’s")]
    public void Possessive_is_split_into_host_and_clitic(string word)
    {
        $"{word} president".TokenTextsWithKinds().Should().Equal("Mexico/Word", $"{word[6..]}/Clitic", "president/Word");
    }

    [TestCase("don't", "do", "n't")]
    [TestCase("can't", "ca", "n't")]
    [TestCase("won't", "wo", "n't")]
    [TestCase("isn’t", "is", "n’t")]
    [TestCase("DON'T", "DO", "N'T")]
    [TestCase("we're", "we", "'re")]
    [TestCase("I'll", "I", "'ll")]
    [TestCase("she'd", "she", "'d")]
    [TestCase("I'm", "I", "'m")]
    [TestCase("they've", "they", "'ve")]
    [TestCase("It's", "It", "'s")]
    public void Contraction_is_split_into_host_and_clitic(string word, string host, string clitic)
    {
        word.TokenTextsWithKinds().Should().Equal($"{host}/Word", $"{clitic}/Clitic");
    }

    [Test]
    public void Stacked_clitics_are_all_split()
    {
        "shouldn't've".TokenTextsWithKinds().Should().Equal("should/Word", "n't/Clitic", "'ve/Clitic");
    }

    [TestCase("O'Brien")]
    [TestCase("D'Angelo")]
    [TestCase("o'clock")]
    [TestCase("Hawai'i")]
    [TestCase("rock'n'roll")]
    public void Apostrophe_inside_a_name_or_word_is_part_of_one_word(string word)
    {
        $"{word} today".TokenTextsWithKinds().Should().Equal($"{word}/Word", "today/Word");
    }

    [Test]
    public void Possessive_of_a_name_with_an_apostrophe()
    {
        "O'Brien's team".TokenTextsWithKinds().Should().Equal("O'Brien/Word", "'s/Clitic", "team/Word");
    }

    [Test]
    public void Rock_n_roll_with_spaces_keeps_the_elision_whole()
    {
        "rock 'n' roll".TokenTexts().Should().Equal("rock", "'n'", "roll");
        "rock ’n’ roll".TokenTexts().Should().Equal("rock", "’n’", "roll");
    }

    [Test]
    public void Known_elisions_are_words_not_quote_marks()
    {
        "get 'em now, 'tis said".TokenTextsWithKinds()
            .Should().Equal("get/Word", "'em/Word", "now/Word", ",/Punctuation", "'tis/Word", "said/Word");
    }

    [Test]
    public void Elision_prefix_of_a_longer_word_is_an_opening_quote()
    {
        // 'em must be a whole word: here the mark opens a quote around "embarrassing".
        "'embarrassing,' he said".TokenTextsWithKinds()
            .Should().Equal("'/QuoteMark", "embarrassing/Word", ",/Punctuation", "'/QuoteMark", "he/Word", "said/Word");
    }

    [Test]
    public void Plural_possessive_apostrophe_is_a_quote_mark_token()
    {
        // The tokenizer cannot tell "students' union" from a closing single quote; the quote stage decides.
        "the students' union".TokenTextsWithKinds()
            .Should().Equal("the/Word", "students/Word", "'/QuoteMark", "union/Word");
    }

    [Test]
    public void Possessive_after_an_abbreviation_is_a_clitic()
    {
        "the U.S.'s allies and Acme Inc.’s board".TokenTextsWithKinds().Should().Equal(
            "the/Word", "U.S./Word", "'s/Clitic", "allies/Word", "and/Word", "Acme/Word", "Inc./Word", "’s/Clitic", "board/Word");
    }

    [Test]
    public void Apostrophe_after_a_full_stop_is_still_a_quote_mark()
    {
        "'It ended.' She left.".TokenTextsWithKinds().Should().Equal(
            "'/QuoteMark", "It/Word", "ended/Word", "./Punctuation", "'/QuoteMark", "She/Word", "left/Word", "./Punctuation");
    }
}
