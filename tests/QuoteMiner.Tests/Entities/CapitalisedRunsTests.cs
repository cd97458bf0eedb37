using QuoteMiner.Entities;

namespace QuoteMiner.Tests.Entities;

public class CapitalisedRunsTests
{
    [Test]
    public void A_Connector_Inside_A_Name_Joins_The_Run()
    {
        var (start, end) = Runs(["Officials", "at", "the", "Bank", "of", "England", "said", "so", "."]);
        start[3..6].Should().Equal(3, 3, 3);
        end[3..6].Should().Equal(6, 6, 6);
    }

    [Test]
    public void A_Connector_At_The_Edge_Of_A_Run_Stays_Outside()
    {
        var (start, end) = Runs(["Smith", "of", "the", "council", "spoke", "for", "Ludwig", "van", "Beethoven"]);
        (start[0], end[0]).Should().Be((0, 1));
        (start[1], end[1]).Should().Be((1, 1));
        (start[5], end[5]).Should().Be((5, 5));
        (start[7], end[7]).Should().Be((6, 9));
    }

    [Test]
    public void A_Title_And_A_Name_Form_One_Run()
    {
        var (start, end) = Runs(["Ontario", "Premier", "Doug", "Reardon", "said", "."]);
        start[..4].Should().Equal(0, 0, 0, 0);
        end[..4].Should().Equal(4, 4, 4, 4);
        (start[4], end[4]).Should().Be((4, 4));
    }

    private static (int[] Start, int[] End) Runs(string[] words)
    {
        var start = new int[words.Length];
        var end = new int[words.Length];
        CapitalisedRuns.Find(words, start, end);
        return (start, end);
    }
}
