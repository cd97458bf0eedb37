using QuoteMiner.Documents;
using QuoteMiner.Entities;

namespace QuoteMiner.Tests.Entities;

public class RuleEntityRecognizerTests
{
    private static List<(string Text, EntityType Type)> Entities(string text)
    {
        var document = PipelineFixture.Pipeline.Process("test", text);
        return document.Entities.Select(e => (document.TextOf(e.Span).ToString(), e.Type)).ToList();
    }

    [Test]
    public void Title_before_a_name_is_not_part_of_the_person()
    {
        Entities("On Thursday, U.S. Secretary of State Mark Ellison met Mexican Foreign Minister Juan Ramón del Prado.")
            .Should().Contain(("Mark Ellison", EntityType.Person)).And.Contain(("Juan Ramón del Prado", EntityType.Person));
    }

    [Test]
    public void The_pronoun_I_ends_a_name_and_is_never_an_entity()
    {
        var entities = Entities("After four years in Air Force ROTC I volunteered for pilot training. Later I flew jets. King Charles I was no pilot.");

        entities.Should().Contain(("Air Force ROTC", EntityType.Organization));
        entities.Should().NotContain(e => e.Text == "I");
    }

    [TestCase("Initials: V.D. Satheesan spoke.", "V.D. Satheesan", EntityType.Person)]
    [TestCase("Shares in Northway, the UK's largest supermarket chain, fell.", "Northway", EntityType.Organization)]
    [TestCase("Varco, which owns the site, said no.", "Varco", EntityType.Organization)]
    [TestCase("Mayor Linda Fox spoke.", "Linda Fox", EntityType.Person)]
    [TestCase("The firm Secunia.com said so.", "Secunia.com", EntityType.Organization)]
    [TestCase("Montreal-based Lumen Analytics said so.", "Lumen Analytics", EntityType.Organization)]
    [TestCase("Lakehead Timber will curtail output in the B.C. Interior.", "Lakehead Timber", EntityType.Organization)]
    [TestCase("Lakehead Timber will curtail output in the B.C. Interior.", "B.C. Interior", EntityType.Location)]
    public void Context_types_a_name_no_lexicon_knows(string text, string name, EntityType type) =>
        Entities(text).Should().Contain((name, type));

    [Test]
    public void Two_people_joined_by_and_are_two_entities()
    {
        Entities("Yesterday Secretary Ellison and Foreign Minister del Prado spoke by phone.")
            .Should().Contain(("Ellison", EntityType.Person)).And.Contain(("del Prado", EntityType.Person));
    }

    [Test]
    public void Organisation_words_make_an_organisation_and_keep_their_connectors()
    {
        Entities("The decision was welcomed by the Bureau of Western Hemisphere Affairs and by Customs and Border Protection.")
            .Should().Contain(("Bureau of Western Hemisphere Affairs", EntityType.Organization))
            .And.Contain(("Customs and Border Protection", EntityType.Organization));
    }

    [Test]
    public void A_surname_alone_takes_the_type_of_the_full_name()
    {
        Entities("Mexican President Claudia Reyes spoke first. Later in the day Reyes defended the plan.")
            .Where(e => e.Text == "Reyes").Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }

    [Test]
    public void Countries_and_their_aliases_are_locations_and_demonyms_are_not_entities()
    {
        var entities = Entities("The U.S. and Mexico agreed on a Mexican proposal.");
        entities.Should().Contain(("U.S.", EntityType.Location)).And.Contain(("Mexico", EntityType.Location));
        entities.Should().NotContain(e => e.Text == "Mexican");
    }

    [Test]
    public void Headline_words_are_not_taken_for_names()
    {
        Entities("Council Approves Fare Free Buses For Two Years\nThe council voted on Monday.")
            .Should().NotContain(e => e.Type == EntityType.Person);
    }

    [Test]
    public void A_nickname_inside_a_name_keeps_the_name_whole()
    {
        Entities("Senate President Juan Miguel \u201cMigz\u201d Zubiri spoke on Monday.")
            .Should().ContainSingle(e => e.Type == EntityType.Person).Which.Text.Should().EndWith("Zubiri");
    }

    [Test]
    public void A_title_chunk_without_a_name_is_no_entity()
    {
        Entities("The deal was signed by the Kenyan Trade Minister, Wanjiru Kamau, on Tuesday.")
            .Should().ContainSingle(e => e.Type == EntityType.Person).Which.Text.Should().Be("Wanjiru Kamau");
    }

    [Test]
    public void The_recognizer_declares_its_layers()
    {
        var recognizer = new RuleEntityRecognizer(PipelineFixture.Lexicons);
        recognizer.Requires.Should().Be(Layer.Tokens | Layer.Sentences);
        recognizer.Produces.Should().Be(Layer.Entities);
    }
    [Test]
    public void A_capitalised_role_noun_opening_a_sentence_is_peeled_off_the_name()
    {
        Entities("Big win for the club\nGoalkeeper Tomasz Wielgus Nowak saved two penalties on Sunday.")
            .Should().Contain(("Tomasz Wielgus Nowak", EntityType.Person));
    }

    [Test]
    public void A_name_dense_sentence_with_a_full_stop_is_not_a_headline()
    {
        Entities("Transfer news\nNkosana Mokoena joined Orlando Pirates from Kaizer Chiefs on Monday in Johannesburg.")
            .Should().Contain(("Nkosana Mokoena", EntityType.Person));
    }

    [Test]
    public void A_word_of_a_compound_title_alone_does_not_make_a_titled_person()
    {
        Entities("She finished second at the Asian Grand Prix meet in Manila.")
            .Should().NotContain(("Prix", EntityType.Person));
    }

    [Test]
    public void A_name_ending_in_a_body_noun_is_an_organisation()
    {
        Entities("The statement was released by the U.S. Embassy in Nairobi.")
            .Should().Contain(("U.S. Embassy", EntityType.Organization));
    }
    [Test]
    public void An_acronym_in_brackets_spans_the_whole_name_it_abbreviates()
    {
        Entities("The warning came from the National Flood and Drought Agency (NFDA) on Friday.")
            .Should().Contain(("National Flood and Drought Agency", EntityType.Organization));
    }
    [Test]
    public void A_title_word_ending_a_name_is_a_surname()
    {
        Entities("In a statement after the ruling, Godwin Dame said his office would appeal.")
            .Should().Contain(("Godwin Dame", EntityType.Person));
    }
    [Test]
    public void A_name_ending_in_road_or_street_is_a_place()
    {
        Entities("The car left Settle Road at speed and crashed near Marsh Street.")
            .Should().Contain(("Settle Road", EntityType.Location)).And.Contain(("Marsh Street", EntityType.Location));
    }
    [Test]
    public void A_team_before_its_coach_is_an_organisation_wherever_it_is_named()
    {
        Entities("Leinster beat Toulon Corsairs at the RDS on Saturday. Toulon Corsairs coach Mathieu Lacroix was unhappy.")
            .Where(e => e.Text == "Toulon Corsairs").Should().HaveCount(2).And.OnlyContain(e => e.Type == EntityType.Organization);
    }
}
