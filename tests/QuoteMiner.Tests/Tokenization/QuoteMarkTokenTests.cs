using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class QuoteMarkTokenTests
{
    [TestCase("\"")]
    [TestCase("'")]
    [TestCase("“")]
    [TestCase("”")]
    [TestCase("‘")]
    [TestCase("’")]
    [TestCase("«")]
    [TestCase("»")]
    [TestCase("„")]
    [TestCase("‚")]
    [TestCase("‹")]
    [TestCase("›")]
    public void Every_quote_character_is_its_own_quote_mark_token(string mark)
    {
        $"{mark}{mark}word{mark} {mark}".TokenTextsWithKinds().Should().Contain("word/Word")
            .And.AllSatisfy(t => t.Should().Match(s => s == "word/Word" || s.EndsWith("/QuoteMark", StringComparison.Ordinal)));
        $"say {mark}yes{mark} now".TokenTextsWithKinds()
            .Should().Equal("say/Word", $"{mark}/QuoteMark", "yes/Word", $"{mark}/QuoteMark", "now/Word");
    }

    [Test]
    public void Two_ascii_apostrophes_are_one_double_quote_mark()
    {
        var tokens = QuoteMiner.Tokenization.Tokenizer.Tokenize("He said ''no'' twice");
        "He said ''no'' twice".TokenTextsWithKinds()
            .Should().Equal("He/Word", "said/Word", "''/QuoteMark", "no/Word", "''/QuoteMark", "twice/Word");
        tokens[2].Length.Should().Be(2);
    }

    [Test]
    public void Two_backticks_are_one_opening_quote_mark()
    {
        "``We won,'' he said".TokenTextsWithKinds()
            .Should().Equal("``/QuoteMark", "We/Word", "won/Word", ",/Punctuation", "''/QuoteMark", "he/Word", "said/Word");
    }

    [Test]
    public void Apostrophe_between_letters_is_never_a_quote_mark()
    {
        Tokenize("Mexico's O'Brien don’t").Should().NotContain(t => t.Kind == TokenKind.QuoteMark);
    }

    [Test]
    public void Apostrophe_at_word_start_before_a_letter_is_an_opening_quote_mark()
    {
        "called it 'unacceptable.'".TokenTextsWithKinds()
            .Should().Equal("called/Word", "it/Word", "'/QuoteMark", "unacceptable/Word", "./Punctuation", "'/QuoteMark");
        "called it ’unacceptable’".KindOf("unacceptable").Should().Be(TokenKind.Word);
    }

    [Test]
    public void British_style_quote_with_inner_apostrophes()
    {
        "'It's not the government's job,' she said.".TokenTextsWithKinds().Should().Equal(
            "'/QuoteMark", "It/Word", "'s/Clitic", "not/Word", "the/Word", "government/Word", "'s/Clitic",
            "job/Word", ",/Punctuation", "'/QuoteMark", "she/Word", "said/Word", "./Punctuation");
    }

    [Test]
    public void Typographic_quote_with_inner_typographic_apostrophe()
    {
        "“It’s over,” he said.".TokenTextsWithKinds().Should().Equal(
            "“/QuoteMark", "It/Word", "’s/Clitic", "over/Word", ",/Punctuation", "”/QuoteMark", "he/Word", "said/Word", "./Punctuation");
    }

    [Test]
    public void Nested_quotes_are_separate_marks()
    {
        "\"He called it 'a disgrace.'\"".TokenTexts()
            .Should().Equal("\"", "He", "called", "it", "'", "a", "disgrace", ".", "'", "\"");
    }

    [Test]
    public void Quote_mark_after_a_stop_is_separate()
    {
        "\"We will win.\"".TokenTexts().Should().Equal("\"", "We", "will", "win", ".", "\"");
    }

    private static QuoteMiner.Documents.Token[] Tokenize(string text) => QuoteMiner.Tokenization.Tokenizer.Tokenize(text);
}
