using QuoteMiner.Lexicons;

namespace QuoteMiner.Tests.Lexicons;

public class FirstNameLexiconTests
{
    private static readonly FirstNameLexicon Names = FirstNameLexicon.Load();

    [TestCase("Siobhán", Gender.Female)]
    [TestCase("Seán", Gender.Male)]
    [TestCase("José", Gender.Male)]
    [TestCase("Siobhan", Gender.Female)]
    public void Accented_names_have_the_gender_of_their_plain_spelling(string name, Gender expected)
    {
        Names.GenderOf(name).Should().Be(expected);
        Names.Contains(name).Should().BeTrue();
        Names.Contains(name.AsSpan()).Should().BeTrue();
    }

    [TestCase("Siobhán", "Siobhan")]
    [TestCase("Łukasz", "Lukasz")]
    [TestCase("Zoë Müller-Ørsted", "Zoe Muller-Orsted")]
    [TestCase("plain", "plain")]
    public void Folding_strips_accents_and_keeps_length(string word, string expected) =>
        Accents.Fold(word).Should().Be(expected);

    [Test]
    public void A_word_that_is_no_name_stays_unknown() =>
        Names.GenderOf("Ministère").Should().Be(Gender.Unknown);
}
