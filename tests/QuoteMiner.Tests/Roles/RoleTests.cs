using QuoteMiner.Tests.Pipeline;

namespace QuoteMiner.Tests.Roles;

/// <summary>Roles found for speakers: titles before names, appositions, and merging across mentions.</summary>
[TestFixture]
public sealed class RoleTests : PipelineTestBase
{
    [Test]
    public void Title_before_the_name_with_a_country_prefix()
    {
        const string text = "U.S. Secretary of State Mark Ellison said: \"We are not giving up on these talks.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We are not giving up on these talks."));
        speaker!.Name.Should().Be("Mark Ellison");
        speaker.Roles.Should().Contain(r => r.Contains("Secretary of State"), Dump(record));
    }

    [Test]
    public void Demonym_and_office_before_a_name_with_a_lowercase_particle()
    {
        const string text = "Mexican Foreign Minister Juan del Prado said: \"The border will stay open.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "The border will stay open."));
        speaker!.Name.Should().Be("Juan del Prado");
        speaker.Roles.Should().Contain("Mexican Foreign Minister", Dump(record));
    }

    [Test]
    public void Apposition_after_the_name()
    {
        const string text = "Amara Okonkwo, the defence minister, said: \"Our troops will stay until the spring.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Our troops will stay until the spring."));
        speaker!.Name.Should().Be("Amara Okonkwo");
        speaker.Roles.Should().Contain("defence minister", Dump(record));
    }

    [Test]
    public void Roles_from_several_mentions_of_one_person_are_merged()
    {
        const string text = "Health Minister Lena Berg presented the budget on Monday.\n\n"
            + "\"Growth will return next year,\" said Berg, the deputy prime minister.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Growth will return next year,"));
        speaker!.Name.Should().Be("Lena Berg");
        speaker.Type.Should().Be("PERSON");
        speaker.Roles.Should().Contain("Health Minister", Dump(record));
        speaker.Roles.Should().Contain("deputy prime minister", Dump(record));
        record.Speakers.Where(s => s.Name.Contains("Berg")).Should().ContainSingle();
    }

    [Test]
    public void Roles_from_an_apposition_and_a_title_are_merged()
    {
        const string text = "Lena Berg, the finance minister, presented the budget on Monday.\n\n"
            + "\"Growth will return next year,\" said Deputy Prime Minister Lena Berg.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Growth will return next year,"));
        speaker!.Name.Should().Be("Lena Berg");
        speaker.Roles.Should().BeEquivalentTo(["finance minister", "Deputy Prime Minister"], Dump(record));
        speaker.Mentions.Select(m => m.Text).Should().Contain("the finance minister");
    }

    [Test]
    public void Finance_minister_title_is_a_role_of_a_person()
    {
        const string text = "Finance Minister Lena Berg presented the budget on Monday.\n\n"
            + "\"Growth will return next year,\" Berg said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Growth will return next year,"));
        speaker!.Name.Should().Be("Lena Berg");
        speaker.Type.Should().Be("PERSON");
        speaker.Roles.Should().Contain("Finance Minister", Dump(record));
    }
    [Test]
    public void An_acronym_joins_the_full_name_that_opens_with_an_article()
    {
        const string text = "NAIROBI — The National Seed Authority (NSA) has approved two new maize varieties.\n\n"
            + "\"The trials were thorough,\" said NSA in a statement.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "The trials were thorough,"))!.Name.Should().Be("The National Seed Authority", Dump(record));
    }

    [Test]
    public void The_first_two_words_of_a_three_word_name_refer_to_the_same_person()
    {
        const string text = "Swimmer Siti Aisyah Rahim won gold on Friday.\n\n"
            + "\"I did not expect this,\" said Siti Aisyah after the race.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "I did not expect this,"))!.Name.Should().Be("Siti Aisyah Rahim", Dump(record));
    }
}
