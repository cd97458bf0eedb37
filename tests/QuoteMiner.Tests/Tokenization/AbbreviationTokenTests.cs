using QuoteMiner.Documents;

namespace QuoteMiner.Tests.Tokenization;

public class AbbreviationTokenTests
{
    [TestCase("U.S.")]
    [TestCase("U.K.")]
    [TestCase("Dr.")]
    [TestCase("Mr.")]
    [TestCase("Mrs.")]
    [TestCase("Ms.")]
    [TestCase("Jan.")]
    [TestCase("Feb.")]
    [TestCase("Sept.")]
    [TestCase("Gen.")]
    [TestCase("Sen.")]
    [TestCase("Gov.")]
    [TestCase("St.")]
    [TestCase("Inc.")]
    [TestCase("Ltd.")]
    [TestCase("Co.")]
    [TestCase("Corp.")]
    [TestCase("vs.")]
    [TestCase("a.m.")]
    [TestCase("p.m.")]
    [TestCase("e.g.")]
    [TestCase("i.e.")]
    [TestCase("etc.")]
    [TestCase("Jr.")]
    public void Listed_abbreviation_keeps_its_dot(string abbreviation)
    {
        var text = $"They met {abbreviation} later";

        text.TokenTexts().Should().Equal("They", "met", abbreviation, "later");
        text.KindOf(abbreviation).Should().Be(TokenKind.Word);
    }

    [Test]
    public void Abbreviations_in_a_news_sentence()
    {
        "Dr. Amara Okafor told Sen. Ruiz on Sept. 4 that Acme Corp. and Baxter Ltd. would merge."
            .TokenTexts().Should().Equal(
                "Dr.", "Amara", "Okafor", "told", "Sen.", "Ruiz", "on", "Sept.", "4", "that",
                "Acme", "Corp.", "and", "Baxter", "Ltd.", "would", "merge", ".");
    }

    [Test]
    public void No_is_an_abbreviation_only_before_a_number()
    {
        "He lives at No. 10 Downing St.".TokenTexts().Should().Equal("He", "lives", "at", "No.", "10", "Downing", "St.");
        "\"No.\" He shook his head.".TokenTexts().Should().Equal("\"", "No", ".", "\"", "He", "shook", "his", "head", ".");
        "The answer was no.".TokenTexts().Should().Equal("The", "answer", "was", "no", ".");
    }

    [Test]
    public void Initials_keep_their_dot_before_a_capitalised_word()
    {
        "J. R. R. Tolkien and George W. Bush".TokenTexts()
            .Should().Equal("J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush");
    }

    [Test]
    public void Single_capital_at_sentence_end_is_not_an_initial()
    {
        "They chose Plan B. it failed.".TokenTexts().Should().Equal("They", "chose", "Plan", "B", ".", "it", "failed", ".");
        "They chose Plan B.".TokenTexts().Should().Equal("They", "chose", "Plan", "B", ".");
    }

    [Test]
    public void Letter_dot_sequences_are_one_token()
    {
        "at 9 a.m. in Washington D.C. with a Ph.D. from the U.S.A.".TokenTexts()
            .Should().Equal("at", "9", "a.m.", "in", "Washington", "D.C.", "with", "a", "Ph.D.", "from", "the", "U.S.A.");
    }

    [Test]
    public void Word_followed_by_a_dot_that_is_no_abbreviation_splits_the_dot()
    {
        "The minister resigned.".TokenTexts().Should().Equal("The", "minister", "resigned", ".");
        "Fighting continued in Gaza.".KindOf(".").Should().Be(TokenKind.Punctuation);
    }

    [Test]
    public void Abbreviation_at_text_end_keeps_its_dot()
    {
        "She moved to the U.S.".TokenTexts().Should().Equal("She", "moved", "to", "the", "U.S.");
        "apples, pears, etc.".TokenTexts().Should().Equal("apples", ",", "pears", ",", "etc.");
    }

    [Test]
    public void Abbreviation_matching_is_case_sensitive()
    {
        // "dr." is no title in running text; only the listed spelling keeps the dot.
        "turn left at the dr.".TokenTexts().Should().Equal("turn", "left", "at", "the", "dr", ".");
    }

    [Test]
    public void Missing_space_after_a_full_stop_is_not_a_letter_dot_abbreviation()
    {
        "It ended.Then it began.".TokenTexts().Should().Equal("It", "ended", ".", "Then", "it", "began", ".");
    }

    [Test]
    public void Party_and_state_label_keeps_the_state_abbreviation_dot()
    {
        "Sen. Marco Ruiz, R-Fla., said".TokenTexts().Should().Equal("Sen.", "Marco", "Ruiz", ",", "R-Fla.", ",", "said");
    }

    [Test]
    public void Party_label_with_a_dotted_state_is_one_token()
    {
        "Leader Chuck Schemer, D-N.Y., told reporters.".TokenTexts().Should().Equal("Leader", "Chuck", "Schemer", ",", "D-N.Y.", ",", "told", "reporters", ".");
    }

    [Test]
    public void Hyphenated_word_ending_in_a_common_word_does_not_keep_the_dot()
    {
        "It was a walk-in.".TokenTexts().Should().Equal("It", "was", "a", "walk-in", ".");
    }
}
