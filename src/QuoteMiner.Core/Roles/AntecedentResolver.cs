using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Finds who a pronoun or description refers to: he/she → the most recent person of that gender,
/// they → the most recent group or organisation, "the minister" → the person whose role says so
/// (or the last person quoted), "the ministry" → the organisation whose name holds that word.
/// </summary>
public sealed class AntecedentResolver(NewsLexicons lexicons)
{
    // Nouns that stand for any kind of organisation already named.
    private static readonly HashSet<string> GenericBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "club", "union", "organisation", "organization", "charity", "business", "retailer",
        "carrier", "airline", "bank", "lender", "insurer", "brewer", "manufacturer", "maker", "chain", "team", "side",
        "campaign", "agency", "office", "body", "regulator", "watchdog", "network", "broadcaster", "publisher", "label",
        "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "miner", "producer", "operator", "developer", "utility",
    };

    /// <summary>The cluster <paramref name="mention"/> refers to; never <paramref name="notThis"/> (the one a reply answers).</summary>
    public EntityCluster? Resolve(TokenText tokens, SpeakerMention mention, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, EntityCluster? notThis = null)
    {
        if (notThis is not null)
        {
            before = before.Where(b => b.Cluster != notThis).ToList();
        }

        var word = tokens.Word(mention.EndToken - 1);
        if (mention.Kind == MentionKind.Pronoun)
        {
            var gender = word is "she" or "She" ? Gender.Female : word is "he" or "He" ? Gender.Male : Gender.Unknown;
            // "it" continues the body or country the recent sentence is about ("The Centre said the attack on X was by
            // a group it described as …", "Uganda, whose exports …, welcomed what it called …").
            if (word is "it" or "It")
            {
                return LatestSubject(tokens, before, c => c.Type is EntityType.Organization or EntityType.Location, mention);
            }

            // An unnamed person ("his father") is the antecedent only once they have spoken; otherwise the story's named people are.
            Func<EntityCluster, bool> fitsPerson = c => c.Type == EntityType.Person && (c.Gender == Gender.Unknown || c.Gender == gender) && (!c.Anonymous || c.Spoke);
            return mention.Type == EntityType.Person
                ? NearestSpokesperson(tokens, before, gender, fitsPerson) ?? LatestSubject(tokens, before, fitsPerson, mention)
                : Latest(before, c => c.Type is EntityType.Organization or EntityType.Group);
        }

        if (mention.Type == EntityType.Person)
        {
            // "the governor": the person whose role says so; "the 29-year-old", "the Tasmanian": the person the
            // recent sentences are about, as for a pronoun.
            // Of two people with the role in one sentence ("The Minister of Foreign Affairs, X, and Ghana's Foreign
            // Minister, Y, met"), the one named first is the one the story follows.
            // "the Chief Minister" is the person whose role says all of it before one who is only a "minister".
            var phrase = DescriptionPhrase(tokens, mention);
            Func<EntityCluster, bool> hasWholeRole = c => c.Type == EntityType.Person && c.Roles.Any(r => r.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
            Func<EntityCluster, bool> hasRole = c => c.Type == EntityType.Person && c.Roles.Any(r => RoleNames(r.Text, word));
            var roleHolder = (phrase.Contains(' ') ? Latest(before, hasWholeRole) : null) ?? LatestSubject(tokens, before, hasRole, mention) ?? Latest(before, hasRole);
            var holder = DescriptionAntecedents.SameOrNamedHolder(SameDescription(tokens, before, mention), roleHolder, before);
            if (holder is not null || IsCapitalisedOffice(tokens, mention))
            {
                // "The Prime Minister's spokesman said" when no one in the story holds that office: an office holder it does not name.
                return holder;
            }

            // "A Department for Transport spokesperson said": a spokesperson no one in the story is, is no one named.
            if (DescriptionAntecedents.IsUnnamedPersonMentionedBefore(tokens, mention, before) || SpeakerMentionFinder.IsSpokesperson(word))
            {
                return null;
            }

            return PersonOfAge(tokens, mention, before)
                ?? LatestSubject(tokens, DescriptionAntecedents.WithoutReporter(tokens, lexicons.CueVerbs, mention, before), c => c.Type == EntityType.Person && !c.Anonymous && DescriptionAntecedents.FitsGender(c, word), mention);
        }

        if (mention.Type == EntityType.Group)
        {
            return DescriptionAntecedents.MembersBody(tokens, word, before);
        }

        if (mention.Type == EntityType.Organization)
        {
            // "the ministry" → the Ministry of Health named before; "the company", "the club" → the last
            // organisation named, whatever its name says.
            return Latest(before, c => c.Type == EntityType.Organization && c.NameTexts.Any(n => n.Contains(word, StringComparison.OrdinalIgnoreCase)))
                ?? (GenericBodies.Contains(word) ? Latest(before, c => c.Type == EntityType.Organization && !c.Anonymous && CompanyAntecedents.CanBe(tokens, c, word)) : null);
        }

        return null;
    }

    /// <summary>
    /// "a council spokesman", "a police spokeswoman": an unnamed person speaking for a body named before
    /// speaks for that body; null when no such body was named.
    /// </summary>
    public EntityCluster? ResolveSpokesperson(TokenText tokens, SpeakerMention mention, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var head = tokens.Word(mention.EndToken - 1);
        if (!SpeakerMentionFinder.IsSpokesperson(head) && head is not ("official" or "source"))
        {
            return null;
        }

        for (var t = mention.FirstToken + 1; t < mention.EndToken - 1; t++)
        {
            var modifier = tokens.Word(t);
            if (lexicons.OrganizationWords.IsCollective(modifier))
            {
                return Latest(before, c => c.Type == EntityType.Organization && c.NameTexts.Any(n => n.Contains(modifier, StringComparison.OrdinalIgnoreCase)));
            }
        }

        // "The Welsh Government said … A spokesperson said: '…'": a bare spokesperson speaks for the body just named.
        if (mention.EndToken - mention.FirstToken == 2 && SpeakerMentionFinder.IsSpokesperson(head))
        {
            var sentence = tokens.Document.SentenceOfToken(mention.FirstToken);
            return Latest(before, (body, cluster) => cluster.Type == EntityType.Organization && !cluster.Anonymous
                && sentence - tokens.Document.SentenceOfToken(body.FirstToken) <= 2);
        }

        return null;
    }

    /// <summary>
    /// "A spokeswoman for the Flood Rescue Service said … '…,' she said": when the nearest person-like mention is a
    /// spokesperson, the pronoun is that spokesperson, and speaks for whatever the spokesperson was resolved to.
    /// </summary>
    private static EntityCluster? NearestSpokesperson(TokenText tokens, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Gender gender, Func<EntityCluster, bool> fitsPerson)
    {
        for (var i = before.Count - 1; i >= Math.Max(0, before.Count - 12); i--)
        {
            var (mention, cluster) = before[i];
            if (mention.Kind == MentionKind.Description && tokens.Word(mention.EndToken - 1) is var head && SpeakerMentionFinder.IsSpokesperson(head))
            {
                var spokesGender = head.StartsWith("spokeswom", StringComparison.OrdinalIgnoreCase) ? Gender.Female
                    : head.StartsWith("spokesm", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Unknown;
                return spokesGender == Gender.Unknown || gender == Gender.Unknown || spokesGender == gender ? cluster : null;
            }

            if (mention.Type == EntityType.Person && fitsPerson(cluster))
            {
                return null;
            }
        }

        return null;
    }

    // Offices written one way and referred to another: "Justice Bell" is "the judge", "CEO" "the chief executive".
    private static readonly Dictionary<string, string[]> RoleSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["judge"] = ["Justice", "Magistrate"],
        ["magistrate"] = ["Judge"],
        ["executive"] = ["CEO"],
        ["boss"] = ["chief executive", "CEO", "manager", "director", "chair"],
        ["premier"] = ["Prime Minister"],
        ["PM"] = ["Prime Minister"],
        ["CEO"] = ["chief executive"],
        ["CS"] = ["Cabinet Secretary"],
        ["CM"] = ["Chief Minister"],
        ["PS"] = ["Principal Secretary"],
        ["AG"] = ["Attorney General", "Attorney-General"],

        // Abbreviated titles ("Sen. Dale Whitcomb" … "the senator").
        ["senator"] = ["Sen."],
        ["governor"] = ["Gov."],
        ["representative"] = ["Rep."],
        ["congressman"] = ["Rep."],
        ["congresswoman"] = ["Rep."],
        ["lawmaker"] = ["Sen.", "Rep.", "Senator", "Representative", "Congressman", "Congresswoman", "MP", "MLA", "MSP", "TD", "Assemblymember", "legislator"],
        ["legislator"] = ["Sen.", "Rep.", "Senator", "Representative", "MLA", "Assemblymember"],
        ["councillor"] = ["Cllr"],
        ["councilor"] = ["Cllr"],
        ["detective"] = ["Det."],
        ["sergeant"] = ["Sgt"],
        ["superintendent"] = ["Supt"],
        ["inspector"] = ["Insp"],
        ["professor"] = ["Prof"],
        ["captain"] = ["Capt"],
        ["lieutenant"] = ["Lt."],
        ["colonel"] = ["Col."],
        ["general"] = ["Gen."],
    };

    private bool IsCapitalisedOffice(TokenText tokens, SpeakerMention mention)
    {
        var head = mention.EndToken - 1;
        return tokens.IsCapitalised(head) && lexicons.Titles.TryGet(tokens.Word(head), out var titleClass) && titleClass == TitleClass.Office;
    }

    public static bool RoleNames(string role, string head) =>
        role.Contains(head, StringComparison.OrdinalIgnoreCase)
        || (RoleSynonyms.TryGetValue(head, out var synonyms) && synonyms.Any(s => role.Contains(s, StringComparison.OrdinalIgnoreCase)));

    // The description's words after its determiner ("Chief Minister" of "the Chief Minister").
    private static string DescriptionPhrase(TokenText tokens, SpeakerMention mention)
    {
        var start = PhraseStart(tokens, mention);
        return start < mention.EndToken ? tokens.Text[tokens.Tokens[start].Start..tokens.Tokens[mention.EndToken - 1].End] : string.Empty;
    }

    /// <summary>
    /// "a police spokeswoman said … The spokeswoman added", "The 22-year-old forward … said the 22-year-old": the person
    /// described before with all of these words ("The Deputy Attorney General" is not "the Attorney General").
    /// </summary>
    private static EntityCluster? SameDescription(TokenText tokens, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, SpeakerMention mention)
    {
        // An indefinite description ("sentenced a 27-year-old man") is matched only by its last words: the story may
        // yet name that person, who is then the one a later "the 27-year-old" means.
        var start = PhraseStart(tokens, mention);
        return start >= mention.EndToken ? null : Latest(before, (earlier, cluster) => earlier.Kind == MentionKind.Description && cluster.Type == EntityType.Person
            && (tokens.Word(earlier.FirstToken) is "the" or "The" ? HasAllWords(tokens, earlier, start, mention.EndToken) : EndsWithWords(tokens, earlier, start, mention.EndToken)));
    }

    // Every word of tokens [start, end) stands somewhere in the description.
    private static bool HasAllWords(TokenText tokens, SpeakerMention description, int start, int end)
    {
        var from = PhraseStart(tokens, description);
        for (var t = start; t < end; t++)
        {
            var found = false;
            for (var d = from; d < description.EndToken && !found; d++)
            {
                found = tokens.Is(d, tokens.Word(t));
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // The description ends with the words of tokens [start, end).
    private static bool EndsWithWords(TokenText tokens, SpeakerMention description, int start, int end)
    {
        var offset = description.EndToken - end;
        if (end - start > description.EndToken - PhraseStart(tokens, description))
        {
            return false;
        }

        for (var t = start; t < end; t++)
        {
            if (!tokens.Is(t + offset, tokens.Word(t)))
            {
                return false;
            }
        }

        return true;
    }

    private static int PhraseStart(TokenText tokens, SpeakerMention mention) =>
        tokens.Word(mention.FirstToken) is "the" or "The" or "a" or "A" or "an" or "An" ? mention.FirstToken + 1 : mention.FirstToken;

    /// <summary>"the 41-year-old" → the person written with that age ("Efua Mensah-Bonsu, 41,").</summary>
    private static EntityCluster? PersonOfAge(TokenText tokens, SpeakerMention mention, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var description = tokens.Word(mention.EndToken - 1);
        var dash = description.IndexOf("-year-old", StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        var age = description[..dash];
        return Latest(before, c => c.Type == EntityType.Person && c.Mentions.Any(m =>
            tokens.IsPunctuation(m.EndToken, ',') && tokens.Is(m.EndToken + 1, age)));
    }

    public Gender GenderOf(TokenText tokens, SpeakerMention mention)
    {
        var first = tokens.Word(mention.FirstToken);
        var gender = lexicons.FirstNames.GenderOf(first);
        if (gender != Gender.Unknown || mention.FirstToken == 0)
        {
            return gender;
        }

        return tokens.Word(mention.FirstToken - 1).TrimEnd('.') switch
        {
            "Mr" or "Lord" or "Sir" or "King" or "Prince" or "Father" => Gender.Male,
            "Ms" or "Mrs" or "Miss" or "Lady" or "Dame" or "Queen" or "Princess" => Gender.Female,
            _ => GenderOfLonePerson(tokens, mention),
        };
    }

    /// <summary>
    /// "Haskins said he would", "Haskins told reporters that she …", "Haskins, for his part,": the pronoun that opens
    /// what a person reports, or owns their part, is theirs. (Other pronouns after a name often are not: "Ben Fairweather,
    /// standing beside her, said".)
    /// </summary>
    private Gender GenderOfLonePerson(TokenText tokens, SpeakerMention mention)
    {
        var t = mention.EndToken;
        if (tokens.IsPunctuation(t, ',') && tokens.Is(t + 1, "for") && tokens.Is(t + 3, "part"))
        {
            return PronounGender(tokens.Word(t + 2));
        }

        if (t >= tokens.Count || !tokens.IsLowerWord(t) || !lexicons.CueVerbs.TryGet(tokens.Word(t), out _))
        {
            return Gender.Unknown;
        }

        for (var next = t + 1; next < Math.Min(tokens.Count, t + 4); next++)
        {
            if (PronounGender(tokens.Word(next)) is var gender and not Gender.Unknown)
            {
                return tokens.Word(next) is "he" or "she" ? gender : Gender.Unknown;
            }

            if (!tokens.IsLowerWord(next) || tokens.Word(next) is not ("that" or "reporters" or "journalists"))
            {
                return Gender.Unknown;
            }
        }

        return Gender.Unknown;
    }

    private static Gender PronounGender(string word) => word switch
    {
        "he" or "his" or "him" => Gender.Male,
        "she" or "her" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>
    /// A pronoun usually continues the subject of a recent sentence, not its last-named object: take the
    /// leftmost fitting mention of the nearest sentence that has one.
    /// </summary>
    private static EntityCluster? LatestSubject(TokenText tokens, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Func<EntityCluster, bool> fits, SpeakerMention pronoun)
    {
        var sentences = tokens.Document.Sentences;
        var paragraphOfPronoun = tokens.Document.Sentences[tokens.Document.SentenceOfToken(pronoun.FirstToken)].Paragraph;
        EntityCluster? best = null;
        var bestSentenceStart = -1;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var (mention, cluster) = before[i];
            // A possessor yields to another person of its sentence, and is never the antecedent within the
            // pronoun's own sentence ("Asked whether Mulvey's shoulder would heal, he said").
            if (!fits(cluster) || (IsPossessor(tokens, mention) && (best is not null || tokens.Document.SentenceOfToken(mention.FirstToken) == tokens.Document.SentenceOfToken(pronoun.FirstToken)))
                || IsListedExample(tokens, mention) || (IsIntroducedRelative(tokens, mention, paragraphOfPronoun) && !cluster.Spoke) || IsInAskedClause(tokens, mention))
            {
                continue;
            }

            var sentenceIndex = tokens.Document.SentenceOfToken(mention.FirstToken);
            var sentenceStart = sentences[sentenceIndex].FirstToken;
            if ((best is not null && sentenceStart != bestSentenceStart) || paragraphOfPronoun - sentences[sentenceIndex].Paragraph > 4)
            {
                break;
            }

            best = cluster;
            bestSentenceStart = sentenceStart;
        }

        return best;
    }

    // "Asked whether the student had been assaulted, he said", "Pressed by lawmaker X on …, the minister": whom the
    // question was about, or who asked it, is not who answers it.
    private static bool IsInAskedClause(TokenText tokens, SpeakerMention mention)
    {
        var document = tokens.Document;
        var sentence = document.Sentences[document.SentenceOfToken(mention.FirstToken)];
        if (tokens.Word(sentence.FirstToken) is not ("Asked" or "Pressed" or "Questioned" or "Challenged" or "Quizzed"))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens.IsPunctuation(t, ','))
            {
                return mention.FirstToken < t;
            }
        }

        return false;
    }

    // "His wife, Julie, and their son Sam stayed behind. '…,' he said": someone brought in as a relative of the person
    // the story follows does not take that person's pronoun until they have spoken themselves.
    private static bool IsIntroducedRelative(TokenText tokens, SpeakerMention mention, int paragraphOfPronoun)
    {
        // "her mother, Teresa, took in sewing. ¶ She often said": the description introduces the relative as much as the
        // name does, though within its paragraph it may be what a pronoun continues ("His widow, Esther, … she said").
        if (mention.Kind == MentionKind.Description && mention.EndToken - mention.FirstToken == 2
            && SpeakerMentionFinder.Relatives.Contains(tokens.Word(mention.FirstToken + 1)))
        {
            return tokens.Word(mention.FirstToken) is "his" or "His" or "her" or "Her" or "their" or "Their"
                && tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)].Paragraph != paragraphOfPronoun;
        }

        // "Her son, Wade Pruitt, drove his pickup …": a relative who opens the sentence is who the story now follows.
        var relative = tokens.IsPunctuation(mention.FirstToken - 1, ',') ? mention.FirstToken - 2 : mention.FirstToken - 1;
        return relative >= 1 && tokens.IsLowerWord(relative) && SpeakerMentionFinder.Relatives.Contains(tokens.Word(relative))
            && tokens.Word(relative - 1) is "his" or "His" or "her" or "Her" or "their" or "Their"
            && tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)].FirstToken != relative - 1;
    }

    // "Previous winners include the Nigerian poet Chidi Anozie and the Kenyan novelist Mumbi Gathoni": people given as
    // examples are not whom the story follows.
    private static bool IsListedExample(TokenText tokens, SpeakerMention mention)
    {
        // "For residents such as A. Fathima, a homemaker in Madipakkam, …": an example the story goes on to describe is its subject.
        if (tokens.IsPunctuation(mention.EndToken, ',') && (tokens.Is(mention.EndToken + 1, "a") || tokens.Is(mention.EndToken + 1, "an")))
        {
            return false;
        }

        var sentenceStart = tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)].FirstToken;
        for (var t = mention.FirstToken - 1; t >= Math.Max(sentenceStart, mention.FirstToken - 12); t--)
        {
            if (tokens.Is(t, "include") || tokens.Is(t, "includes") || tokens.Is(t, "included") || tokens.Is(t, "including")
                || (tokens.Is(t, "as") && tokens.Is(t - 1, "such")))
            {
                return true;
            }

            if (tokens.Tokens[t].Kind != TokenKind.Word && !tokens.IsPunctuation(t, ','))
            {
                return false;
            }
        }

        return false;
    }

    // "Mia's mother, Annette Cole, said …": the possessor is seldom who the next pronoun means.
    private static bool IsPossessor(TokenText tokens, SpeakerMention mention) =>
        mention.EndToken < tokens.Count && tokens.Tokens[mention.EndToken].Kind == TokenKind.Clitic;

    internal static EntityCluster? Latest(IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Func<EntityCluster, bool> fits) =>
        Latest(before, (_, cluster) => fits(cluster));

    internal static EntityCluster? Latest(IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Func<SpeakerMention, EntityCluster, bool> fits)
    {
        // An antecedent further back than a few hundred mentions is no antecedent (and the look-back stays linear).
        for (var i = before.Count - 1; i >= Math.Max(0, before.Count - 400); i--)
        {
            if (fits(before[i].Mention, before[i].Cluster))
            {
                return before[i].Cluster;
            }
        }

        return null;
    }
}
