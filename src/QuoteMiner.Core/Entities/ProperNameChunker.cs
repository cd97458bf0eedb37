using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Entities;

/// <summary>
/// Finds runs of capitalised words in a sentence ("Mexican Foreign Minister Juan Ramón de la Fuente")
/// and peels the title off the front, so both the rule recognizer and the role stage see where a name starts.
/// </summary>
public sealed class ProperNameChunker(NewsLexicons lexicons)
{
    /// <summary>Lower-case words inside a person's name: "de la", "van der", "bin".</summary>
    public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "la", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "bin", "bint", "al", "el", "le", "y", "ibn", "st", "es",
    };

    private static readonly HashSet<string> InnerConnectors = new(StringComparer.Ordinal) { "of", "for", "on" };

    private static readonly HashSet<string> OrganizationConnectors = new(StringComparer.Ordinal) { "and", "&" };

    private readonly HashSet<string> calendar = EmbeddedLexicon.ReadSet("calendar-words.txt");

    public List<ProperNameChunk> Chunk(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        var chunks = new List<ProperNameChunk>();
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!(IsCapitalised(text, tokens[i]) || IsFirstNameLikeMonth(text, tokens, i, sentence.EndToken)) || (OpensSentence(text, tokens, sentence, i) && IsOpener(text, tokens[i]))
                || IsPronounI(text, tokens, i, sentence.EndToken) || IsPlaceAdjective(text, tokens[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var titled = IsTitleWord(text, tokens[i]) || IsOrganizationWord(text, tokens[i]);
            var organization = IsOrganizationWord(text, tokens[i]);
            var sawName = !titled;
            var portfolio = false; // "Minister for …": the words after the connector name the office's remit

            while (end < sentence.EndToken)
            {
                if (IsCapitalised(text, tokens[end]) && tokens[end].Kind != TokenKind.QuoteMark && !IsPronounI(text, tokens, end, sentence.EndToken))
                {
                    // "Minister for Municipal Administration K.N. Selvaraj": initials after an office or a body start the person's
                    // name; "Economist Dr Josephat Mwinuka": so does an honorific after any word but a title ("Minister Datuk Seri Dr …").
                    if ((titled && IsInitials(text, tokens[end]) && end + 1 < sentence.EndToken && IsCapitalised(text, tokens[end + 1]))
                        || (lexicons.Titles.IsHonorific(text.AsSpan(tokens[end].Start, tokens[end].Length)) && !IsOfficeOrHonorific(text, tokens[end - 1])
                            && end + 1 < sentence.EndToken && IsCapitalised(text, tokens[end + 1])))
                    {
                        break;
                    }

                    var isTitle = IsTitleWord(text, tokens[end]);
                    // A title after a name starts a new name ("… Rubio Foreign Minister Juan …"); one that ends the run is
                    // a surname ("Godfred Dame", "Martin King").
                    var startsName = end + 1 < sentence.EndToken
                        && (IsCapitalised(text, tokens[end + 1]) || text.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length) is "of" or "for" or "at");
                    // "Minister for Māori Crown Relations Tamati …": inside a remit, a word of compound titles ("Crown") starts no name.
                    var remitWord = portfolio && !lexicons.Titles.TryGet(text.AsSpan(tokens[end].Start, tokens[end].Length), out _);
                    if (isTitle && sawName && startsName && !remitWord && !organization && !IsOrganizationWord(text, tokens[end]) && !OrganizationWordAhead(text, tokens, end + 1, sentence.EndToken)
                        && !IsPlaceHead(text, tokens[end - 1]))
                    {
                        break;
                    }

                    titled |= isTitle || IsOrganizationWord(text, tokens[end]);
                    organization |= IsOrganizationWord(text, tokens[end]);
                    sawName |= !isTitle;
                    end++;
                    continue;
                }

                // "Secretary of State", "Bank of England" take "of"; after a person's name it starts another entity
                // ("Chief Corinne Blackwater of the Sturgeon Lake Cree Nation").
                var skip = Connectors(text, tokens, end, sentence.EndToken, titled && (!sawName || organization), organization);
                portfolio |= skip > 0 && titled && !sawName && !organization;
                if (skip == 0 && sawName)
                {
                    skip = Nickname(text, tokens, end, sentence.EndToken);
                }

                // "Namanga Truckers’ Association": a plural possessive inside an organisation's name.
                if (skip == 0 && PossessiveApostrophe.Is(text, tokens, end) && end + 1 < sentence.EndToken && IsCapitalised(text, tokens[end + 1]))
                {
                    skip = 1;
                }

                if (skip == 0)
                {
                    break;
                }

                end += skip;
            }

            chunks.Add(new ProperNameChunk(i, PeelTitle(text, tokens, i, end), end));
            i = end;
        }

        return chunks;
    }

    public bool IsCapitalised(string text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Handle) || !char.IsUpper(text[token.Start]))
        {
            return (token.Kind == TokenKind.Word && IsArticledName(text.AsSpan(token.Start, token.Length)))
                || (token.Kind == TokenKind.Url && IsCompanyDomain(text.AsSpan(token.Start, token.Length)));
        }

        return !calendar.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(token.Start, token.Length));
    }

    /// <summary>"Secunia.com", "Booking.com": a capitalised bare domain is the name of a company.</summary>
    public static bool IsCompanyDomain(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsUpper(word[0]) && word.IndexOfAny('/', ':', '@') < 0;

    // "K.N.", "P.": capital letters each followed by a full stop.
    private static bool IsInitials(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "Suleiman al-Amr", "Abdel Fattah el-Sisi": an Arabic article glued to a capitalised name is part of it.
    private static bool IsArticledName(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.StartsWith("al-") || word.StartsWith("el-")) && char.IsUpper(word[3]);

    // "Montreal-based Lumen Analytics", "London-listed Ferro": a place turned adjective is no part of the name after it.
    private static bool IsPlaceAdjective(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-listed", StringComparison.Ordinal)
            || word.EndsWith("-headquartered", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal);
    }

    // "… in Air Force ROTC I volunteered": "I" before a lowercase word is the pronoun, not a name's last word (but "Charles I" stays).
    private static bool IsPronounI(string text, IReadOnlyList<Token> tokens, int index, int end) =>
        tokens[index].Length == 1 && text[tokens[index].Start] == 'I' && index + 1 < end
        && tokens[index + 1].Kind is TokenKind.Word or TokenKind.Clitic && char.IsLower(text[tokens[index + 1].Start]);

    /// <summary>Words that end a place name ("Monroe County", "Kiambu District"): a title may follow them in one run.</summary>
    public static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "County", "Province", "District", "Region", "Borough", "Township", "Parish", "Shire", "Prefecture", "Municipality", "Governorate", "Oblast",
        "Road", "Street", "Avenue", "Highway", "Boulevard", "Motorway", "Peninsula", "Valley", "Coast", "Heights", "Islands", "Mountains",
        "Stadium", "Arena", "Square", "Station", "Palace", "Bridge",
    };

    private static bool IsPlaceHead(string text, Token token) =>
        PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(token.Start, token.Length));

    // "Assam State Disaster Management Authority": a title word inside an organisation's name.
    private bool OrganizationWordAhead(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var t = from; t < end && (IsCapitalised(text, tokens[t]) || text.AsSpan(tokens[t].Start, tokens[t].Length) is "of" or "for" or "and"); t++)
        {
            if (IsOrganizationWord(text, tokens[t]))
            {
                return true;
            }
        }

        return false;
    }

    // Juan Miguel “Migz” Zubiri: a quoted nickname inside a name, between capitalised words.
    private int Nickname(string text, IReadOnlyList<Token> tokens, int index, int end)
    {
        if (tokens[index].Kind != TokenKind.QuoteMark)
        {
            return 0;
        }

        for (var j = index + 1; j < Math.Min(end - 1, index + 4); j++)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                return j > index + 1 && IsCapitalised(text, tokens[j + 1]) ? j - index + 1 : 0;
            }

            if (!IsCapitalised(text, tokens[j]))
            {
                return 0;
            }
        }

        return 0;
    }

    // "June Calloway", "April Ross": a month that is also a given name starts a name when a surname follows.
    private bool IsFirstNameLikeMonth(string text, IReadOnlyList<Token> tokens, int index, int end) =>
        tokens[index].Kind == TokenKind.Word && index + 1 < end && char.IsUpper(text[tokens[index].Start])
        && IsGivenName(text, tokens[index]) && IsCapitalised(text, tokens[index + 1]) && !IsTitleWord(text, tokens[index + 1]);

    // Particles (de la, van der) join a name when a capitalised word follows; "of"/"for" join an
    // organisation or office ("Bureau of Western Hemisphere Affairs", "Secretary of State").
    private int Connectors(string text, IReadOnlyList<Token> tokens, int index, int end, bool titled, bool organization)
    {
        var skip = 0;
        while (index + skip < end && tokens[index + skip].Kind == TokenKind.Word)
        {
            var word = text.Substring(tokens[index + skip].Start, tokens[index + skip].Length);
            if (NameParticles.Contains(word) || (titled && InnerConnectors.Contains(word)) || (titled && skip > 0 && word == "the")
                || (organization && OrganizationConnectors.Contains(word)))
            {
                skip++;
                continue;
            }

            break;
        }

        return skip > 0 && index + skip < end && IsCapitalised(text, tokens[index + skip]) ? skip : 0;
    }

    /// <summary>
    /// Index of the first name token: after the last office word of the chunk ("Kenyan Trade Minister
    /// Wanjiru Kamau", "U.S. Secretary of State Marco Rubio"); the final word always stays a name.
    /// </summary>
    private int PeelTitle(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var nameStart = start;
        var lastOrganizationWord = -1;
        var wholeTitle = false;
        for (var t = start; t < end - 1; t++)
        {
            if (lexicons.Titles.IsTitleWord(text.AsSpan(tokens[t].Start, tokens[t].Length)))
            {
                nameStart = t + 1;
                wholeTitle |= lexicons.Titles.TryGet(text.Substring(tokens[t].Start, tokens[t].Length), out _);
            }
            else if (IsAgentNoun(text.AsSpan(tokens[t].Start, tokens[t].Length)) && IsGivenName(text, tokens[t + 1]))
            {
                // "Scientologist Tom Cruise", "Columnist Ayo Bello": a noun for what someone does or believes.
                nameStart = t + 1;
                wholeTitle = true;
            }
        }

        // Words of compound titles alone ("Grand" of "Grand Duke") make a title only before a given name
        // ("Treasury Jonathan Pereira"), so "Asian Grand Prix" keeps its words.
        if (!wholeTitle && nameStart < end && !lexicons.FirstNames.Contains(text.AsSpan(tokens[nameStart].Start, tokens[nameStart].Length)))
        {
            return start;
        }

        for (var t = start; t < end; t++)
        {
            if (IsOrganizationWord(text, tokens[t]))
            {
                lastOrganizationWord = t;
            }
        }

        // An organisation's name keeps its words ("U.S. State Department", "Ministry of Health"), but an
        // organisation word before an office is part of a title ("Senate President", "Council President").
        if (lastOrganizationWord >= nameStart)
        {
            return start;
        }

        // "Secretary of State": connectors right after a title belong to it.
        var titleTakesOf = false;
        while (nameStart < end - 1 && text.Substring(tokens[nameStart].Start, tokens[nameStart].Length) is "of" or "for" or "the")
        {
            titleTakesOf = true;
            nameStart++;
        }

        // "Governor of Washington Chris Gregoire", "Mayor of New York Eric Adams": the place belongs to the title
        // when a given name follows it.
        if (titleTakesOf)
        {
            var given = nameStart;
            while (given < Math.Min(end - 1, nameStart + 3) && !IsGivenName(text, tokens[given]))
            {
                given++;
            }

            if (given > nameStart && given < end - 1 && IsGivenName(text, tokens[given]))
            {
                nameStart = given;
            }
            else if (end - nameStart >= 4 && !IsGivenName(text, tokens[nameStart]))
            {
                // "Minister for Treaty Negotiations Tamati Rangiwhetu": with no given name known, a long run after the
                // office's "for" is its portfolio and then a two-word name.
                nameStart = end - 2;
            }
        }
        else if (end - nameStart >= 3 && HasConnectorBefore(text, tokens, start, nameStart) && !Enumerable.Range(nameStart, end - nameStart).Any(t => IsGivenName(text, tokens[t])))
        {
            // "Minister for Māori Crown Relations Tamati Rangiwhetu": the remit runs past its last title word too.
            nameStart = end - 2;
        }

        return nameStart;
    }

    private static bool HasConnectorBefore(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(t => text.AsSpan(tokens[t].Start, tokens[t].Length) is "for" or "of");

    private static bool IsAgentNoun(ReadOnlySpan<char> word) => word.Length > 6 && word.EndsWith("ist", StringComparison.Ordinal);

    private bool IsGivenName(string text, Token token) => lexicons.FirstNames.Contains(text.AsSpan(token.Start, token.Length));

    /// <summary>The sentence's first word, or the first after a dateline ("CHICAGO — An Illinois appeals court …").</summary>
    public static bool OpensSentence(string text, IReadOnlyList<Token> tokens, Sentence sentence, int index) =>
        index == sentence.FirstToken || index == DatelineEnd(text, tokens, sentence);

    /// <summary>
    /// The first token after a dateline that opens the sentence ("CHICAGO —", "ANN ARBOR, Mich. (AP) —"), or the
    /// sentence's first token when it has none.
    /// </summary>
    public static int DatelineEnd(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var t = sentence.FirstToken + 1; t < Math.Min(sentence.EndToken - 1, sentence.FirstToken + 9); t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsLower(text[tokens[t].Start]))
            {
                break;
            }

            // An upper-case place or an agency credit before the dash: "Jones — the captain — said" has neither.
            // "SAPPORO, Feb. 14 (Kyodo) --": two hyphens stand for the dash in wire copy.
            var isDash = (tokens[t].Length == 1 && CharClasses.IsDash(text[tokens[t].Start])) || text.AsSpan(tokens[t].Start, tokens[t].Length) is "--";
            if (isDash && (IsUpperCaseWord(text, tokens[sentence.FirstToken]) || text[tokens[t - 1].Start] == ')'))
            {
                return t + 1;
            }
        }

        return sentence.FirstToken;
    }

    private static bool IsUpperCaseWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && !text.AsSpan(token.Start, token.Length).ContainsAnyInRange('a', 'z');

    private bool IsOpener(string text, Token token) => lexicons.IsSentenceOpener(text.AsSpan(token.Start, token.Length));

    private bool IsOfficeOrHonorific(string text, Token token) =>
        lexicons.Titles.TryGet(text.AsSpan(token.Start, token.Length), out var titleClass) && titleClass is TitleClass.Office or TitleClass.Honorific;

    private bool IsTitleWord(string text, Token token) => lexicons.Titles.IsTitleWord(text.AsSpan(token.Start, token.Length));

    private bool IsOrganizationWord(string text, Token token) =>
        lexicons.OrganizationWords.IsOrganizationWord(text.AsSpan(token.Start, token.Length));
}
