using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Roles of a named person, as written: the title in front of the name ("U.S. Secretary of State Marco Rubio",
/// "trader Milka Njeri"), a role set off before it ("The gallery's curator, Elias Fenwick,") and, through
/// <see cref="AppositionRoles"/>, an apposition after it ("Neville Richardson, chief executive of Britannia,").
/// </summary>
public sealed class RoleFinder(NewsLexicons lexicons)
{
    private readonly RoleNormalizer normalizer = new(lexicons);
    private readonly AppositionRoles appositions = new(lexicons);

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "federal", "acting", "deputy", "interim", "senior", "junior", "outgoing", "incoming", "assistant",
        "executive", "chief", "general", "vice", "lead", "then", "shadow", "state", "national", "regional", "local",
        "foreign", "defence", "defense", "health", "finance", "interior", "justice", "education", "trade", "party",
    };

    public IEnumerable<Role> Find(TokenText tokens, SpeakerMention mention, Sentence sentence)
    {
        var prefix = Prefix(tokens, mention.FirstToken, sentence.FirstToken) ?? OpeningRole(tokens, mention, sentence);
        if (prefix is not null)
        {
            yield return prefix;
        }

        // "The Minister of Foreign Affairs, Amb. Yusuf Abdulkadir,": a title right before the name does not hide the role before the comma;
        // an aside may follow the name ("Her longtime business partner, Celia Marchetti — who is also her sister-in-law —").
        if ((prefix is null || IsSingleTitleWord(tokens, mention.FirstToken - 1))
            && CommaBefore(tokens, mention.FirstToken, sentence.FirstToken) is { } comma
            && (mention.EndToken >= sentence.EndToken || tokens.IsPunctuation(mention.EndToken, ',') || tokens.IsPunctuation(mention.EndToken, '.') || tokens.Tokens[mention.EndToken].Kind == TokenKind.Clitic
                || IsAffiliation(tokens, mention.EndToken) || tokens.IsAsideDash(mention.EndToken))
            && (Longer(Prefix(tokens, comma, sentence.FirstToken), PossessedNoun(tokens, comma, sentence.FirstToken))
                ?? FrontedRole(tokens, comma, mention, sentence.FirstToken)) is { } beforeComma)
        {
            // "the Kenyan Trade Minister, Wanjiru Kamau, said", "The gallery's curator, Elias Fenwick,":
            // the role stands before the name, set off by commas.
            yield return beforeComma;
        }

        // "Aoife Mac Conmara TD": the office written after the name.
        if (mention.EndToken < sentence.EndToken && RuleEntityRecognizer.IsPostnominalOffice(lexicons, tokens.Word(mention.EndToken)))
        {
            yield return Make(tokens, mention.EndToken, mention.EndToken + 1);
        }

        if (appositions.After(tokens, mention.EndToken, sentence.EndToken) is { } apposition)
        {
            yield return apposition;
        }
    }

    /// <summary>
    /// "'…,' the striker said", "The Tánaiste said": a definite description that speaks for a person the story names
    /// elsewhere, read as that person's role ("Tánaiste", "striker"); null when it names no role ("the 54-year-old").
    /// </summary>
    public Role? FromDescription(TokenText tokens, SpeakerMention description)
    {
        var start = description.FirstToken + 1;
        if (description.Kind != MentionKind.Description || !tokens.Is(description.FirstToken, "the") && !tokens.Is(description.FirstToken, "The")
            || start >= description.EndToken || tokens.Word(description.EndToken - 1) is "source" or "sources"
            || (tokens.Word(description.EndToken - 1) is var head && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) // "the home fans": a crowd
            || !lexicons.Titles.IsRoleHead(tokens.Word(description.EndToken - 1).ToLowerInvariant()))
        {
            return null;
        }

        for (var t = start; t < description.EndToken; t++)
        {
            if (tokens.Tokens[t].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return Make(tokens, start, description.EndToken);
    }

    // "The state's revenue minister, K. Rajan": the whole possessed phrase, not just the office word closing it.
    private static Role? Longer(Role? title, Role? possessed) =>
        possessed is not null && (title is null || possessed.Text.Length > title.Text.Length) ? possessed : title;

    /// <summary>
    /// "The gallery's curator", "its regional organiser", "The chair of the judges", "Galway County Council's
    /// director of services": a determined noun phrase set off before the name.
    /// </summary>
    private Role? PossessedNoun(TokenText tokens, int comma, int sentenceStart)
    {
        // Lower-case words and demonyms ("her Tanzanian counterpart") back to the determiner.
        // "Her editor for more than 30 years, Martin Greaves,": the role is the noun before its prepositional phrase.
        var end = comma;
        if (PrepositionalTail(tokens, comma, sentenceStart) is { } tail)
        {
            end = tail;
        }

        var start = end;
        while (start - 1 >= sentenceStart && start > end - 7
            && ((tokens.IsLowerWord(start - 1) && tokens.Word(start - 1) is not ("his" or "her" or "their" or "its" or "and" or "with" or "by" or "a" or "an"))
                || (tokens.IsCapitalised(start - 1) && start - 1 > sentenceStart && lexicons.Places.IsDemonym(tokens.Word(start - 1)))
                || (start == end && IsOfficeAcronym(tokens.Word(start - 1)))))
        {
            start--;
        }

        // "the" right after the boundary is the determiner; an inner "the" ("chair of the judges") stays.
        var determiner = start - 1;
        if (tokens.Is(start, "the") && (start == sentenceStart || !tokens.IsLowerWord(start - 1)))
        {
            determiner = start;
            start++;
        }

        if (start >= end || determiner < sentenceStart || tokens.Is(start, "of"))
        {
            return null;
        }

        // "On her third day in the witness box, X": a noun phrase after a preposition is no role.
        if (determiner > sentenceStart && tokens.Tokens[determiner - 1].Kind == TokenKind.Word && RoleWords.Prepositions.Contains(tokens.Word(determiner - 1)))
        {
            return null;
        }

        var word = tokens.Word(determiner);
        var determined = word is "the" or "The" or "its" or "Its" or "his" or "His" or "her" or "Her" or "their" or "Their"
            || tokens.Tokens[determiner].Kind == TokenKind.Clitic;
        return determined ? Make(tokens, start, end) : null;
    }

    // "MS", "MP", "TD": an office the title lexicon lists, written in capitals.
    private bool IsOfficeAcronym(string word) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsUpper) && lexicons.Titles.TryGet(word, out _);

    // "for more than 30 years" before the comma: where the prepositional phrase after a possessed role noun starts,
    // when the words before it are "Her"/"His"/"Their"/"Its" and a role noun.
    private int? PrepositionalTail(TokenText tokens, int comma, int sentenceStart)
    {
        for (var p = comma - 1; p > sentenceStart + 1 && p >= comma - 6; p--)
        {
            if (tokens.IsLowerWord(p) && p >= 2 && RoleWords.Prepositions.Contains(tokens.Word(p)) && lexicons.Titles.IsRoleHead(tokens.Word(p - 1))
                && tokens.Word(sentenceStart) is "Her" or "His" or "Their" or "Its")
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// "Senior lecturer in geology at Carrow University, Dr Owen Pike, said": a role phrase that opens the sentence,
    /// set off by commas before the name.
    /// </summary>
    private Role? FrontedRole(TokenText tokens, int comma, SpeakerMention mention, int sentenceStart)
    {
        if (!tokens.IsCapitalised(sentenceStart) || !tokens.IsPunctuation(mention.EndToken, ','))
        {
            return null;
        }

        var start = RoleWords.Articles.Contains(tokens.Word(sentenceStart)) ? sentenceStart + 1 : sentenceStart;
        // "On her third day in the witness box, Julian Osborne KC, …": a phrase opening with a preposition says when or where, not who.
        if (comma - start is < 1 or > 16 || lexicons.SentenceOpeners.Contains(tokens.Word(start)) || RoleWords.Prepositions.Contains(tokens.Word(start))
            || !HasRoleNounBeforePreposition(tokens, start, comma))
        {
            return null;
        }

        for (var i = start; i < comma; i++)
        {
            var isWord = tokens.Tokens[i].Kind is TokenKind.Word or TokenKind.Clitic || tokens.IsPossessiveApostrophe(i);
            if (!isWord || IsClauseWord(tokens, i))
            {
                return null;
            }
        }

        return NamesAPerson(tokens, start, comma) ? null : Make(tokens, start, comma);
    }

    // "Foreign Minister Ana Ruiz and her Chilean counterpart, Luis Vera, met": a phrase holding another person's
    // name is a subject, not the role of the name after it; "A lawyer for Nikos" names the client as a complement.
    private static bool NamesAPerson(TokenText tokens, int start, int end) =>
        tokens.Document.Mentions.Any(m => m.Kind is MentionKind.Name or MentionKind.TitledName && m.Type == EntityType.Person
            && m.FirstToken < end && m.EndToken > start && !(m.FirstToken > start && RoleWords.Prepositions.Contains(tokens.Word(m.FirstToken - 1))));

    // "Lead author of the survey": the role noun comes before the first preposition, as it does not in a fronted
    // clause ("Commenting on the director's report, …").
    private bool HasRoleNounBeforePreposition(TokenText tokens, int start, int end)
    {
        for (var i = start; i < end && !RoleWords.Prepositions.Contains(tokens.Word(i)); i++)
        {
            if (lexicons.Titles.IsRoleHead(tokens.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    // "The chair of the judges, Prof. Kwabena Ofori of the University of Cape Coast,": the name's affiliation follows it.
    private static bool IsAffiliation(TokenText tokens, int index) =>
        (tokens.Is(index, "of") || tokens.Is(index, "at") || tokens.Is(index, "from")) && (tokens.IsCapitalised(index + 1) || (tokens.Is(index + 1, "the") && tokens.IsCapitalised(index + 2)));

    // The comma before a name, honorifics allowed between ("…, Dr Aminu Bello,").
    private int? CommaBefore(TokenText tokens, int nameStart, int sentenceStart)
    {
        var i = nameStart - 1;
        while (i > sentenceStart && tokens.Tokens[i].Kind == TokenKind.Word
            && (lexicons.Titles.IsHonorific(tokens.Word(i)) || IsSingleTitleWord(tokens, i) || IsHonorificOpener(tokens, i)))
        {
            i--;
        }

        return i > sentenceStart && tokens.IsPunctuation(i, ',') ? i : null;
    }

    // "Its president, Tan Sri Soh Thian Lai-Wong,": the first word of a two-word honorific, right after the comma.
    private bool IsHonorificOpener(TokenText tokens, int index) =>
        index > 0 && tokens.IsCapitalised(index) && tokens.IsPunctuation(index - 1, ',') && lexicons.Titles.IsHonorific(tokens.Word(index + 1));

    // "Amb.", "Dr", "Gen.": one capitalised title word standing straight after a comma.
    private bool IsSingleTitleWord(TokenText tokens, int index) =>
        index > 0 && tokens.IsCapitalised(index) && tokens.IsPunctuation(index - 1, ',') && lexicons.Titles.TryGet(tokens.Word(index), out _);

    private Role? Prefix(TokenText tokens, int nameStart, int sentenceStart)
    {
        var start = nameStart;
        var end = nameStart;
        var hasRole = false;
        for (var i = nameStart - 1; i >= sentenceStart; i--)
        {
            if (tokens.Tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            var word = tokens.Word(i);
            if (lexicons.Titles.IsHonorific(word) && !hasRole)
            {
                end = i; // "Lord Tebbit": the honorific is part of the name, the role lies before it.
                start = i;
                continue;
            }

            if (!hasRole && tokens.IsLowerWord(i) && RoleNounBeforeOfComplement(tokens, i, sentenceStart) is { } roleNoun)
            {
                hasRole = true;
                start = roleNoun;
                i = roleNoun; // Walk on from the role noun: "deputy director of operations".
                continue;
            }

            var isRoleWord = lexicons.Titles.IsRoleHead(word) || lexicons.Titles.TitleWords.Contains(word) || (i == end - 1 && IsUnlistedRoleNoun(tokens, i));
            var fits = isRoleWord || char.IsUpper(word[0]) || RoleModifiers.Contains(word)
                || (word is "of" or "for" && i > sentenceStart && (hasRole || IsOfficeWord(tokens, i - 1)));
            if (!fits || (char.IsUpper(word[0]) && !isRoleWord && !hasRole && !lexicons.Places.IsDemonym(word) && !IsRoleNounBefore(tokens, i, end)))
            {
                break;
            }

            if (char.IsUpper(word[0]) && lexicons.SentenceOpeners.Contains(word) && i == sentenceStart)
            {
                break;
            }

            hasRole |= isRoleWord;
            start = i;
        }

        while (start < end && tokens.Word(start) is "of" or "for")
        {
            start++;
        }

        return hasRole && start < end ? Make(tokens, start, end) : null;
    }

    /// <summary>
    /// "Lifeguard supervisor Ben Tregothnan said", "Former corporator Nilesh Waghmare termed", "Co-author Takeshi
    /// Nakamura": one to three words that open the sentence right before a person's name, which no lexicon lists but
    /// the recognizer left out of the name, are the person's role.
    /// </summary>
    private Role? OpeningRole(TokenText tokens, SpeakerMention mention, Sentence sentence)
    {
        var start = ProperNameChunker.DatelineEnd(tokens.Text, tokens.Tokens, sentence);
        var end = mention.FirstToken;
        while (end > start && lexicons.Titles.IsHonorific(tokens.Word(end - 1)))
        {
            end--; // "Gomeroi elder Aunty Lorraine Duncan": the honorific belongs to the name.
        }

        if (mention.Type != EntityType.Person || end - start is < 1 or > 3 || lexicons.IsSentenceOpener(tokens.Word(start)))
        {
            return null;
        }

        for (var t = start; t < end; t++)
        {
            var word = tokens.Word(t);
            if (tokens.Tokens[t].Kind != TokenKind.Word || RoleWords.Articles.Contains(word) || RoleWords.Prepositions.Contains(word) || IsClauseWord(tokens, t) || word is "and" or "or" or "but"
                || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || (t > start && char.IsUpper(word[0]) && !lexicons.Places.IsDemonym(word)))
            {
                return null;
            }
        }

        var head = tokens.Word(end - 1);
        return lexicons.Places.IsDemonym(head) || !IsPersonNoun(head) || IsInsideLongerName(tokens, start, mention) ? null : Make(tokens, start, end);
    }

    // Words shaped like agent nouns that are not ("whether", "another", "recent").
    private static readonly HashSet<string> NotAgentNouns = new(StringComparer.Ordinal)
    {
        "whether", "however", "together", "rather", "neither", "either", "another", "other", "further", "later", "earlier",
        "never", "ever", "over", "under", "after", "whatever", "whenever", "wherever", "recent", "current", "different",
        "present", "important", "significant", "urban", "sooner", "longer", "former", "latter", "fewer", "lower", "higher",
    };

    /// <summary>"said meteorologist Chris Yazzie", "senior hydrologist Dr Chantelle Nguyen-Walsh": a lowercase word
    /// shaped like a noun for a person, right before the name, is a role though no lexicon lists it.</summary>
    private bool IsUnlistedRoleNoun(TokenText tokens, int index)
    {
        var word = tokens.Word(index);
        return tokens.IsLowerWord(index) && word.Length >= 6 && !word.Contains('-') && IsPersonNoun(word) && !NotAgentNouns.Contains(word)
            && !word.EndsWith("ment", StringComparison.Ordinal)
            && !IsClauseWord(tokens, index) && !RoleWords.Prepositions.Contains(word);
    }

    private static readonly string[] AgentSuffixes = ["er", "or", "ist", "ian", "an", "ant", "ent", "ee", "eer", "crat", "man", "woman", "person"];

    // A listed role, or a word shaped like one for a person ("supervisor", "corporator", "biologist", "co-author").
    private bool IsPersonNoun(string word) =>
        lexicons.Titles.IsRoleHead(word.ToLowerInvariant()) || word.Contains('-')
        || AgentSuffixes.Any(suffix => word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    // "Te Awa said …" after "Principal Hēmi Te Awa": the word written inside the full name elsewhere is the name's own.
    private static bool IsInsideLongerName(TokenText tokens, int start, SpeakerMention mention)
    {
        var text = tokens.Text;
        var phrase = text[tokens.Tokens[start].Start..mention.Span.End];
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (at >= 2 && text[at - 1] == ' ' && char.IsLetter(text[at - 2]) && at != tokens.Tokens[start].Start)
            {
                var wordStart = text.LastIndexOf(' ', at - 2) + 1;
                if (char.IsUpper(text[wordStart]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "director of operations Kofi Mensah", "head of research Lina Ortiz": a role noun, "of" and one to three lowercase
    // content words right before the name (they would stop the title walk); returns the role noun. "director of the
    // Lantern Theatre" is left alone: an article or preposition there means the name is the complement.
    private int? RoleNounBeforeOfComplement(TokenText tokens, int last, int sentenceStart)
    {
        for (var of = last - 1; of > sentenceStart && of >= last - 3; of--)
        {
            var word = tokens.Word(of + 1);
            if (!tokens.IsLowerWord(of + 1) || lexicons.Titles.IsRoleHead(word) || IsClauseWord(tokens, of + 1) || RoleWords.Articles.Contains(word) || RoleWords.Prepositions.Contains(word))
            {
                return null;
            }

            if (tokens.Is(of, "of") && tokens.Tokens[of - 1].Kind == TokenKind.Word && lexicons.Titles.IsRoleHead(tokens.Word(of - 1)))
            {
                return of - 1;
            }
        }

        return null;
    }

    // "Governor of Washington Chris Gregoire": the place after "of" belongs to the office before it.
    private bool IsOfficeWord(TokenText tokens, int index) =>
        tokens.IsCapitalised(index) && (lexicons.Titles.IsRoleHead(tokens.Word(index)) || lexicons.Titles.TitleWords.Contains(tokens.Word(index)));

    // "Tory MP Philip Davies": a capitalised qualifier ("Tory") counts when a role word follows it;
    // "Minister of Foreign Affairs": the words after "of" count when a role word comes before them.
    private bool IsRoleNounBefore(TokenText tokens, int index, int end)
    {
        for (var j = index + 1; j < end; j++)
        {
            if (lexicons.Titles.IsRoleHead(tokens.Word(j)) || lexicons.Titles.TitleWords.Contains(tokens.Word(j)))
            {
                return true;
            }
        }

        for (var j = index - 1; j >= Math.Max(0, index - 4); j--)
        {
            if (tokens.Tokens[j].Kind != TokenKind.Word || !(tokens.IsCapitalised(j) || tokens.Word(j) is "of" or "for" or "the"))
            {
                return false;
            }

            if (IsOfficeWord(tokens, j))
            {
                return true;
            }
        }

        return false;
    }

    private Role Make(TokenText tokens, int start, int end) => RoleWords.Make(normalizer, tokens, start, end);

    private bool IsClauseWord(TokenText tokens, int index) => RoleWords.IsClauseWord(lexicons, tokens, index);
}
