using QuoteMiner.Lexicons;

namespace QuoteMiner.Tests.Tokenization;

public class LexiconFileTests
{
    [TestCase("abbreviations.txt")]
    [TestCase("elisions.txt")]
    [TestCase("sentence-openers.txt")]
    [TestCase("quote-tag-verbs.txt")]
    [TestCase("top-level-domains.txt")]
    public void Lexicon_is_embedded_with_entries_and_no_duplicates(string fileName)
    {
        var lines = EmbeddedLexicon.ReadLines(fileName).ToList();

        lines.Should().NotBeEmpty();
        lines.Should().OnlyHaveUniqueItems();
        lines.Should().NotContain(line => line.Contains(' '));
    }

    [Test]
    public void Every_abbreviation_ends_with_a_dot_and_has_a_known_kind()
    {
        foreach (var columns in EmbeddedLexicon.ReadColumns("abbreviations.txt"))
        {
            columns.Should().HaveCount(2);
            columns[0].Should().EndWith(".");
            columns[1].Should().BeOneOf("title", "ordinary", "final", "number");
        }
    }
}
