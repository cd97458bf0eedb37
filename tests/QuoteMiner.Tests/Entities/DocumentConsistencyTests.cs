using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

public class DocumentConsistencyTests
{
    [Test]
    public void A_Surname_After_A_Full_Person_Name_Is_A_Person()
    {
        string[][] sentences = [["Claudia", "Sheinbaum", "spoke", "."], ["Sheinbaum", "left", "for", "Sheinbaum", "Tower", "."], ["Later", "Sheinbaum", "said", "no"]];
        var labels = new List<byte[]>
        {
            NerLabels.FromSpans(4, [new EntitySpan(0, 2, EntityType.Person)]),
            NerLabels.FromSpans(6, [new EntitySpan(0, 1, EntityType.Location), new EntitySpan(3, 5, EntityType.Location)]),
            new byte[4],
        };
        DocumentConsistency.Apply(sentences, labels);
        NerLabels.ToSpans(labels[1]).Should().Equal(new EntitySpan(0, 1, EntityType.Person), new EntitySpan(3, 5, EntityType.Location));
        NerLabels.ToSpans(labels[2]).Should().Equal(new EntitySpan(1, 2, EntityType.Person));
        labels.Should().OnlyContain(l => NerLabels.IsWellFormed(l));
    }

    [Test]
    public void A_Repeated_Multi_Word_Name_Takes_Its_Type_Everywhere()
    {
        string[][] sentences = [["The", "World", "Bank", "lent", "."], ["World", "Bank", "staff", "."]];
        var labels = new List<byte[]> { NerLabels.FromSpans(5, [new EntitySpan(1, 3, EntityType.Organization)]), new byte[4] };
        DocumentConsistency.Apply(sentences, labels);
        NerLabels.ToSpans(labels[1]).Should().Equal(new EntitySpan(0, 2, EntityType.Organization));
    }

    [Test]
    public void A_Capitalised_Word_After_An_Honorific_Is_A_Person()
    {
        var gazetteer = new NerGazetteer(null, new TitleLexicon([["Mr", "honorific"], ["Ms", "honorific"]]), null, null);
        string[][] sentences = [["Then", "Ms.", "Okafor", "arrived", "with", "Mr", "Kent", "."]];
        var labels = new List<byte[]> { NerLabels.FromSpans(8, [new EntitySpan(6, 7, EntityType.Location)]) };
        DocumentConsistency.Apply(sentences, labels, gazetteer);
        NerLabels.ToSpans(labels[0]).Should().Equal(new EntitySpan(2, 3, EntityType.Person), new EntitySpan(6, 7, EntityType.Person));
    }

    [Test]
    public void A_One_Word_Name_Tagged_Twice_Is_Tagged_Where_It_Recurs()
    {
        string[][] sentences = [["Kilcarrow", "beat", "Ballyfinn", "."], ["Kilcarrow", "won", "again", "."], ["Fans", "of", "Kilcarrow", "and", "Ballyfinn", "sang", "."]];
        var labels = new List<byte[]>
        {
            NerLabels.FromSpans(4, [new EntitySpan(0, 1, EntityType.Organization), new EntitySpan(2, 3, EntityType.Organization)]),
            NerLabels.FromSpans(4, [new EntitySpan(0, 1, EntityType.Organization)]),
            new byte[7],
        };
        DocumentConsistency.Apply(sentences, labels);
        NerLabels.ToSpans(labels[2]).Should().Equal(new EntitySpan(2, 3, EntityType.Organization));
    }
}
