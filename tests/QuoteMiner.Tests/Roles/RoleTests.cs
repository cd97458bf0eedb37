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

    [TestCase("Governor of Oregon Dana Whitfield said: \"We will rebuild.\"", "Dana Whitfield", "Governor of Oregon")]
    [TestCase("Mayor of New York Eric Lindgren said: \"We will rebuild.\"", "Eric Lindgren", "Mayor of New York")]
    [TestCase("Space Agency Administrator Carla Menendez said: \"We will rebuild.\"", "Carla Menendez", "Space Agency Administrator")]
    [TestCase("The state's revenue minister, K. Rajendran, said: \"We will rebuild.\"", "K. Rajendran", "revenue minister")]
    [TestCase("\"We will rebuild.\" said Gary Blake, managing partner at Future Fund LLC.", "Gary Blake", "managing partner at Future Fund LLC")]
    [TestCase("\"We will rebuild.\" said Dion Pryce, 54, one of the plaintiffs.", "Dion Pryce", "one of the plaintiffs")]
    [TestCase("The chair of the judges, Prof. Kofi Boadu of the University of Ghana, said: \"We will rebuild.\"", "Kofi Boadu", "chair of the judges")]
    [TestCase("Convenor of judges Clara Lund said: \"We will rebuild.\"", "Clara Lund", "Convenor of judges")]
    [TestCase("During the debate the backbencher Ann Pryor said: \"We will rebuild.\"", "Ann Pryor", "backbencher")]
    public void An_office_with_its_place_or_body_before_the_name(string text, string name, string role)
    {
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We will rebuild."));
        speaker!.Name.Should().Be(name, Dump(record));
        speaker.Roles.Should().Contain(role, Dump(record));
    }

    [TestCase("\"We will rebuild.\" said meteorologist Carl Ostrow.", "Carl Ostrow", "meteorologist")]
    [TestCase("Weather Service senior hydrologist Dr Lena Marsh said: \"We will rebuild.\"", "Lena Marsh", "senior hydrologist")]
    [TestCase("At the moment Ostrow said: \"We will rebuild.\"", "Ostrow", null)]
    public void A_lowercase_word_shaped_like_a_person_noun_right_before_the_name_is_a_role(string text, string name, string? role)
    {
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We will rebuild."));
        speaker!.Name.Should().Be(name, Dump(record));
        if (role is null)
        {
            speaker.Roles.Should().BeEmpty(Dump(record));
        }
        else
        {
            speaker.Roles.Should().Contain(r => r.Contains(role), Dump(record));
        }
    }

    [TestCase("Lisa Kerr, the minister of state for trade, said: \"We will rebuild.\"", "Lisa Kerr", "minister of state for trade")]
    [TestCase("A lawyer for Marek Duda, Arthur P. Chan, said: \"We will rebuild.\"", "Arthur P. Chan", "lawyer for Marek Duda")]
    [TestCase("Its president, Tan Sri Lim Boon Keat, said: \"We will rebuild.\"", "Lim Boon Keat", "president")]
    [TestCase("Another witness, farmer Koos van der Walt, said: \"We will rebuild.\"", "Koos van der Walt", "farmer")]
    [TestCase("Chengalpattu Collector P. Lakshmi Devi said: \"We will rebuild.\"", "P. Lakshmi Devi", "Collector")]
    [TestCase("Her editor for more than 30 years, Martin Greaves, said: \"We will rebuild.\"", "Martin Greaves", "editor")]
    [TestCase("Her longtime business partner, Celia Marchetti — who is also her sister-in-law — said: \"We will rebuild.\"", "Celia Marchetti", "business partner")]
    [TestCase("The area's MS, Rhiannon Vaughan, said: \"We will rebuild.\"", "Rhiannon Vaughan", "MS")]
    [TestCase("Alex Mbatha, a developer at a Seattle startup that received sample chips, said: \"We will rebuild.\"", "Alex Mbatha", "developer at a Seattle startup")]
    public void Roles_set_off_around_names_of_many_shapes(string text, string name, string role)
    {
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We will rebuild."));
        speaker!.Name.Should().Be(name, Dump(record));
        speaker.Roles.Should().Contain(r => r.Contains(role), Dump(record));
    }

    [Test]
    public void A_description_speaking_for_a_person_named_without_a_role_gives_the_role()
    {
        const string text = "Dele Adeyemi scored twice as City won 2-1.\n\n\"I could not sleep last week,\" the striker said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "I could not sleep last week,"));
        speaker!.Name.Should().Be("Dele Adeyemi", Dump(record));
        speaker.Roles.Should().Contain("striker", Dump(record));
    }

    [Test]
    public void A_crowd_that_speaks_gives_no_role()
    {
        var record = Extract("Liam Harker scored late.\n\nBut Harker had the final say, and the home fans responded with a chorus of 'We will rebuild' at the whistle.");

        record.Speakers.Should().Contain(s => s.Name == "Liam Harker").Which.Roles.Should().NotContain(r => r.Contains("fans"), Dump(record));
    }

    [TestCase("Lifeguard supervisor Ben Tallack said: \"We will rebuild.\"", "Ben Tallack", "Lifeguard supervisor")]
    [TestCase("Former corporator Nilesh Ghadge said: \"We will rebuild.\"", "Nilesh Ghadge", "Former corporator")]
    [TestCase("Biologist Nina Holt said: \"We will rebuild.\"", "Nina Holt", "Biologist")]
    public void Words_opening_the_sentence_before_a_name_are_a_role_shaped_like_one(string text, string name, string role)
    {
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We will rebuild."));
        speaker!.Name.Should().Be(name, Dump(record));
        speaker.Roles.Should().Contain(role, Dump(record));
    }

    [TestCase("Principal Hemi Te Kani welcomed us.\n\nTe Kani said: \"We will rebuild.\"", "Hemi Te Kani")]
    [TestCase("Twitter gave Omar Haddad a warning. Haddad said: \"We will rebuild.\"", "Omar Haddad")]
    public void Words_before_a_name_that_are_no_role_are_not_taken_for_one(string text, string name)
    {
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We will rebuild."));
        speaker!.Name.Should().Be(name, Dump(record));
        speaker.Roles.Should().NotContain(r => r == "Te" || r.Contains("gave"), Dump(record));
    }

    [Test]
    public void An_apposition_word_closing_the_text_is_read_safely()
    {
        var record = Extract("\"We will rebuild,\" said Jane Doe, retired");

        SpeakerOf(record, QuoteWithText(record, "We will rebuild,"))!.Name.Should().Be("Jane Doe", Dump(record));
    }

    [Test]
    public void A_noun_in_ist_before_a_given_name_is_no_part_of_the_name()
    {
        const string text = "The video featured Scientologist Daniel Marsh, who said: \"We will rebuild.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "We will rebuild."))!.Name.Should().Be("Daniel Marsh", Dump(record));
    }

    [Test]
    public void An_arabic_article_joins_the_surname_and_a_parenthetical_does_not_hide_the_speaker()
    {
        const string text = "Civil Defence Authority director General Hamid al-Rashed, in remarks to state television, said \"All the injured have been taken to hospital.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "All the injured have been taken to hospital."))!.Name.Should().Be("Hamid al-Rashed", Dump(record));
    }

    [Test]
    public void A_phrase_after_a_preposition_is_no_role()
    {
        const string text = "On her third day in the witness box, Julia Osmond KC said: \"The figures were false.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "The figures were false."))!.Roles.Should().NotContain(r => r.Contains("witness box"), Dump(record));
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

        SpeakerOf(record, QuoteWithText(record, "The trials were thorough,"))!.Name.Should().Be("National Seed Authority", Dump(record));
    }

    [Test]
    public void The_first_two_words_of_a_three_word_name_refer_to_the_same_person()
    {
        const string text = "Swimmer Siti Aisyah Rahim won gold on Friday.\n\n"
            + "\"I did not expect this,\" said Siti Aisyah after the race.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "I did not expect this,"))!.Name.Should().Be("Siti Aisyah Rahim", Dump(record));
    }

    [Test]
    public void Apposition_without_an_article_closed_by_a_speech_verb()
    {
        const string text = "Maren Holt, data protection lead at Vantor Systems, said: \"No customer records were taken.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "No customer records were taken."));
        speaker!.Name.Should().Be("Maren Holt");
        speaker.Roles.Should().Contain("data protection lead at Vantor Systems", Dump(record));
    }

    [Test]
    public void Aside_between_commas_before_a_speech_verb_is_not_a_role()
    {
        const string text = "Maren Holt, speaking after the hearing, said: \"We will appeal.\"\n\n"
            + "Tomas Brandt, in a statement on Monday, told reporters: \"The plant stays open.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "We will appeal."))!.Roles.Should().BeEmpty(Dump(record));
        SpeakerOf(record, QuoteWithText(record, "The plant stays open."))!.Roles.Should().BeEmpty(Dump(record));
    }

    [Test]
    public void Clause_between_commas_is_not_a_role()
    {
        const string text = "Maren Holt, who had waited outside the court all day, said: \"We will appeal.\"\n\n"
            + "Tomas Brandt, as the crowd dispersed, warned: \"This is not over.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "We will appeal."))!.Roles.Should().BeEmpty(Dump(record));
        SpeakerOf(record, QuoteWithText(record, "This is not over."))!.Roles.Should().BeEmpty(Dump(record));
    }

    [Test]
    public void Fronted_role_phrase_before_an_honorific_and_a_name()
    {
        const string text = "Senior lecturer in geology at Carrow University, Dr Owen Pike, said the team had dated the samples. "
            + "\"They are far older than we thought,\" he said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "They are far older than we thought,"));
        speaker!.Name.Should().Be("Owen Pike");
        speaker.Roles.Should().Contain("Senior lecturer in geology at Carrow University", Dump(record));
    }

    [Test]
    public void Fronted_role_phrase_with_two_roles_joined_by_and()
    {
        const string text = "Lead author of the survey and research fellow at the institute, Nadia Reyes, said: \"Most of the wetlands are recovering.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Most of the wetlands are recovering."));
        speaker!.Name.Should().Be("Nadia Reyes");
        speaker.Roles.Should().Contain("Lead author of the survey and research fellow at the institute", Dump(record));
    }

    [Test]
    public void Fronted_role_phrase_when_a_relative_clause_follows_the_name()
    {
        const string text = "Assistant professor in zoology at Carrow University, Dr Owen Pike, who joined the dig in May, said: "
            + "\"The bones were not moved by water.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "The bones were not moved by water."));
        speaker!.Name.Should().Be("Owen Pike");
        speaker.Roles.Should().Contain("Assistant professor in zoology at Carrow University", Dump(record));
    }

    [Test]
    public void Fronted_clause_before_a_name_is_not_a_role()
    {
        const string text = "After the vote in parliament, Nadia Reyes said: \"The committee did its work.\"\n\n"
            + "Meeting with nurses and surgeons at the clinic, Tomas Brandt, the union leader, said: \"It changes nothing.\"";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "The committee did its work."))!.Roles.Should().BeEmpty(Dump(record));
        SpeakerOf(record, QuoteWithText(record, "It changes nothing."))!.Roles.Should().BeEquivalentTo(["union leader"], Dump(record));
    }

    [Test]
    public void Fronted_phrase_naming_another_person_is_not_a_role()
    {
        const string text = "Foreign Minister Ana Ruiz and her Chilean counterpart, Luis Vera, met in Lima on Tuesday. "
            + "\"The border talks are over,\" Vera said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "The border talks are over,"));
        speaker!.Name.Should().Be("Luis Vera");
        speaker.Roles.Should().NotContain(r => r.Contains("Ana Ruiz"), Dump(record));
    }

    [Test]
    public void Lowercase_role_with_an_of_complement_before_the_name()
    {
        const string text = "On Thursday the agency's director of operations Kofi Mensah had announced that the depot would close.\n\n"
            + "\"Nobody will lose their job,\" Mensah said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "Nobody will lose their job,"));
        speaker!.Name.Should().Be("Kofi Mensah");
        speaker.Roles.Should().Contain("director of operations", Dump(record));
    }

    [Test]
    public void Lowercase_head_of_a_department_before_the_name()
    {
        const string text = "The agency's head of research Lina Ortiz said: \"The depot will reopen in spring.\"";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "The depot will reopen in spring."));
        speaker!.Name.Should().Be("Lina Ortiz");
        speaker.Roles.Should().Contain("head of research", Dump(record));
    }
    [Test]
    public void A_role_written_inside_reported_speech_still_belongs_to_the_person()
    {
        const string text = "Deputy Governor Ama Owusu explained that Governor, Kwesi Darko’s statement had been misread.\n\n"
            + "\"We stand by every word of it,\" Darko said.";
        var record = Extract(text);

        var speaker = SpeakerOf(record, QuoteWithText(record, "We stand by every word of it,"));
        speaker!.Name.Should().Be("Kwesi Darko", Dump(record));
        speaker.Roles.Should().Contain(r => r.Contains("Governor"), Dump(record));
    }
    [TestCase("Shona Reid, a mother-of-three from Paisley, said: \"We cannot keep paying this.\"", "mother-of-three")]
    [TestCase("Dara Kelly, the club's all-rounder, said: \"We cannot keep paying this.\"", "all-rounder")]
    [TestCase("Priya Shah, a tenant on the estate, said: \"We cannot keep paying this.\"", "tenant")]
    public void Common_news_role_nouns_are_roles(string text, string role)
    {
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "We cannot keep paying this."))!.Roles.Should().Contain(r => r.Contains(role), Dump(record));
    }
    [Test]
    public void A_role_before_the_comma_is_kept_when_a_title_word_stands_before_the_name()
    {
        const string text = "The Minister of Trade, Amb. Musa Danjuma, met the delegation in Abuja.\n\n\"The talks were useful,\" Danjuma said.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "The talks were useful,"))!.Roles.Should().Contain("Minister of Trade", Dump(record));
    }

    [Test]
    public void A_speaker_from_a_town_with_a_whose_clause_is_the_unnamed_person()
    {
        const string text = "Lena Marsh, chief executive of the patients' network, said the charity would be watching.\n\n"
            + "A man from Bradwell whose wife was diagnosed last year said: \"Every month counts.\"";
        var record = Extract(text);

        QuoteWithText(record, "Every month counts.").SpeakerId.Should().BeNull(Dump(record));
    }
    [Test]
    public void A_role_after_the_age_between_commas_is_found()
    {
        const string text = "Karen Toll, 52, the former finance director of Brightway Logistics, denied fraud. \"I did nothing wrong,\" Toll said.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "I did nothing wrong,"))!.Roles.Should().Contain(r => r.Contains("finance director"), Dump(record));
    }

    [Test]
    public void A_possessed_role_with_a_demonym_before_the_name_is_found()
    {
        const string text = "The deal was signed by the Kenyan minister and her Tanzanian counterpart, Joseph Mwaka. \"We opened the door,\" Mwaka said.";
        var record = Extract(text);

        SpeakerOf(record, QuoteWithText(record, "We opened the door,"))!.Roles.Should().Contain(r => r.Contains("Tanzanian counterpart"), Dump(record));
    }
}
