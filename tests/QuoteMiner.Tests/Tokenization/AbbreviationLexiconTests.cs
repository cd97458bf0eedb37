using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Tokenization;

public class AbbreviationLexiconTests
{
    private static AbbreviationLexicon Lexicon => AbbreviationLexicon.Default;

    [Test]
    public void Embedded_lexicon_loads()
    {
        Lexicon.Count.Should().BeGreaterThan(50);
    }

    [TestCase("Dr.", AbbreviationKind.Title)]
    [TestCase("Gen.", AbbreviationKind.Title)]
    [TestCase("Sen.", AbbreviationKind.Title)]
    [TestCase("Inc.", AbbreviationKind.Ordinary)]
    [TestCase("Jan.", AbbreviationKind.Ordinary)]
    [TestCase("etc.", AbbreviationKind.SentenceFinal)]
    [TestCase("No.", AbbreviationKind.BeforeNumber)]
    [TestCase("cat.", AbbreviationKind.None)]
    [TestCase("dr.", AbbreviationKind.None)]
    public void Listed_abbreviations_have_their_kind(string abbreviation, AbbreviationKind kind)
    {
        Lexicon.Lookup(abbreviation).Should().Be(kind);
    }

    [TestCase("J.", AbbreviationKind.Ordinary)]
    [TestCase("U.S.", AbbreviationKind.Ordinary)]
    [TestCase("N.Y.C.", AbbreviationKind.Ordinary)]
    [TestCase("Ph.D.", AbbreviationKind.Ordinary)]
    [TestCase("j.", AbbreviationKind.None)]
    [TestCase("Mexico", AbbreviationKind.None)]
    [TestCase(".", AbbreviationKind.None)]
    [TestCase("abc.de.", AbbreviationKind.None)]
    public void Initials_and_letter_dot_sequences_are_classified_by_rule(string token, AbbreviationKind kind)
    {
        Lexicon.Classify(token).Should().Be(kind);
    }

    [Test]
    public void Custom_lexicon_is_independent_of_the_default()
    {
        var custom = new AbbreviationLexicon([new("Approx.", AbbreviationKind.Ordinary)]);

        custom.Lookup("Approx.").Should().Be(AbbreviationKind.Ordinary);
        custom.Lookup("Dr.").Should().Be(AbbreviationKind.None);
    }
}
