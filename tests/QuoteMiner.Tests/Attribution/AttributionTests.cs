using QuoteMiner.Tests.Pipeline;

namespace QuoteMiner.Tests.Attribution;

/// <summary>End-to-end attribution: who said each quote, through the output record.</summary>
[TestFixture]
public sealed class AttributionTests : PipelineTestBase
{
    [Test]
    public void Speech_tag_after_the_quote_said_then_name()
    {
        const string text = "\"The talks were productive,\" said Jane Doe.";
        var record = Extract(text);

        var quote = QuoteWithText(record, "The talks were productive,");
        SpeakerOf(record, quote)!.Name.Should().Be("Jane Doe");
        quote.Cue!.Text.Should().Be("said");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Speech_tag_after_the_quote_name_then_said()
    {
        const string text = "\"The talks were productive,\" Jane Doe said.";
        var record = Extract(text);

        var quote = QuoteWithText(record, "The talks were productive,");
        SpeakerOf(record, quote)!.Name.Should().Be("Jane Doe");
        quote.Cue!.Text.Should().Be("said");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Pronoun_tag_resolves_to_the_last_female_person_named()
    {
        const string text = "Jane Doe met Peter Stahl in Geneva on Monday. \"The talks were productive,\" she said.";
        var record = Extract(text);

        SpeakerNameOf(record, "The talks were productive,").Should().Be("Jane Doe");
        QuoteWithText(record, "The talks were productive,").Cue!.Text.Should().Be("said");
    }

    [Test]
    public void Male_pronoun_tag_skips_the_later_female_name()
    {
        const string text = "Peter Stahl met Jane Doe in Geneva on Monday. \"The talks were productive,\" he said.";
        var record = Extract(text);

        SpeakerNameOf(record, "The talks were productive,").Should().Be("Peter Stahl");
    }

    [Test]
    public void Speaker_before_the_quote_with_a_colon()
    {
        const string text = "Jane Doe said: \"We expect an agreement within weeks.\"";
        var record = Extract(text);

        var quote = QuoteWithText(record, "We expect an agreement within weeks.");
        SpeakerOf(record, quote)!.Name.Should().Be("Jane Doe");
        quote.Cue!.Text.Should().Be("said");
        ShouldMatchSource(quote, text);
    }

    [Test]
    public void Titled_surname_resolves_to_the_full_name_introduced_earlier()
    {
        const string text = "Foreign Minister Ana Castillo arrived in Lima on Sunday for two days of talks.\n\n"
            + "\"We came to listen to our neighbours,\" Minister Castillo said.";
        var record = Extract(text);

        SpeakerNameOf(record, "We came to listen to our neighbours,").Should().Be("Ana Castillo");
    }

    [Test]
    public void Participle_clause_attributes_to_the_sentence_subject()
    {
        const string text = "President Marta Reyes addressed the nation on Friday, emphasizing that 'the reforms will continue without delay.'";
        var record = Extract(text);

        SpeakerNameOf(record, "the reforms will continue without delay.").Should().Be("Marta Reyes");
    }

    [Test]
    public void Relative_clause_attributes_to_the_noun_it_modifies()
    {
        const string text = "The figures came from the agency's bureau, which stated, 'Supplies will run short by March.'";
        var record = Extract(text);

        SpeakerNameOf(record, "Supplies will run short by March.").Should().ContainEquivalentOf("bureau");
    }

    [Test]
    public void Organisation_speaker_after_the_quote()
    {
        const string text = "\"The figures will be published next week,\" the ministry said.";
        var record = Extract(text);

        var quote = QuoteWithText(record, "The figures will be published next week,");
        var speaker = SpeakerOf(record, quote);
        speaker.Should().NotBeNull(Dump(record));
        speaker!.Name.Should().ContainEquivalentOf("ministry");
        speaker.Type.Should().Be("ORGANIZATION");
    }

    [Test]
    public void Group_speaker_of_a_joint_statement()
    {
        const string text = "Both governments issued a joint statement reaffirming \"their commitment to open trade and fair competition in the region.\"";
        var record = Extract(text);

        var quote = QuoteWithText(record, "their commitment to open trade and fair competition in the region.");
        var speaker = SpeakerOf(record, quote);
        speaker.Should().NotBeNull(Dump(record));
        speaker!.Name.Should().ContainEquivalentOf("governments");
        speaker.Type.Should().Be("GROUP");
    }

    [Test]
    public void Speaker_is_carried_to_an_untagged_quote_in_the_next_paragraph()
    {
        const string text = "\"We have never seen flooding like this,\" said Omar Haddad, the fire chief.\n\n"
            + "\"The water rose two metres in an hour.\"";
        var record = Extract(text);

        SpeakerNameOf(record, "We have never seen flooding like this,").Should().Be("Omar Haddad");
        SpeakerNameOf(record, "The water rose two metres in an hour.").Should().Be("Omar Haddad");
    }

    [Test]
    public void Quote_with_no_speaker_named_has_a_null_speaker_id()
    {
        const string text = "\"Everything is closed until further notice.\" The streets were empty by noon.";
        var record = Extract(text);

        var quote = QuoteWithText(record, "Everything is closed until further notice.");
        quote.SpeakerId.Should().BeNull();
        quote.Cue.Should().BeNull();
    }

    [Test]
    public void Inverted_tag_with_a_title_before_the_name()
    {
        const string text = "\"Our sales doubled this year,\" said CEO Lino Marr.";
        var record = Extract(text);

        var quote = QuoteWithText(record, "Our sales doubled this year,");
        var speaker = SpeakerOf(record, quote);
        speaker.Should().NotBeNull(Dump(record));
        speaker!.Name.Should().Be("Lino Marr");
        speaker.Roles.Should().Contain("CEO");
        quote.Cue!.Text.Should().Be("said");
    }

    [Test]
    public void Participle_clause_with_a_bare_titled_surname()
    {
        const string text = "President Reyes addressed the nation on Friday, emphasizing that 'the reforms will continue without delay.'";
        var record = Extract(text);

        var quote = QuoteWithText(record, "the reforms will continue without delay.");
        var speaker = SpeakerOf(record, quote);
        speaker!.Name.Should().Be("Reyes");
        speaker.Roles.Should().Contain("President");
        quote.Cue!.Text.Should().Be("emphasizing");
    }

    [Test]
    public void Inverted_tag_with_a_lowercase_role_before_the_name()
    {
        const string text = "\"We have never seen flooding like this,\" said fire chief Omar Haddad.\n\n"
            + "\"The water rose two metres in an hour.\"";
        var record = Extract(text);

        SpeakerNameOf(record, "We have never seen flooding like this,").Should().Be("Omar Haddad");
        SpeakerNameOf(record, "The water rose two metres in an hour.").Should().Be("Omar Haddad");
    }

    [Test]
    public void Inverted_tag_with_a_lowercase_description_does_not_fall_back_to_the_previous_speaker()
    {
        const string text = "Health Minister Ruth Adler opened the clinic on Monday. \"Every town deserves a doctor,\" she said.\n\n"
            + "\"We have waited ten years for this,\" said local farmer Tomas Novak.";
        var record = Extract(text);

        SpeakerNameOf(record, "We have waited ten years for this,").Should().Be("Tomas Novak");
    }

    [Test]
    public void Pronoun_after_a_finance_minister_resolves_to_her_name()
    {
        const string text = "Finance Minister Clara Voss presented the plan on Monday. \"The budget is balanced,\" she said.";
        var record = Extract(text);

        SpeakerNameOf(record, "The budget is balanced,").Should().Be("Clara Voss");
    }
    [TestCase("A man who was walking his dog by the river said: \"The water came up in minutes.\"", "The water came up in minutes.")]
    [TestCase("One shopper, who asked not to be named, said: \"Prices have doubled since spring.\"", "Prices have doubled since spring.")]
    [TestCase("A retired nurse from Little Hadham, who did not give her name, said: \"Nobody asked us.\"", "Nobody asked us.")]
    public void An_unnamed_vox_pop_speaker_leaves_the_quote_unattributed_not_given_to_the_official_named_before(string voxPop, string quoteText)
    {
        var text = "Council leader Martha Keogh defended the decision on Tuesday.\n\n" + voxPop;
        var record = Extract(text);

        var quote = QuoteWithText(record, quoteText);
        quote.SpeakerId.Should().BeNull(Dump(record));
        quote.Cue!.Text.Should().Be("said");
    }

    [Test]
    public void A_person_before_a_restrictive_who_clause_is_the_subject_of_the_cue()
    {
        const string text = "The hearing ended at noon. Councillor Dara Quinn, who chaired it, left early.\n\n"
            + "Hugo Marsh who runs the ferry service said: \"We were never consulted.\"";
        var record = Extract(text);

        SpeakerNameOf(record, "We were never consulted.").Should().Be("Hugo Marsh", Dump(record));
    }
    [Test]
    public void A_pronoun_after_a_person_of_a_named_body_refers_to_the_person_not_the_body()
    {
        const string text = "Chief Ruth Makwa of the Beaver Hills Cree Nation said 300 people had left. "
            + "She called for \"real help, not promises\" for the elders.";
        var record = Extract(text);

        SpeakerNameOf(record, "real help, not promises").Should().Be("Ruth Makwa", Dump(record));
    }

    [Test]
    public void An_abbreviated_police_rank_links_the_surname_to_the_full_name()
    {
        const string text = "Garda Superintendent Niall Brophy appealed for witnesses.\n\n"
            + "Supt Brophy said that was \"very unlikely given the damage\".";
        var record = Extract(text);

        SpeakerNameOf(record, "very unlikely given the damage").Should().Be("Niall Brophy", Dump(record));
    }

    [Test]
    public void A_capitalised_dateline_before_a_comma_is_no_speaker()
    {
        const string text = "GRAND RAPIDS, Mich. — A study of 3,000 patients has found that walking helps.\n\n"
            + "\"We were surprised by the size of the effect,\" said lead author Dr. Hannah Voss.";
        var record = Extract(text);

        SpeakerNameOf(record, "We were surprised by the size of the effect,").Should().Be("Hannah Voss", Dump(record));
        record.Speakers.Should().NotContain(s => s.Name.Contains("GRAND"));
    }
    [Test]
    public void Which_refers_to_the_nearest_body_even_with_words_before_its_comma()
    {
        const string text = "Lindiwe Khumalo won the seat by 300 votes, according to results released by the Electoral Commission (EC) "
            + "late on Sunday, which said the poll had been \"calm and orderly\".";
        var record = Extract(text);

        SpeakerNameOf(record, "calm and orderly").Should().Be("Electoral Commission", Dump(record));
    }

    [Test]
    public void An_institute_described_by_its_kind_speaks_through_which()
    {
        const string text = "Dr Tomas Reyes, a biologist at the Coral Coast Research Institute, led the work.\n\n"
            + "Most of the transplanted corals survived, according to the institute, which called the result \"a proof of concept\".";
        var record = Extract(text);

        SpeakerNameOf(record, "a proof of concept").Should().Be("Coral Coast Research Institute", Dump(record));
    }
    [Test]
    public void The_office_written_with_the_article_refers_to_its_holder_named_before()
    {
        const string text = "Deputy Health Minister Kofi Amponsah said the ministry would review the ruling.\n\n"
            + "The High Court ruled against the ministry last week.\n\n"
            + "The Deputy Health Minister stated that the appeal would be filed within a month.\n\n"
            + "\"We will argue that the judgment cannot stand on the evidence.\"";
        var record = Extract(text);

        SpeakerNameOf(record, "We will argue that the judgment cannot stand on the evidence.").Should().Be("Kofi Amponsah", Dump(record));
    }

    [Test]
    public void A_description_inside_reported_speech_is_no_speaker_for_the_next_quote()
    {
        const string text = "Minister Abena Osei said that an official may criticise a ruling but not the court.\n\n"
            + "\"That is the line we will hold,\" she said.";
        var record = Extract(text);

        SpeakerNameOf(record, "That is the line we will hold,").Should().Be("Abena Osei", Dump(record));
    }
    [TestCase("A woman queuing outside a pharmacy in Ndola said: \"We have waited since morning.\"", "We have waited since morning.")]
    [TestCase("One nurse in Dayton, Ohio, who had worked there for a decade, wrote: \"We have waited since morning.\"", "We have waited since morning.")]
    [TestCase("A Whanganui father who drove four hours to the hearing said: \"We have waited since morning.\"", "We have waited since morning.")]
    public void The_place_where_an_unnamed_speaker_stood_is_not_the_speaker(string voxPop, string quoteText)
    {
        var text = "Health Minister Lorna Pike announced the new rules on Monday.\n\n" + voxPop;
        var record = Extract(text);

        var quote = QuoteWithText(record, quoteText);
        quote.SpeakerId.Should().BeNull(Dump(record));
        quote.Cue.Should().NotBeNull(Dump(record));
    }
    [Test]
    public void A_coordinated_speech_verb_shares_the_subject_of_the_speech_verb_before_it()
    {
        const string text = "Ms Halvorsen insisted that Oslo had \"never wanted a quarrel\", but warned that Norwegian patience was \"running out\".";
        var record = Extract(text);

        SpeakerNameOf(record, "running out").Should().Be("Halvorsen", Dump(record));
    }

    [Test]
    public void A_town_before_a_titled_person_is_not_a_second_person()
    {
        const string text = "Grand Harbour Mayor Pete Lindgren said the city would ask for help. \"This hurts,\" he said.";
        var record = Extract(text);

        SpeakerNameOf(record, "This hurts,").Should().Be("Pete Lindgren", Dump(record));
    }
    [Test]
    public void An_age_description_refers_to_the_person_written_with_that_age()
    {
        const string text = "Novelist Ama Serwaa, 41, won the prize on Saturday. Previous winners include the poet Kofi Darko.\n\n"
            + "\"I started this book nine years ago,\" the 41-year-old said.";
        var record = Extract(text);

        SpeakerNameOf(record, "I started this book nine years ago,").Should().Be("Ama Serwaa", Dump(record));
    }    [Test]
    public void A_phrasal_speech_verb_inverts_like_said()
    {
        const string text = "\"That is rich from a party that closed the clinic,\" replied Tom Ellis, the sitting member.\n\n"
            + "\"The clinic closed because nobody could staff it,\" shot back Mere Tane.";
        var record = Extract(text);

        SpeakerNameOf(record, "The clinic closed because nobody could staff it,").Should().Be("Mere Tane", Dump(record));
    }
    [Test]
    public void A_relative_who_is_not_named_speaks_for_herself()
    {
        const string text = "Landlord Lee Dawes, 52, has run the pub for 11 years. His partner, who did not want to be named, said: \"I was tied to a radiator.\" "
            + "\"They had a crowbar,\" she said.";
        var record = Extract(text);

        QuoteWithText(record, "They had a crowbar,").SpeakerId.Should().BeNull(Dump(record));
    }

    [Test]
    public void An_unnamed_police_spokeswoman_is_a_person_not_the_police()
    {
        const string text = "A 34-year-old man has been charged over the robberies.\n\n"
            + "In a statement, a police spokeswoman said: \"Detectives will allege the man acted alone.\"";
        var record = Extract(text);

        QuoteWithText(record, "Detectives will allege the man acted alone.").SpeakerId.Should().BeNull(Dump(record));
    }    [TestCase("A worker at the Council Bluffs plant, who asked not to be named because she feared for her job, said: \"We heard rumours for months.\"", "We heard rumours for months.")]
    [TestCase("A woman walking her dog near the police tape said: \"We heard rumours for months.\"", "We heard rumours for months.")]
    [TestCase("One shopper in the city centre yesterday said: \"We heard rumours for months.\"", "We heard rumours for months.")]
    public void An_unnamed_person_described_at_length_is_the_speaker(string voxPop, string quoteText)
    {
        var text = "Union leader Carla Ruiz said members learned of the closures from television.\n\n" + voxPop;
        var record = Extract(text);

        QuoteWithText(record, quoteText).SpeakerId.Should().BeNull(Dump(record));
    }    [Test]
    public void A_tag_after_the_quote_names_the_person_set_off_after_a_role()
    {
        const string text = "Halima Noor said she had spoken to the commander. \"He was a good boy,\" the student's mother, Esther Wanjiku, said outside the hospital.";
        var record = Extract(text);

        SpeakerNameOf(record, "He was a good boy,").Should().Be("Esther Wanjiku", Dump(record));
    }

    [TestCase("called out")]
    [TestCase("countered")]
    [TestCase("retorted")]
    public void Other_speech_verbs_invert_like_said(string verb)
    {
        var text = "Councilman Frank Dino was unmoved. \"Because we are the ones still here,\" " + verb + " Gloria Wentz from the second row.";
        var record = Extract(text);

        SpeakerNameOf(record, "Because we are the ones still here,").Should().Be("Gloria Wentz", Dump(record));
    }
    [TestCase("A GP in Leicester, who asked not to be named, said: \"I sent a mother to four pharmacies.\"", "I sent a mother to four pharmacies.")]
    [TestCase("One of the protesters, a nurse who asked not to be named, said: \"I sent a mother to four pharmacies.\"", "I sent a mother to four pharmacies.")]
    public void Unnamed_members_and_role_acronyms_are_unnamed_speakers(string voxPop, string quoteText)
    {
        var text = "The Department of Health said supplies would improve.\n\n" + voxPop;
        var record = Extract(text);

        QuoteWithText(record, quoteText).SpeakerId.Should().BeNull(Dump(record));
    }
    [Test]
    public void It_refers_to_the_body_the_sentence_is_about_not_the_last_one_named()
    {
        const string text = "The Canadian Centre for Cyber Safety said the attack on Northern Grid Power was carried out by a group it described as \"highly organised\".";
        var record = Extract(text);

        SpeakerNameOf(record, "highly organised").Should().Be("Canadian Centre for Cyber Safety", Dump(record));
    }    [Test]
    public void The_possessor_before_a_named_relative_does_not_take_the_pronoun()
    {
        const string text = "Outside court, Mia's mother, Annette Cole, said the family had wanted a longer sentence. "
            + "\"Nine years is not enough,\" she said.";
        var record = Extract(text);

        SpeakerNameOf(record, "Nine years is not enough,").Should().Be("Annette Cole", Dump(record));
    }

    [Test]
    public void The_same_description_again_refers_to_the_same_unnamed_person()
    {
        const string text = "Sergeant Lee Park led the raid. In a statement, a police spokeswoman said the man had been charged. "
            + "The spokeswoman added that police were \"not looking for anyone else\".";
        var record = Extract(text);

        QuoteWithText(record, "not looking for anyone else").SpeakerId.Should().BeNull(Dump(record));
    }    [Test]
    public void A_person_of_a_body_between_commas_after_a_role_speaks()
    {
        const string text = "The chair of the judges, Prof. Kwame Ofosu of the University of Cape Coast, described the book as \"a novel of great tenderness\".";
        var record = Extract(text);

        SpeakerNameOf(record, "a novel of great tenderness").Should().Be("Kwame Ofosu", Dump(record));
    }

    [Test]
    public void According_to_at_the_end_of_the_sentence_speaks_every_quote_in_it()
    {
        const string text = "The nurses' union said its members were \"exhausted\" and \"running on goodwill\", according to Grace Thorne, its regional secretary.";
        var record = Extract(text);

        SpeakerNameOf(record, "exhausted").Should().Be("Grace Thorne", Dump(record));
        SpeakerNameOf(record, "running on goodwill").Should().Be("Grace Thorne", Dump(record));
    }    [Test]
    public void An_unnamed_replier_is_not_the_speaker_replied_to()
    {
        const string text = "Council President Angela Moretti backed the repairs. Councilmember Ray Okafor voted no.\n\n"
            + "\"It's an investment in kids,\" Moretti countered during the debate.\n\n"
            + "\"It's a 1960s pool with a cracked basin,\" the first-term member replied.";
        var record = Extract(text);

        SpeakerNameOf(record, "It's a 1960s pool with a cracked basin,").Should().Be("Ray Okafor", Dump(record));
    }

    [Test]
    public void Turns_alternate_after_a_reply()
    {
        const string text = "Mayor Kwame Asante and his challenger, Dede Lamptey, met outside the count.\n\n"
            + "\"The town has spoken,\" Asante said.\n\n"
            + "\"The town will speak again when every box is counted,\" replied Lamptey.\n\n"
            + "\"Every box was counted twice,\" he said.\n\n"
            + "\"Then show us the tally sheets,\" the 52-year-old teacher said.";
        var record = Extract(text);

        SpeakerNameOf(record, "Every box was counted twice,").Should().Be("Kwame Asante", Dump(record));
        SpeakerNameOf(record, "Then show us the tally sheets,").Should().Be("Dede Lamptey", Dump(record));
    }

    [Test]
    public void An_office_no_one_in_the_story_holds_is_not_the_last_speaker()
    {
        const string text = "Shadow transport secretary Louise Hale said the Government had \"lost control\".\n\n"
            + "The Prime Minister said: \"Talks remain open.\"";
        var record = Extract(text);

        (SpeakerOf(record, QuoteWithText(record, "Talks remain open."))?.Name ?? "no speaker").Should().NotBe("Louise Hale", Dump(record));
    }

    [Test]
    public void Someone_s_spokesman_is_not_the_last_person_named()
    {
        const string text = "Transport Secretary Mark Harlow told the BBC: \"We will not be held to ransom.\"\n\n"
            + "The Prime Minister's official spokesman said: \"Talks remain open.\"";
        var record = Extract(text);

        (SpeakerOf(record, QuoteWithText(record, "Talks remain open."))?.Name ?? "no speaker").Should().NotBe("Mark Harlow", Dump(record));
    }

    [Test]
    public void A_statement_no_one_is_said_to_have_issued_names_no_speaker()
    {
        const string text = "Opposition leader Ravi Menon called for an inquiry. \"This government ignored every warning,\" he said.\n\n"
            + "\"Residents should move to safer places,\" the statement read.";
        var record = Extract(text);

        QuoteWithText(record, "Residents should move to safer places,").SpeakerId.Should().BeNull(Dump(record));
    }

    [Test]
    public void A_word_described_as_a_business_is_that_business_and_the_company_is_not_the_union()
    {
        const string text = "Shares in Brightway, the country's third-largest supermarket chain, fell after it warned that trading would stay \"very tough\".\n\n"
            + "The Retail Workers' Alliance said jobs were at risk. The company said it would \"protect every store it can\".";
        var record = Extract(text);

        SpeakerNameOf(record, "very tough").Should().Be("Brightway", Dump(record));
        SpeakerNameOf(record, "protect every store it can").Should().Be("Brightway", Dump(record));
    }
    [Test]
    public void A_body_described_after_a_person_s_role_does_not_take_the_quote()
    {
        const string text = "Meera Kale, founder of the Fair Credit Forum, a consumer group in Pune, said: \"This is a big win.\"";
        var record = Extract(text);

        SpeakerNameOf(record, "This is a big win.").Should().Be("Meera Kale", Dump(record));
    }

    [Test]
    public void A_possessor_in_a_vox_pop_description_is_where_the_speaker_was()
    {
        const string text = "Butcher Noel Dwyer was unconvinced.\n\nA woman buying strawberries at Ms Lind's stall on Thursday said: \"If it moves, I won't follow it.\"";
        var record = Extract(text);

        QuoteWithText(record, "If it moves, I won't follow it.").SpeakerId.Should().BeNull(Dump(record));
    }
    [Test]
    public void An_abbreviated_office_refers_to_its_holder()
    {
        const string text = "Education Cabinet Secretary Margaret Wanjiru released the results on Thursday.\n\n"
            + "\"These results show that our children can compete with anyone,\" the CS said.";
        var record = Extract(text);

        SpeakerNameOf(record, "These results show that our children can compete with anyone,").Should().Be("Margaret Wanjiru", Dump(record));
    }}
