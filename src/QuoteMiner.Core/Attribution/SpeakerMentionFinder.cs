using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Attribution;

/// <summary>
/// Every phrase that could name a speaker, outside quotation marks: entity names, pronouns
/// (he, she, they), descriptions ("the minister", "the company", "both governments") and
/// bare collectives ("police", "officials").
/// </summary>
public sealed class SpeakerMentionFinder(NewsLexicons lexicons)
{
    private readonly HashSet<string> calendar = EmbeddedLexicon.ReadSet("calendar-words.txt");

    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "their", "its", "our", "my", "your",
    };

    public static readonly HashSet<string> Relatives = QuoteMiner.Lexicons.Relatives.Nouns;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "both", "this", "these", "two", "several", "many", "some", "other",
    };

    /// <summary>
    /// The mentions outside quotes: names everywhere outside quotation marks (reported speech names people
    /// too), pronouns and descriptions only outside reported speech, where they would be someone's words.
    /// </summary>
    public List<SpeakerMention> Find(TokenText tokens, bool[] insideQuote, bool[] insideMarks)
    {
        var document = tokens.Document;
        var covered = new EntityType?[tokens.Count]; // the type of the entity mention over each token, if any
        var mentions = new List<SpeakerMention>();
        foreach (var entity in document.Entities)
        {
            if (!insideMarks[entity.FirstToken] && !IsDateline(tokens, entity))
            {
                var kind = entity.FirstToken > 0 && IsTitleBefore(tokens, entity.FirstToken) ? MentionKind.TitledName : MentionKind.Name;
                mentions.Add(new SpeakerMention(entity.Span, entity.FirstToken, entity.EndToken, kind, entity.Type));
                for (var t = entity.FirstToken; t < entity.EndToken; t++)
                {
                    covered[t] = entity.Type;
                }
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (insideQuote[i] || covered[i] is not null || tokens.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (IsBareSurnameBeforeCue(tokens, i, covered))
            {
                // "Zubiri said", "Luxon added": an unknown capitalised word right before a speech verb names a person.
                mentions.Add(Mention(tokens, i, i + 1, MentionKind.Name, EntityType.Person));
            }
            else if (PronounType(tokens.Word(i)) is { } pronounType)
            {
                mentions.Add(Mention(tokens, i, i + 1, MentionKind.Pronoun, pronounType));
            }
            else if (tokens.Word(i) is "it" or "It" && i + 1 < tokens.Count && tokens.IsLowerWord(i + 1)
                && lexicons.CueVerbs.TryGet(tokens.Word(i + 1), out _))
            {
                // "it said", "it described": an organisation speaking ("it" is too often expletive to take elsewhere).
                mentions.Add(Mention(tokens, i, i + 1, MentionKind.Pronoun, EntityType.Organization));
            }
            else if (Description(tokens, i, covered, insideQuote) is { } description)
            {
                mentions.Add(description);
                i = description.EndToken - 1;
            }
        }

        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return mentions;
    }

    // "Zubiri said", and after a quote "…," says Calloway: an unknown capitalised word next to a speech
    // verb names a person.
    private bool IsBareSurnameBeforeCue(TokenText tokens, int i, EntityType?[] covered)
    {
        // The last word of a longer capitalised run ("Sturgeon Lake Cree Nation said") is no surname on its own.
        if (!tokens.IsCapitalised(i) || (i > 0 && tokens.IsCapitalised(i - 1) && !IsSentenceStart(tokens, i - 1)))
        {
            return false;
        }

        var word = tokens.Word(i);
        if (word.Length <= 2 || lexicons.SentenceOpeners.Contains(word) || calendar.Contains(word) || PronounType(word) is not null
            || lexicons.Titles.TryGet(word, out _) || lexicons.Places.IsDemonym(word) || lexicons.Places.IsPlace(word))
        {
            return false;
        }

        // "in Legazpi said", "Mayor Kenji Oyamada of Higashi-Omura told": a word after a place preposition is where
        // someone spoke or comes from, not who.
        if (i > 0 && tokens.IsLowerWord(i - 1) && tokens.Word(i - 1) is "in" or "at" or "from" or "near" or "of")
        {
            return false;
        }

        var cueAfter = i + 1 < tokens.Count && covered[i + 1] is null && tokens.IsLowerWord(i + 1) && IsStrongCue(tokens.Word(i + 1));
        var cueBefore = i >= 2 && tokens.IsLowerWord(i - 1) && IsStrongCue(tokens.Word(i - 1))
            && (tokens.IsQuoteMark(i - 2) || tokens.IsPunctuation(i - 2, ','))
            && (i + 1 >= tokens.Count || tokens.Tokens[i + 1].Kind == TokenKind.Punctuation);
        return cueAfter || cueBefore;
    }

    private int? OfficeAfterRank(TokenText tokens, int rank, EntityType?[] covered)
    {
        for (var t = rank + 2; t <= rank + 3 && t < tokens.Count; t++)
        {
            if (!tokens.IsLowerWord(t - 1) || covered[t - 1] is not null || lexicons.CueVerbs.TryGet(tokens.Word(t - 1), out _))
            {
                return null;
            }

            if (tokens.IsLowerWord(t) && IsHead(tokens.Word(t)))
            {
                return t;
            }
        }

        return null;
    }

    private static bool IsSentenceStart(TokenText tokens, int i) =>
        tokens.Document.Sentences[tokens.Document.SentenceOfToken(i)].FirstToken == i;

    private bool IsStrongCue(string word) => lexicons.CueVerbs.IsStrong(word);

    // "NEW DELHI —", "MONTREAL -", "SINGAPORE:": a capitalised place opening a paragraph, then a dash or colon.
    private static bool IsDateline(TokenText tokens, EntityMention entity)
    {
        var document = tokens.Document;
        var text = document.Text;
        if (IsAgencyCredit(tokens, entity))
        {
            return true;
        }

        var opensParagraph = entity.Span.Start == 0 || text[entity.Span.Start - 1] == '\n';
        if (!opensParagraph || entity.EndToken >= tokens.Count)
        {
            return false;
        }

        var next = text[tokens.Tokens[entity.EndToken].Start];
        var allCaps = !entity.Span.Slice(text).ToString().Any(char.IsLower);

        // "ANN ARBOR, Mich. —": capitals opening a paragraph before a comma are a dateline too.
        return ((CharClasses.IsDash(next) || next == ':') && (allCaps || entity.Type == EntityType.Location)) || (next == ',' && allCaps && entity.Span.Length > 3);
    }

    // "DENVER (AP) —", "LONDON (Reuters) -": the agency credited in a dateline reports the story, it is no one in it.
    private static bool IsAgencyCredit(TokenText tokens, EntityMention entity)
    {
        var text = tokens.Text;
        var lineStart = entity.Span.Start == 0 ? 0 : text.LastIndexOf('\n', entity.Span.Start - 1) + 1;
        return entity.FirstToken > 0 && entity.Span.Start - lineStart < 40 && tokens.IsPunctuation(entity.FirstToken - 1, '(')
            && tokens.IsPunctuation(entity.EndToken, ')') && entity.EndToken + 1 < tokens.Count
            && CharClasses.IsDash(text[tokens.Tokens[entity.EndToken + 1].Start]);
    }

    /// <summary>"spokesman", "spokeswoman", "spokesperson", "spokespeople": someone speaking for a body or a person.</summary>
    public static bool IsSpokesperson(string word) => word.StartsWith("spokes", StringComparison.OrdinalIgnoreCase);

    public static EntityType? PronounType(string word) => word switch
    {
        "he" or "He" or "she" or "She" => EntityType.Person,
        "they" or "They" => EntityType.Group,
        _ => null,
    };

    private SpeakerMention? Description(TokenText tokens, int start, EntityType?[] covered, bool[] insideQuote)
    {
        var word = tokens.Word(start);

        // "His partner, who did not want to be named,": a relative of someone named is a person of their own;
        // "his family said" is the family speaking as a group.
        if (PossessivePronouns.Contains(word) && start + 1 < tokens.Count && covered[start + 1] is null && !(start + 2 < tokens.Count && tokens.IsCapitalised(start + 2)))
        {
            if (Relatives.Contains(tokens.Word(start + 1)))
            {
                return Mention(tokens, start, start + 2, MentionKind.Description, EntityType.Person);
            }

            if (tokens.Word(start + 1) is "family" or "relatives" or "parents")
            {
                return Mention(tokens, start, start + 2, MentionKind.Description, EntityType.Group);
            }
        }

        // "A person familiar with the tender process … the person said", "people with knowledge of the talks": the
        // anonymous source of wire copy.
        if (word is "a" or "A" or "the" or "The" && (tokens.Is(start + 1, "person") || tokens.Is(start + 1, "people") || tokens.Is(start + 1, "source") || tokens.Is(start + 1, "sources"))
            && (IsSourceQualifier(tokens, start + 2) || (tokens.Is(start, "the") && start + 2 < tokens.Count && lexicons.CueVerbs.TryGet(tokens.Word(start + 2), out _))))
        {
            return Mention(tokens, start, start + 2, MentionKind.Description, tokens.Is(start + 1, "people") ? EntityType.Group : EntityType.Person);
        }

        // "after its leader said the increase was 'unavoidable'": a body's officer speaking, whom the story may name later.
        if (word is "its" or "Its" && start + 2 < tokens.Count && tokens.IsLowerWord(start + 1) && lexicons.Titles.IsRoleHead(tokens.Word(start + 1))
            && !lexicons.OrganizationWords.IsCollective(tokens.Word(start + 1)) && !IsSpokesperson(tokens.Word(start + 1)) && IsStrongCue(tokens.Word(start + 2)))
        {
            return Mention(tokens, start, start + 2, MentionKind.Description, EntityType.Person);
        }

        // "One of them, reached by phone, said": someone of a group the story does not name.
        if (word is "one" or "One" && tokens.Is(start + 1, "of") && (tokens.Is(start + 2, "them") || tokens.Is(start + 2, "those") || tokens.Is(start + 2, "us")))
        {
            return Mention(tokens, start, start + 3, MentionKind.Description, EntityType.Person);
        }

        if (IsHeadlineOffice(tokens, start, covered))
        {
            return Mention(tokens, start, start + 1, MentionKind.Description, EntityType.Person);
        }

        // "One wrote: '…'": one of a crowd the story just described, whom it does not name.
        if (word == "One" && IsSentenceStart(tokens, start) && start + 1 < tokens.Count && tokens.IsLowerWord(start + 1) && lexicons.CueVerbs.TryGet(tokens.Word(start + 1), out _))
        {
            return Mention(tokens, start, start + 1, MentionKind.Description, EntityType.Person);
        }

        // "Critics have called it …", "Residents said …", "Analysts at Ridgeline Capital put …": a bare plural opening the
        // sentence is capitalised only for its place.
        if (char.IsUpper(word[0]) && word.Length > 3 && word.EndsWith('s') && IsSentenceStart(tokens, start) && (IsHead(word.ToLowerInvariant()) || word == "Members")
            && (IsStrongCue(tokens.Word(start + 1)) || (tokens.Word(start + 1) is "have" or "had" && start + 2 < tokens.Count && lexicons.CueVerbs.TryGet(tokens.Word(start + 2), out _))
                || (tokens.Word(start + 1) is "at" or "from" or "of" && start + 2 < tokens.Count
                    && (covered[start + 2] == EntityType.Organization || (tokens.Is(start + 2, "the") && start + 3 < tokens.Count && covered[start + 3] == EntityType.Organization)))))
        {
            return Mention(tokens, start, start + 1, MentionKind.Description, EntityType.Group);
        }

        // "Aoife Mac Conmara TD, said": an office after a name is the name's, not another speaker.
        if (start > 0 && covered[start - 1] == EntityType.Person && RuleEntityRecognizer.IsPostnominalOffice(lexicons, word))
        {
            return null;
        }

        var determined = Determiners.Contains(word);
        if (!determined && !IsHead(word))
        {
            return null; // a description opens with a determiner or is a bare head noun ("police said")
        }

        // "… vetoed the bill and accused lawmakers of …": after "and" or a comma, a cue word with no determiner is a verb.
        if (!determined && start > 0 && (tokens.Is(start - 1, "and") || tokens.IsPunctuation(start - 1, ',')) && tokens.IsLowerWord(start)
            && start + 1 < tokens.Count && tokens.IsLowerWord(start + 1) && lexicons.CueVerbs.TryGet(word, out _))
        {
            return null;
        }

        if (start > 0 && PossessivePronouns.Contains(tokens.Word(start - 1)))
        {
            return null; // "his office", "their union": someone else's body, not a speaker description.
        }

        var headStart = determined ? start + 1 : start;

        // Up to three modifiers ("the Mexican foreign minister", "the health ministry") before the head noun.
        var head = -1;
        for (var j = headStart; j < Math.Min(tokens.Count, headStart + 4); j++)
        {
            if (j > start && LineBreakBefore(tokens, j))
            {
                break; // a description never runs on from a headline into the text
            }

            // "A Tauranga mother", "the Kisumu trader": a place name may modify the head; "A Norvell spokeswoman": so may a
            // body's, before a spokesperson.
            if (headStart > start && !insideQuote[j] && (covered[j] == EntityType.Location
                || (covered[j] == EntityType.Organization && j + 1 < tokens.Count && IsSpokesperson(tokens.Word(j + 1)))))
            {
                continue;
            }

            if (tokens.Tokens[j].Kind != TokenKind.Word || covered[j] is not null || insideQuote[j])
            {
                break;
            }

            var candidate = tokens.Word(j);
            if (PossessivePronouns.Contains(candidate))
            {
                break; // "his office", "their union": someone else's body, not a speaker description.
            }

            if (IsHead(candidate))
            {
                head = j;
                if (j + 1 < tokens.Count && tokens.Tokens[j + 1].Kind == TokenKind.Word && IsHead(tokens.Word(j + 1)))
                {
                    continue; // "chief executive", "police officers": the head is the last noun.
                }

                break;
            }

            if (head < 0 && headStart == start)
            {
                break; // Without a determiner only the head itself may stand ("police said").
            }
        }

        if (head < 0 && UnlistedPersonHead(tokens, start, covered, insideQuote) is { } unlisted)
        {
            return Mention(tokens, start, unlisted + 1, MentionKind.Description, EntityType.Person);
        }

        // "chief financial officer", "chief public relations officer": a rank word, one or two modifiers, then the office.
        while (head >= 0 && tokens.Word(head) is "chief" or "deputy" or "senior" or "assistant" && OfficeAfterRank(tokens, head, covered) is { } office)
        {
            head = office;
        }

        // "said the 24-year-old", "the 53-year-old said": an age describes the person the story is about.
        if (head < 0 && headStart == start + 1 && tokens.Is(start, "the") && headStart < tokens.Count
            && tokens.Word(headStart).EndsWith("-year-old", StringComparison.Ordinal))
        {
            var end = headStart + 1;
            while (end < tokens.Count && end < headStart + 3 && tokens.IsLowerWord(end) && lexicons.Titles.IsRoleHead(tokens.Word(end)))
            {
                end++;
            }

            return Mention(tokens, start, end, MentionKind.Description, EntityType.Person);
        }

        if (head < 0 && TitledDescriptionEnd(tokens, start, covered, insideQuote) is { } titledEnd)
        {
            return Mention(tokens, start, titledEnd, MentionKind.Description, EntityType.Person);
        }

        if (head < 0)
        {
            // "the Tasmanian said": a capitalised noun after "the" that a cue follows describes a person.
            if (headStart == start + 1 && tokens.Is(start, "the") && tokens.IsCapitalised(start + 1) && covered[start + 1] is null
                && start + 2 < tokens.Count && tokens.IsLowerWord(start + 2) && lexicons.CueVerbs.TryGet(tokens.Word(start + 2), out _))
            {
                // "The Conservatives said", "the Greens said": a capitalised plural is a party or a group, not a person.
                var plural = tokens.Word(start + 1) is var noun && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith("us", StringComparison.Ordinal);
                return Mention(tokens, start, start + 2, MentionKind.Description, plural ? EntityType.Group : EntityType.Person);
            }

            return null;
        }

        // "trader Milka Njeri", "General manager Richard Erwin": a role noun right before a name is a title;
        // so is one set off by a comma ("The trust's current chair, Lorna Beattie,").
        var afterHead = head + 1;
        // "state minister for urban development Shri Uday Samant": the office's complement, then the name.
        if (afterHead < tokens.Count && tokens.Word(afterHead) is "for" or "of")
        {
            var complementEnd = afterHead + 1;
            while (complementEnd < Math.Min(tokens.Count, afterHead + 5) && tokens.IsLowerWord(complementEnd) && covered[complementEnd] is null
                && !lexicons.CueVerbs.TryGet(tokens.Word(complementEnd), out _) && !Determiners.Contains(tokens.Word(complementEnd)))
            {
                complementEnd++;
            }

            afterHead = complementEnd > afterHead + 1 ? complementEnd : afterHead;
        }

        while (afterHead < tokens.Count && tokens.Tokens[afterHead].Kind == TokenKind.Word && covered[afterHead] is null
            && (lexicons.Titles.IsHonorific(tokens.Word(afterHead)) || (tokens.IsCapitalised(afterHead) && lexicons.Titles.IsTitleWord(tokens.Word(afterHead)))))
        {
            afterHead++; // "lead author Dr. Dorothy Kaminsky", "Committee chair Senator Rodante Marcoleta": a title sits between the role and the name.
        }

        if (afterHead < tokens.Count && tokens.IsCapitalised(afterHead) && covered[afterHead] is not null)
        {
            return null;
        }

        // "The lead plaintiff, Bisi Adeola,": a described person and the name set off after them are one person.
        if (head + 2 < tokens.Count && tokens.IsPunctuation(head + 1, ',') && covered[head + 2] is { } named && (headStart == start || named == EntityType.Person))
        {
            return null;
        }

        // "A Ministry of Defence spokesperson": the named body, right before, is the speaker.
        if (headStart == start && start > 0 && covered[start - 1] is not null && IsSpokesperson(tokens.Word(head)))
        {
            return null;
        }

        var headWord = tokens.Word(head);
        // "a police spokeswoman" is a person speaking for a body, not the body; so is "one of the protesters".
        var type = lexicons.OrganizationWords.IsCollective(headWord) && !IsSpokesperson(headWord)
            && !(word is "one" or "One" && tokens.Is(start + 1, "of"))
            ? (headWord.EndsWith('s') && !headWord.Equals("police", StringComparison.OrdinalIgnoreCase) || Determiners.Contains(word) && word is "both" or "Both" or "two" ? EntityType.Group : EntityType.Organization)
            : EntityType.Person;
        return Mention(tokens, start, head + 1, MentionKind.Description, type);
    }

    /// <summary>
    /// "The Deputy Attorney General stated", "the Foreign Secretary said": "the" and capitalised title words ending
    /// in an office, with no name after them, describe the office holder.
    /// </summary>
    private int? TitledDescriptionEnd(TokenText tokens, int start, EntityType?[] covered, bool[] insideQuote)
    {
        if (!tokens.Is(start, "the"))
        {
            return null;
        }

        var end = start + 1;
        while (end < tokens.Count && end < start + 5 && tokens.IsCapitalised(end) && covered[end] is null && !insideQuote[end]
            && lexicons.Titles.IsTitleWord(tokens.Word(end)))
        {
            end++;
        }

        var endsInOffice = end > start + 1 && lexicons.Titles.IsRoleHead(tokens.Word(end - 1));
        var nameFollows = end < tokens.Count && (tokens.IsCapitalised(end) || (tokens.IsPunctuation(end, ',') && end + 1 < tokens.Count && covered[end + 1] is not null));
        return endsInOffice && !nameFollows ? end : null;
    }

    /// <summary>
    /// "'We will not back down': Premier vows to fight tariffs", "'…': Mother-of-two describes …": a headline names
    /// people by office or role alone.
    /// </summary>
    private bool IsHeadlineOffice(TokenText tokens, int index, EntityType?[] covered)
    {
        var document = tokens.Document;
        return tokens.IsCapitalised(index) && tokens.IsLowerWord(index + 1) && covered[index + 1] is null
            && (index == 0 || !tokens.IsCapitalised(index - 1))
            && document.Sentences[document.SentenceOfToken(index)].Paragraph == 0
            && ((lexicons.Titles.TryGet(tokens.Word(index), out var titleClass) && titleClass == TitleClass.Office && lexicons.Titles.IsRoleHead(tokens.Word(index)))
                || (lexicons.Titles.IsRoleHead(tokens.Word(index).ToLowerInvariant())
                    && (tokens.Word(index).Contains("-of-", StringComparison.Ordinal) ? lexicons.CueVerbs.TryGet(tokens.Word(index + 1), out _) : IsStrongCue(tokens.Word(index + 1)))));
    }

    // "familiar with", "with knowledge of", "close to", "briefed on": what makes a person a source.
    private static bool IsSourceQualifier(TokenText tokens, int index) =>
        tokens.Is(index, "familiar") || tokens.Is(index, "close") || tokens.Is(index, "briefed")
        || (tokens.Is(index, "with") && (tokens.Is(index + 1, "knowledge") || tokens.Is(index + 1, "direct")));

    private static bool LineBreakBefore(TokenText tokens, int index) =>
        tokens.Text.AsSpan(tokens.Tokens[index - 1].End, tokens.Tokens[index].Start - tokens.Tokens[index - 1].End).Contains('\n');

    // Nouns for texts, which speak through a cue ("a statement said") but are no people.
    private static readonly HashSet<string> TextNouns = new(StringComparer.Ordinal)
    {
        "statement", "report", "study", "letter", "document", "survey", "poll", "memo", "ruling", "notice", "post", "tweet",
        "message", "email", "release", "paper", "review", "analysis", "filing", "complaint", "petition", "warning", "sign",
        "banner", "headline", "editorial", "article", "video", "recording", "transcript", "judgment", "verdict", "order",
    };

    private static readonly HashSet<string> NotInNounPhrase = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "we", "i", "you", "that", "which", "whose", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from",
    };

    /// <summary>
    /// "A lifeguard who has worked at the pool for three summers said:", "a retired shearer told": an indefinite noun
    /// no lexicon lists, right before "who" or a cue, is someone the story does not name. Returns the head's index.
    /// </summary>
    private int? UnlistedPersonHead(TokenText tokens, int start, EntityType?[] covered, bool[] insideQuote)
    {
        if (!(tokens.Is(start, "a") || tokens.Is(start, "an")))
        {
            return null;
        }

        for (var j = start + 1; j < Math.Min(tokens.Count - 1, start + 4); j++)
        {
            if (!tokens.IsLowerWord(j) || covered[j] is not null || insideQuote[j] || TextNouns.Contains(tokens.Word(j)) || NotInNounPhrase.Contains(tokens.Word(j)))
            {
                return null;
            }

            var next = tokens.Word(j + 1);
            if (next == "who" || (tokens.IsLowerWord(j + 1) && IsStrongCue(next)))
            {
                return j;
            }
        }

        return null;
    }

    // "police", "minister", and role acronyms written in capitals ("a GP", "the CEO").
    private bool IsHead(string word) =>
        (char.IsLower(word[0]) && (lexicons.OrganizationWords.IsCollective(word) || lexicons.Titles.IsRoleHead(word)))
        || (word.Length <= 4 && word.All(char.IsUpper) && lexicons.Titles.IsRoleHead(word));

    private bool IsTitleBefore(TokenText tokens, int index) =>
        tokens.Tokens[index - 1].Kind == TokenKind.Word && lexicons.Titles.TryGet(tokens.Word(index - 1), out _);

    private static SpeakerMention Mention(TokenText tokens, int first, int end, MentionKind kind, EntityType type) =>
        new(new TextSpan(tokens.Tokens[first].Start, tokens.Tokens[end - 1].End), first, end, kind, type);
}
