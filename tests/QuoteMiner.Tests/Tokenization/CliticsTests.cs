using QuoteMiner.Tokenization;

namespace QuoteMiner.Tests.Tokenization;

public class CliticsTests
{
    [TestCase("Mexico's", 6)]
    [TestCase("don't", 2)]
    [TestCase("we're", 2)]
    [TestCase("I'd", 1)]
    [TestCase("O'Brien", -1)]
    [TestCase("n't", -1)]
    [TestCase("'s", -1)]
    [TestCase("word", -1)]
    [TestCase("ma'am", -1)]
    public void Last_clitic_start_is_found_from_the_end(string word, int expected)
    {
        Clitics.LastCliticStart(word, 0, word.Length).Should().Be(expected);
    }
}
