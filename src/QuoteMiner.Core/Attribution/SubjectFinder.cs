using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// Finds who a speech cue belongs to: the mention just before it (skipping auxiliaries, adverbs and an
/// apposition between commas), the antecedent of "which"/"who", or — for inverted tags ("said Jane Doe") —
/// the mention right after it.
/// </summary>
public static class SubjectFinder
{
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "was", "were", "is", "are", "been", "be", "also", "then", "later", "subsequently",
        "previously", "again", "further", "repeatedly", "publicly", "would", "will", "could", "can", "may", "might",
        "did", "does", "do", "not", "never", "once", "earlier", "recently", "yesterday", "today", "alleged", "to",
        "reportedly", "initially", "first", "finally", "quickly", "simply", "herself", "himself", "themselves", "jointly",
        "used", "likes", "liked", "often", // habitual speech: "used to tell me", "as he likes to say"
    };

    private static readonly HashSet<string> InvertedVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "explained", "asked", "replied", "wrote", "writes", "continued", "insisted",
        "warned", "noted", "stated", "argued", "recalled", "observed", "remarked", "answered", "told", "declared", "concluded",
        "according", "explains", "recalls", "notes", "insists", "argues", "warns", "adds", "asks", "tells",
        "responded", "countered", "retorted", "snapped", "quipped", "joked", "shouted", "yelled", "cried", "conceded",
        "admitted", "acknowledged", "interjected", "laughed",
    };

    // "…, Aoife Mac Conmara TD, said": the name before an office written after it.
    private static SpeakerMention? PostnominalNameEndingAt(AttributionContext context, int end)
    {
        var office = end >= 2 && context.Tokens.Tokens[end - 1].Kind == TokenKind.Word ? context.Tokens.Word(end - 1) : "";
        var isOfficeShaped = office.Length is >= 2 and <= 4 && office.All(char.IsUpper);
        return isOfficeShaped && context.MentionEndingAt(end - 1) is { Type: EntityType.Person } person ? person : null;
    }

    /// <summary>
    /// "conservationists, one of whom called the plan 'vandalism'": a member of the group before the comma speaks.
    /// True when the cue's subject is such a member; <paramref name="group"/> is the group's mention, if it is one.
    /// </summary>
    public static bool IsMemberOfGroup(AttributionContext context, int cueStart, out SpeakerMention? group)
    {
        var tokens = context.Tokens;
        var whom = cueStart - 1;
        group = null;
        if (!tokens.Is(whom, "whom") || !tokens.Is(whom - 1, "of") || tokens.Word(whom - 2) is not ("one" or "some" or "many" or "several" or "most" or "two"))
        {
            return false;
        }

        group = context.MentionEndingAt(AntecedentEnd(tokens, whom - 2));
        return true;
    }

    private static int DashOpen(TokenText tokens, int close, int sentenceStart)
    {
        for (var t = close - 2; t >= Math.Max(sentenceStart, close - 12); t--)
        {
            if (tokens.IsAsideDash(t))
            {
                return t;
            }
        }

        return -1;
    }

    private static int BracketOpen(TokenText tokens, int close, int sentenceStart)
    {
        for (var t = close - 1; t >= Math.Max(sentenceStart, close - 8); t--)
        {
            if (tokens.IsPunctuation(t, '('))
            {
                return t;
            }
        }

        return -1;
    }

    public static SpeakerMention? Before(AttributionContext context, int cueStart, int sentenceStart)
    {
        var tokens = context.Tokens;
        var i = cueStart - 1;
        while (i >= sentenceStart)
        {
            // Auxiliaries and adverbs ("also", "publicly") stand between subject and verb; a mention's last word
            // ending in -ly ("the family", "the assembly") is no adverb.
            if (tokens.IsLowerWord(i) && (Skippable.Contains(tokens.Word(i))
                || (tokens.Word(i).EndsWith("ly", StringComparison.Ordinal) && context.MentionEndingAt(i + 1) is null)))
            {
                i--;
                continue;
            }

            // "The Singapore Police Force (SPF) said": an acronym or aside in brackets stands between subject and verb.
            if (tokens.IsPunctuation(i, ')') && BracketOpen(tokens, i, sentenceStart) is var bracket and >= 0)
            {
                i = bracket - 1;
                continue;
            }

            // "Kayleigh Dunmore, 29, a mother of three …, said": an age set off after the name.
            if (tokens.Tokens[i].Kind == TokenKind.Number && tokens.IsPunctuation(i - 1, ',') && tokens.IsPunctuation(i + 1, ','))
            {
                i -= 2;
                continue;
            }

            // "Sophie Gagnon — no relation — said": an aside between dashes, likewise.
            if (tokens.IsAsideDash(i) && DashOpen(tokens, i, sentenceStart) is var dash and >= 0)
            {
                i = dash - 1;
                continue;
            }

            if (tokens.IsPunctuation(i, ','))
            {
                // "Neville Richardson, chief executive of Britannia, says": jump back over the apposition.
                var open = FindComma(context, i - 1, sentenceStart, 24);
                if (open < 0)
                {
                    return null;
                }

                // "X, who heads a school in Kakamega, where four pupils scored As, said": a where-clause describes a
                // place, so the speaker stands further back.
                if (tokens.Is(open + 1, "where") || tokens.Is(open + 1, "when"))
                {
                    i = open - 1;
                    continue;
                }

                // "The company's chief executive, Fiona Garside, said", "The chair, Councillor Harriet Blaine, said":
                // a name between the commas (behind its title) is the speaker.
                if ((context.MentionEndingAt(i) ?? PostnominalNameEndingAt(context, i)) is { } closing && (closing.Type == EntityType.Person ? closing : PersonOfBody(context, closing, open)) is { Kind: MentionKind.Name or MentionKind.TitledName } named
                    && (named.FirstToken == open + 1 || (named.Kind == MentionKind.TitledName && OnlyCapitalsBetween(tokens, open + 1, named.FirstToken))))
                {
                    return named;
                }

                // "Ray Kowal, a biologist with a project in Nunavut, who was not involved, called": a who-clause
                // describes a person, so a body or place before it is part of an earlier apposition.
                var whoClause = tokens.Is(open + 1, "who");
                if (context.MentionEndingAt(open) is { } beforeApposition
                    && (PlacePhrases.OwnerOfPlace(context, beforeApposition) ?? beforeApposition) is var subject
                    && (!whoClause || subject.Type == EntityType.Person))
                {
                    // "Meera Kulkarni, founder of the Fair Credit Forum, a consumer group, said": the body describes the person named first.
                    // "Marcus Feld of Halcyon Labs, a Waterloo-based security firm, said": the person of the body.
                    return subject.Type == EntityType.Person ? subject
                        : PersonBeforeEarlierComma(context, open, sentenceStart) ?? PersonOfBody(context, subject, sentenceStart - 1) ?? subject;
                }

                if (PlacePhrases.PersonBeforePlace(context, open - 1, sentenceStart) is { } person)
                {
                    return person;
                }

                // "A worker at the Bluffs plant, who asked not to be named, said": the person the who-clause describes.
                if (whoClause && PlacePhrases.PersonBeforeModifiers(context, open, sentenceStart) is { } described)
                {
                    return described;
                }

                // After a who-clause the person may stand before a further apposition: read that one next.
                i = whoClause ? open : open - 1;
                continue;
            }

            break;
        }

        if (i < sentenceStart)
        {
            return null;
        }

        // "A Ministry of Defence spokesperson said": the body speaks through its spokesperson.
        if (tokens.IsLowerWord(i) && (SpeakerMentionFinder.IsSpokesperson(tokens.Word(i)) || tokens.Word(i) is "official" or "officials" or "representative")
            && context.MentionEndingAt(i) is { Type: EntityType.Organization or EntityType.Location } body)
        {
            return body;
        }

        // "Hugo Marsh who runs the ferry service said": the clause's object is not the subject.
        if (RestrictiveRelativeAntecedent(context, i, sentenceStart) is { } relativeHead)
        {
            return relativeHead;
        }

        if (context.MentionEndingAt(i + 1) is { } mention)
        {
            // "A man sheltering at a school in Legazpi said": a place closing a phrase is where the speaker was.
            if (mention.Type == EntityType.Location && PlacePhrases.IsPlacePreposition(tokens, mention.FirstToken - 1))
            {
                return PlacePhrases.OwnerOfPlace(context, mention) ?? PlacePhrases.PersonBeforeModifiers(context, mention.FirstToken - 1, sentenceStart);
            }

            // "Irene Nattel of RBC Capital Markets said", "Ngozi Eze of the Lagos Review described": the person
            // before "of"/"at"/"from" speaks.
            return PersonOfBody(context, mention, sentenceStart) ?? mention;
        }

        // "A man sheltering at a school in Legazpi said": a place the recognizer did not know closes the phrase.
        var placeStart = i;
        while (placeStart > sentenceStart && tokens.IsCapitalised(placeStart))
        {
            placeStart--;
        }

        if (placeStart < i && PlacePhrases.IsPlacePreposition(tokens, placeStart))
        {
            return PlacePhrases.PersonBeforeModifiers(context, placeStart, sentenceStart);
        }

        // "A woman walking her dog near the police tape said", "A woman buying strawberries on Thursday said":
        // an unnamed person described at length.
        if (tokens.Tokens[i].Kind == TokenKind.Word && PlacePhrases.PersonBeforeModifiers(context, i + 1, sentenceStart) is { Kind: MentionKind.Description } unnamed
            && tokens.Word(unnamed.FirstToken) is "A" or "An" or "One" or "a" or "an" or "one")
        {
            return unnamed;
        }

        if (DocumentSources.OwnerOf(context, i, sentenceStart) is { } owner)
        {
            return owner;
        }

        // "Lumen, whose marketing brochures had boasted of '…'": what someone's things say, that someone says.
        if (WhoseOwner(context, i, sentenceStart) is { } whose)
        {
            return whose;
        }

        // "…Bureau of Western Hemisphere Affairs, which stated": the relative pronoun's antecedent speaks.
        if (tokens.Is(i, "which") || tokens.Is(i, "who"))
        {
            // "Lord Brannock, the former chairman of British Rail's property board, who said": "who" skips a body for a person.
            var j = AntecedentEnd(tokens, i);
            var personal = tokens.Is(i, "who");
            var direct = context.MentionEndingAt(j);
            var antecedent = (direct is { } d && (!personal || d.Type == EntityType.Person) ? direct : null)
                ?? NearestAntecedent(context, j, sentenceStart, personal) ?? direct;
            return antecedent is { } found ? PlacePhrases.OwnerOfPlace(context, found) ?? found : null;
        }

        return null;
    }

    /// <summary>
    /// "announced by the Electoral Commission (ZEC) early yesterday, which said", "Lee Danvers, 52, who said":
    /// words between the antecedent and the pronoun; "who" takes the nearest person, "which" the nearest body.
    /// </summary>
    private static SpeakerMention? NearestAntecedent(AttributionContext context, int before, int sentenceStart, bool personal)
    {
        for (var end = before; end > sentenceStart && end > before - 8; end--)
        {
            if (context.Tokens.IsQuoteMark(end - 1) || context.Cues[end - 1] is not null)
            {
                return null;
            }

            if (context.MentionEndingAt(end) is { } mention && mention.Kind != MentionKind.Pronoun && (mention.Type == EntityType.Person) == personal)
            {
                return mention;
            }
        }

        return null;
    }

    // Where the antecedent of a relative word ("who", "which", "whose") ends: before the comma that sets the clause off, if any.
    private static int AntecedentEnd(TokenText tokens, int relative) => tokens.IsPunctuation(relative - 1, ',') ? relative - 1 : relative;

    private static SpeakerMention? WhoseOwner(AttributionContext context, int last, int sentenceStart)
    {
        var tokens = context.Tokens;
        for (var t = last; t > sentenceStart && t >= last - 4; t--)
        {
            if (tokens.Is(t, "whose"))
            {
                return t < last ? context.MentionEndingAt(AntecedentEnd(tokens, t)) : null;
            }

            if (!tokens.IsLowerWord(t))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"X insisted that …, but warned that …": a coordinated speech verb shares the subject of the speech verb before it.</summary>
    public static SpeakerMention? EarlierCueSubject(AttributionContext context, int before, int sentenceStart)
    {
        for (var k = before - 1; k > sentenceStart; k--)
        {
            if (context.Cues[k] is { } cue && !context.IsQuoted(k))
            {
                return Before(context, cue.Start, sentenceStart);
            }
        }

        return null;
    }

    // "Prof. Kwabena Ofori of the University of Cape Coast", "Irene Nattel of RBC": the person named before
    // "of"/"at"/"from" (and "the") and the body they belong to, after the limit.
    private static SpeakerMention? PersonOfBody(AttributionContext context, SpeakerMention body, int limit)
    {
        var tokens = context.Tokens;
        var p = tokens.Is(body.FirstToken - 1, "the") ? body.FirstToken - 2 : body.FirstToken - 1;
        return p > limit && (tokens.Is(p, "of") || tokens.Is(p, "at") || tokens.Is(p, "from")) && context.MentionEndingAt(p) is { Type: EntityType.Person } person
            ? person
            : null;
    }

    private static SpeakerMention? PersonBeforeEarlierComma(AttributionContext context, int comma, int sentenceStart)
    {
        var earlier = FindComma(context, comma - 1, sentenceStart, 14);
        return earlier >= 0 && context.MentionEndingAt(earlier) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } person ? person : null;
    }

    // The title of a titled name ("Councillor", "Dr"): a few capitalised words between the comma and the name.
    private static bool OnlyCapitalsBetween(TokenText tokens, int from, int nameStart)
    {
        for (var t = from; t < nameStart; t++)
        {
            if (!tokens.IsCapitalised(t) && tokens.Tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return nameStart - from <= 3;
    }

    /// <summary>
    /// "A woman who was waiting at the stop said", "Calloway, who last year told an inquiry": the person before a
    /// "who"/"whose" clause that runs right up to the cue is its subject, not the clause's object.
    /// </summary>
    private static SpeakerMention? RestrictiveRelativeAntecedent(AttributionContext context, int clauseEnd, int sentenceStart)
    {
        var tokens = context.Tokens;
        for (var w = clauseEnd; w > sentenceStart && w > clauseEnd - 20; w--)
        {
            if (tokens.IsPunctuation(w, ',') || tokens.IsQuoteMark(w) || context.Cues[w] is not null)
            {
                return null;
            }

            if (tokens.Is(w, "who") || tokens.Is(w, "whose"))
            {
                // "Professor Calloway, who last year told an inquiry that …": the comma before "who" is no barrier.
                return context.MentionEndingAt(AntecedentEnd(tokens, w)) is { Type: EntityType.Person } antecedent
                    ? PlacePhrases.OwnerOfPlace(context, antecedent) ?? antecedent
                    : PlacePhrases.PersonBeforePlace(context, w - 1, sentenceStart);
            }
        }

        return null;
    }

    public static SpeakerMention? After(AttributionContext context, CueMention cue, int sentenceEnd)
    {
        var tokens = context.Tokens;
        // "…," shot back Tawhiri / called out Gloria Wentz: phrasal speech verbs invert like "said".
        if (!InvertedVerbs.Contains(tokens.Word(cue.Start)) && cue.End - cue.Start == 1)
        {
            return null;
        }

        // Inversion ("said Jane Doe") follows a quote, a comma or a sentence start, never a subject
        // ("Zubiri said the Senate …": the Senate is no speaker).
        var previous = cue.Start - 1;
        if (previous >= 0 && (tokens.Tokens[previous].Kind is TokenKind.Word or TokenKind.Number) && !tokens.Is(previous, "as"))
        {
            return null;
        }

        // "said CEO Lino Saputo", "said Limpopo police spokesperson Brigadier Nomsa Mthembu": titles and role words
        // may stand before the name.
        for (var i = cue.End; i < Math.Min(sentenceEnd, cue.End + 6); i++)
        {
            if (context.MentionStartingAt(i) is { } mention)
            {
                // "said the governor's spokesman, Jonah Feld": the name set off after the possessed role speaks.
                if (mention.EndToken < sentenceEnd && tokens.Tokens[mention.EndToken].Kind == TokenKind.Clitic
                    && NameAfterRole(context, mention.EndToken + 1, sentenceEnd) is { } spokesperson)
                {
                    return spokesperson;
                }

                return mention.Type == EntityType.Person ? mention : PersonAfterBodyRole(context, mention, sentenceEnd) ?? mention;
            }

            // "said her spokesman, Jonah Feld", "said the forum's chief executive, Dr Fiona Hartigan".
            if (tokens.IsPunctuation(i, ',') && i > cue.End && tokens.IsLowerWord(cue.End))
            {
                return NameAfterRole(context, cue.End, sentenceEnd);
            }

            if (tokens.Tokens[i].Kind is not (TokenKind.Word or TokenKind.Clitic) && !tokens.Is(i, "&"))
            {
                return null; // "asked Barrow & Kline analyst Lucas Meyer" reads on past the ampersand
            }
        }

        return null;
    }

    // Lower-case role words, a comma, then a person's name: the name.
    private static SpeakerMention? NameAfterRole(AttributionContext context, int from, int sentenceEnd)
    {
        var tokens = context.Tokens;
        var t = from;
        while (t < Math.Min(sentenceEnd, from + 5) && tokens.IsLowerWord(t))
        {
            t++;
        }

        return t > from && tokens.IsPunctuation(t, ',') && context.MentionStartingAt(t + 1) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } name
            ? name : null;
    }

    /// <summary>"said Rovers manager John Eustace": a body, its role word, then the person who holds it.</summary>
    public static SpeakerMention? PersonAfterBodyRole(AttributionContext context, SpeakerMention body, int sentenceEnd)
    {
        var tokens = context.Tokens;
        for (var t = body.EndToken; t < Math.Min(sentenceEnd, body.EndToken + 4); t++)
        {
            if (context.MentionStartingAt(t) is { } next)
            {
                // "says Cardiff leader": a place's or body's role word right after it, with no name, is the person.
                return next.Type == EntityType.Person && (next.Kind is MentionKind.Name or MentionKind.TitledName ? t > body.EndToken : t == body.EndToken && next.Kind == MentionKind.Description)
                    ? next : null;
            }

            // "The Oyo State Governor, Mr Adewale Akintola, has ordered": the role's holder set off after a comma.
            if (tokens.IsPunctuation(t, ',') && t > body.EndToken && PersonNameAfterCapitals(context, t + 1) is { } apposed)
            {
                return apposed;
            }

            if (tokens.Tokens[t].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first person's name at <paramref name="start"/> or after up to two capitalised words before it ("Mr Adewale
    /// Akintola", "Chef Odile Marchetti"); null when a lower-case word or anything else comes first.
    /// </summary>
    public static SpeakerMention? PersonNameAfterCapitals(AttributionContext context, int start)
    {
        for (var t = start; t < Math.Min(context.Tokens.Count, start + 3); t++)
        {
            if (context.MentionStartingAt(t) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } named)
            {
                return named;
            }

            if (!context.Tokens.IsCapitalised(t))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the clause a coordinated verb belongs to ("… that Mr Austin, a veteran, swore at
    /// Mr Osborne and called him a 'toff'"): the nearest mention to the left that opens a clause — after the
    /// sentence start, a comma, "that" or a quote — rather than one after a preposition.
    /// </summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "when", "while", "after", "before", "because", "since", "although", "though", "as", "until", "once", "but",
    };

    public static SpeakerMention? ClauseSubject(AttributionContext context, int before, int sentenceStart)
    {
        var tokens = context.Tokens;
        for (var m = context.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = context.Mentions[m];
            if (mention.FirstToken >= before || context.IsQuoted(mention.FirstToken))
            {
                continue;
            }

            if (mention.FirstToken < sentenceStart)
            {
                break;
            }

            var previous = mention.FirstToken - 1;
            while (previous >= sentenceStart && tokens.Tokens[previous].Kind == TokenKind.Word && (tokens.IsCapitalised(previous) || tokens.Is(previous, "the")))
            {
                previous--; // titles and "the" in front of the name
            }

            // "…, when the governor vetoed the bill and accused lawmakers of …": a subordinate clause has its own subject.
            if (previous < sentenceStart || tokens.IsPunctuation(previous, ',') || tokens.Is(previous, "that") || tokens.IsQuoteMark(previous)
                || (tokens.IsLowerWord(previous) && ClauseOpeners.Contains(tokens.Word(previous))))
            {
                return mention;
            }
        }

        return null;
    }

    private static int FindComma(AttributionContext context, int from, int limit, int maxDistance)
    {
        var tokens = context.Tokens;
        for (var j = from; j >= Math.Max(limit, from - maxDistance); j--)
        {
            if (tokens.IsPunctuation(j, ','))
            {
                return j;
            }

            if (context.IsQuoted(j))
            {
                return -1;
            }
        }

        return -1;
    }
}
