using QuoteMiner.Documents;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Training;

public class NerErrorListingTests
{
    [Test]
    public void Each_Mistake_Is_Classified_With_Its_Sentence()
    {
        var sentence = new NerSentence(["Ontario", "Premier", "Doug", "Reardon", "met", "Acme", "in", "Lagos", "with", "Kim", "."], new byte[11]);
        List<EntitySpan> gold = [new(2, 4, EntityType.Person), new(5, 6, EntityType.Organization), new(7, 8, EntityType.Location), new(9, 10, EntityType.Person)];
        List<EntitySpan> predicted = [new(0, 4, EntityType.Organization), new(5, 6, EntityType.Person), new(9, 10, EntityType.Person), new(10, 11, EntityType.Location)];

        var lines = NerErrorListing.Write([(sentence, gold, predicted)]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Equal(
            "boundary  [Doug Reardon]/PERSON got [Ontario Premier Doug Reardon]/ORGANIZATION",
            "type      [Acme]/ORGANIZATION got [Acme]/PERSON",
            "missed    [Lagos]/LOCATION",
            "spurious  [.]/LOCATION",
            "          | Ontario Premier Doug Reardon met Acme in Lagos with Kim .");
    }

    [Test]
    public void A_Sentence_Without_Mistakes_Is_Not_Listed()
    {
        var sentence = new NerSentence(["Kim", "spoke"], new byte[2]);
        List<EntitySpan> spans = [new(0, 1, EntityType.Person)];
        NerErrorListing.Write([(sentence, spans, [.. spans])]).Should().BeEmpty();
    }
}
