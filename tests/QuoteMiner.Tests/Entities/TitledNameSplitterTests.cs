using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

public class TitledNameSplitterTests
{
    private static readonly NerGazetteer Gazetteer = new(
        new FirstNameLexicon([["Siobhán", "f"], ["Jada", "f"]]),
        new TitleLexicon([["Cllr", "office"], ["Minister", "office"], ["Dr", "honorific"], ["spokesman", "rolenoun"]]),
        new PlaceLexicon([["United States", "American", "US"]], []),
        new OrganizationWordLexicon([["Council", "org-head"]]));

    [Test]
    public void A_Council_And_Its_Councillor_Become_Two_Names()
    {
        var spans = Split(["Galway", "County", "Council", "Cllr", "Siobhán", "Carey", "said", "."], new EntitySpan(0, 6, EntityType.Organization));
        spans.Should().Equal(new EntitySpan(0, 3, EntityType.Organization), new EntitySpan(4, 6, EntityType.Person));
    }

    [Test]
    public void An_Office_Before_A_Full_Name_Is_Left_Out()
    {
        var spans = Split(["Water", "Resources", "Minister", "Pranab", "Gogoi", "said", "."], new EntitySpan(0, 5, EntityType.Organization));
        spans.Should().Equal(new EntitySpan(3, 5, EntityType.Person));
    }

    [Test]
    public void An_Honorific_And_A_Demonym_Are_Left_Out()
    {
        Split(["Dr", "Okonkwo", "agreed"], new EntitySpan(0, 2, EntityType.Person)).Should().Equal(new EntitySpan(1, 2, EntityType.Person));
        Split(["American", "Jada", "Morris", "won"], new EntitySpan(0, 3, EntityType.Organization)).Should().Equal(new EntitySpan(1, 3, EntityType.Person));
    }

    [Test]
    public void A_Body_Named_After_An_Office_Is_Not_Split()
    {
        var spans = Split(["the", "Minister", "Council", "met"], new EntitySpan(1, 3, EntityType.Organization));
        spans.Should().Equal(new EntitySpan(1, 3, EntityType.Organization));
    }

    private static List<EntitySpan> Split(string[] words, EntitySpan span)
    {
        var labels = new List<byte[]> { NerLabels.FromSpans(words.Length, [span]) };
        TitledNameSplitter.Apply([words], labels, Gazetteer);
        NerLabels.IsWellFormed(labels[0]).Should().BeTrue();
        return NerLabels.ToSpans(labels[0]);
    }
}
