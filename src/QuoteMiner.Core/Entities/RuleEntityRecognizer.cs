using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Entities;

/// <summary>
/// The stand-in recognizer: capitalised chunks typed by lexicon evidence (titles and first names for
/// PERSON, organisation words and acronyms for ORGANIZATION, countries and places for LOCATION), then made
/// consistent across the document ("Sheinbaum" after "Claudia Sheinbaum" is a PERSON too).
/// The learned recognizer replaces it behind the same stage contract.
/// </summary>
public sealed class RuleEntityRecognizer(NewsLexicons lexicons) : IPipelineStage
{
    private readonly ProperNameChunker chunker = new(lexicons);
    private readonly BodyCues bodyCues = new(lexicons);

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Hundred",
        "First", "Second", "Third", "Fourth", "Fifth", "Last", "Next",
    };

    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.Ordinal) { "Lake", "Mount", "Mt", "Mt.", "Cape", "Isle", "Fort", "Port" };

    // Place heads that are also surnames: a place only when no given name opens the run.
    private static readonly HashSet<string> SurnameLikePlaceHeads = new(StringComparer.Ordinal) { "Ward", "Village", "Town", "Line" };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "from", "near", "to", "across", "outside", "around" };

    public string Name => "entities";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Entities;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetEntities(Recognize(document));

    public EntityMention[] Recognize(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var found = new List<(ProperNameChunk Chunk, EntityType? Type)>();
        var describedBodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var headline = IsHeadline(text, tokens, sentence);
            foreach (var chunk in chunker.Chunk(text, tokens, sentence))
            {
                var named = ProperNameChunker.OpensSentence(text, tokens, sentence, chunk.FirstToken) ? WithoutSentenceOpener(document, chunk) : chunk;
                var type = bodyCues.IsCommonNounOpener(document, named, sentence) ? null : Classify(document, named, headline);
                // A body cue outweighs the guess that two capitalised words are a person ("the advocacy group Frontera Justa").
                if ((type is null || IsPersonGuess(document, named, type))
                    && (bodyCues.IsBodyByApposition(document, named, sentence.EndToken) || bodyCues.IsNamedAfterItsKind(document, named, sentence.FirstToken)
                        || BodyCues.IsSpokenFor(document, named, sentence.FirstToken)))
                {
                    type = EntityType.Organization;
                    describedBodies.Add(NameOf(text, tokens, named));
                }

                // "Mrs Pettigrew's husband, Dean, 36,", "his younger brother Jory": a lone word after a relative is a given name;
                // "office worker Nattaya, 34,", "Sorcha, a 29-year-old nurse": so is one given an age.
                if ((type is null || (type != EntityType.Person && named.NameLength == 1)) && (IsNamedRelative(document, named) || IsAgedName(document, named) || NameGiver.IsGivenName(document, named.FirstToken)))
                {
                    type = EntityType.Person;
                    named = named with { NameStart = named.FirstToken };
                }

                // "Aoife Mac Conmara TD", "Jane Doe MP": an office written after the name is no part of it.
                if (type == EntityType.Person && named.NameLength >= 3 && IsPostnominalOffice(lexicons, document.WordOf(named.EndToken - 1)))
                {
                    named = named with { EndToken = named.EndToken - 1 };
                }

                found.Add((named, type));
            }
        }

        JoinAcronymDefinitions(document, found);
        MarkCoordinatedPlaces(document, found);

        // Document-level consistency: a surname or a short form takes the type of the full name seen elsewhere.
        var known = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (chunk, type) in found.Where(f => f.Type is not null && f.Chunk.NameLength > 1))
        {
            // "SA Premier …" in a headline does not make "The Premier" a body: a title word keeps no name's type.
            var last = document.WordOf(chunk.EndToken - 1);
            if (!lexicons.Titles.TryGet(last, out _))
            {
                known.TryAdd(last, type!.Value);
            }

            known.TryAdd(NameOf(text, tokens, chunk), type!.Value);
            if (type == EntityType.Person && NameParts.HongKongFamilyName(NameOf(text, tokens, chunk)) is { } family)
            {
                known.TryAdd(family, EntityType.Person);
            }

            // "Sahyadri Motors" → "Sahyadri said": a company is called by its first word.
            var first = document.WordOf(chunk.NameStart);
            if (type == EntityType.Organization && IsDistinctiveWord(first))
            {
                known.TryAdd(first, EntityType.Organization);
            }

            // "President Xi Jinping" → "Xi said": a titled name opening with no known given name may put the family name first.
            if (type == EntityType.Person && chunk.HasTitle && chunk.NameLength is 2 or 3 && IsFamilyNameFirst(first))
            {
                known.TryAdd(first, EntityType.Person);
            }

            // "Hawa Abakar Idriss" → "Hawa fled El Geneina": a feature story calls its people by a given name the lexicon lacks.
            if (type == EntityType.Person && !chunk.HasTitle && chunk.NameLength is 2 or 3 && !lexicons.FirstNames.Contains(first)
                && !lexicons.Places.IsPlace(first) && !lexicons.OrganizationWords.IsOrganizationWord(first) && !lexicons.Titles.IsTitleWord(first))
            {
                known.TryAdd(first, EntityType.Person);
            }
        }

        // "Shares in Northway, the UK's fifth-largest supermarket chain, fell": that one word names the body everywhere.
        foreach (var body in describedBodies)
        {
            known.TryAdd(body, EntityType.Organization);
        }

        // "Toulon Corsairs coach Mathieu Lacroix": a name followed by a role noun and a person is the person's
        // team or employer, not a second person, and it is that body wherever else the story names it.
        var resolvedTypes = found.Select(f => f.Type ?? (known.TryGetValue(NameOf(text, tokens, f.Chunk), out var t) ? t : null)).ToArray();
        var employers = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f + 1 < found.Count; f++)
        {
            var chunk = found[f].Chunk;
            if (resolvedTypes[f] == EntityType.Person && !HasOfficeTitle(document, chunk) && found[f + 1].Type == EntityType.Person
                && found[f + 1].Chunk.FirstToken == chunk.EndToken + 1
                && lexicons.Titles.IsRoleHead(document.WordOf(chunk.EndToken)) && (char.IsLower(text[tokens[chunk.EndToken].Start]) || IsAcronym(document.WordOf(chunk.EndToken))))
            {
                employers.Add(NameOf(text, tokens, chunk));
            }

            // "Shiv Sena (UBT) MLA Aaditya Thackeray-Rane": a party with its faction in brackets before a titled person.
            if (resolvedTypes[f] == EntityType.Person && !chunk.HasTitle && f + 2 < found.Count && found[f + 2].Chunk.HasTitle
                && found[f + 2].Type == EntityType.Person && IsBracketedAcronym(document, chunk.EndToken) && found[f + 2].Chunk.FirstToken == chunk.EndToken + 3)
            {
                employers.Add(NameOf(text, tokens, chunk));
            }
        }

        var mentions = new List<EntityMention>();
        for (var f = 0; f < found.Count; f++)
        {
            var (chunk, type) = found[f];
            var resolved = resolvedTypes[f];
            if (resolved == EntityType.Person && !HasOfficeTitle(document, chunk) && employers.Contains(NameOf(text, tokens, chunk)))
            {
                resolved = EntityType.Organization;
            }

            // "Grand Island Mayor Pete Lindqvist": a name guessed a person, right before a titled person, is their town or body.
            if (resolved == EntityType.Person && type == EntityType.Person && !HasOfficeTitle(document, chunk) && f + 1 < found.Count
                && found[f + 1].Chunk.FirstToken == chunk.EndToken && found[f + 1].Chunk.HasTitle
                && !lexicons.FirstNames.Contains(document.WordOf(chunk.NameStart)))
            {
                resolved = null;
            }

            if (resolved is { } entityType)
            {
                mentions.Add(new EntityMention(chunk.NameSpan(tokens), chunk.NameStart, chunk.EndToken, entityType, 0.5f));
            }
        }

        return [.. mentions];
    }

    // "in Sham Shui Po, Kwun Tong and Yau Tsim Mong": a guessed name listed with a place is a place too.
    private void MarkCoordinatedPlaces(Document document, List<(ProperNameChunk Chunk, EntityType? Type)> found)
    {
        for (var f = 1; f < found.Count; f++)
        {
            var (chunk, type) = found[f];
            var previous = found[f - 1];
            if (previous.Type != EntityType.Location || chunk.FirstToken - previous.Chunk.EndToken != 1)
            {
                continue;
            }

            // A comma alone may set off an apposition ("in Marseille, Henri Bastide,"); a list goes on after it.
            var separator = document.WordOf(previous.Chunk.EndToken);
            var listGoesOn = f + 1 < found.Count && found[f + 1].Chunk.FirstToken - chunk.EndToken == 1 && document.WordOf(chunk.EndToken) is "," or "and" or "or";
            if (!(separator is "and" or "or" || (separator == "," && listGoesOn)) || !(type is null || IsPersonGuess(document, chunk, type)))
            {
                continue;
            }

            found[f] = (chunk, EntityType.Location);
        }
    }

    /// <summary>
    /// "the National Weather and Climate Office (NWCO)": the letters of an acronym in brackets tell where the
    /// name it abbreviates begins, across "and"/"of" and chunks the capitals alone split; the whole is one body.
    /// </summary>
    private static void JoinAcronymDefinitions(Document document, List<(ProperNameChunk Chunk, EntityType? Type)> found)
    {
        for (var f = 1; f < found.Count; f++)
        {
            var acronym = found[f].Chunk;
            var open = acronym.FirstToken - 1;
            if (acronym.EndToken - acronym.FirstToken != 1 || open < 1 || document.WordOf(open) != "(" || found[f - 1].Chunk.EndToken != open
                || found[f - 1] is { Type: EntityType.Person, Chunk.HasTitle: true })
            {
                continue;
            }

            var letters = document.WordOf(acronym.FirstToken).Replace(".", string.Empty);
            if (letters.Length < 2 || !letters.All(char.IsUpper) || DefinitionStart(document, letters, open) is not { } start)
            {
                continue;
            }

            var first = found.FindLastIndex(f - 1, x => x.Chunk.FirstToken <= start);
            if (first < 0 || found[first].Chunk.EndToken <= start)
            {
                continue;
            }

            found.RemoveRange(first, f - first);
            found.Insert(first, (new ProperNameChunk(start, start, open), EntityType.Organization));
            f = first + 1;
        }
    }

    // The first word of the name whose capitals spell the acronym, reading back from the bracket.
    private static int? DefinitionStart(Document document, string letters, int open)
    {
        var t = open - 1;
        for (var k = letters.Length - 1; k >= 0; k--)
        {
            while (t >= 0 && document.WordOf(t) is "and" or "of" or "for" or "the" or "&" or "on")
            {
                t--;
            }

            if (t < 0 || document.WordOf(t)[0] != letters[k])
            {
                return null;
            }

            if (k > 0)
            {
                t--;
            }
        }

        return t;
    }

    /// <summary>
    /// "Neighbouring Uganda", "Meanwhile Acme": the first word of a sentence is capitalised anyway; drop it
    /// when it carries no evidence of its own and the rest is a known place, organisation or person.
    /// </summary>
    private ProperNameChunk WithoutSentenceOpener(Document document, ProperNameChunk chunk)
    {
        if (chunk.NameLength < 2 || chunk.HasTitle)
        {
            return chunk;
        }

        var first = document.WordOf(chunk.NameStart);
        if (lexicons.FirstNames.Contains(first) || lexicons.OrganizationWords.IsOrganizationWord(first) || lexicons.Places.IsPlace(first)
            || lexicons.Places.IsPlace(chunk.NameSpan(document.TokenArray).Slice(document.Text).ToString()))
        {
            return chunk; // "North Korea puts …" keeps "North".
        }

        var rest = new ProperNameChunk(chunk.NameStart + 1, chunk.NameStart + 1, chunk.EndToken);
        var restWords = Enumerable.Range(rest.NameStart, rest.NameLength).Select(document.WordOf).ToArray();
        var restName = string.Join(' ', restWords);
        // A lone body word left over ("Lakehead Timber" → "Timber") names nothing: the first word belongs to the name.
        var evidence = lexicons.Places.IsPlace(restName) || lexicons.FirstNames.Contains(restWords[0])
            || (restWords.Length > 1 && restWords.Any(lexicons.OrganizationWords.IsOrganizationWord))
            || IsRoleBeforeName(restWords);

        // "Sentencing Whitby, …", "Asked about …": a participle opening the sentence is no part of a name.
        var participle = first.Length > 4 && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal));
        if (!participle && IsUnlistedGivenName(document, chunk, first, restWords))
        {
            return chunk;
        }

        return evidence || participle ? rest : chunk;
    }

    // "Kholood Osman, a Sudanese researcher, said": an unlisted word before a one-word surname that is also a given name,
    // with an apposition or a speech verb after, is the person's own given name.
    private bool IsUnlistedGivenName(Document document, ProperNameChunk chunk, string first, string[] restWords)
    {
        var after = chunk.EndToken < document.TokenArray.Length ? document.WordOf(chunk.EndToken) : string.Empty;
        return restWords.Length == 1 && lexicons.FirstNames.Contains(restWords[0]) && !lexicons.IsSentenceOpener(first)
            && (after == "," || lexicons.CueVerbs.TryGet(after, out _));
    }

    // A person only by the default for two or three capitalised words: no title and no known given name.
    private bool IsPersonGuess(Document document, ProperNameChunk chunk, EntityType? type) =>
        type == EntityType.Person && !chunk.HasTitle && !lexicons.FirstNames.Contains(document.WordOf(chunk.NameStart)) && !IsInitialledName(
            Enumerable.Range(chunk.NameStart, chunk.NameLength).Select(document.WordOf).ToArray());

    /// <summary>"TD", "MP", "QC": an office in capitals that news writes after a person's name.</summary>
    public static bool IsPostnominalOffice(NewsLexicons lexicons, string word) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsUpper) && lexicons.Titles.TryGet(word, out var titleClass) && titleClass == TitleClass.Office;

    // "(UBT)" starting at the bracket.
    private static bool IsBracketedAcronym(Document document, int open) =>
        open + 2 < document.TokenArray.Length && document.WordOf(open) == "(" && IsAcronym(document.WordOf(open + 1)) && document.WordOf(open + 2) == ")";

    private static bool IsAgedName(Document document, ProperNameChunk chunk)
    {
        var tokens = document.TokenArray;
        var comma = chunk.EndToken;
        if (chunk.EndToken - chunk.FirstToken != 1 || comma + 2 >= tokens.Length || document.WordOf(comma) != ",")
        {
            return false;
        }

        return (tokens[comma + 1].Kind == TokenKind.Number && document.WordOf(comma + 2) == ",")
            || (document.WordOf(comma + 1) is "a" or "an" && document.WordOf(comma + 2).EndsWith("-year-old", StringComparison.Ordinal));
    }

    private bool IsNamedRelative(Document document, ProperNameChunk chunk)
    {
        var relative = chunk.FirstToken > 0 && document.WordOf(chunk.FirstToken - 1) == "," ? chunk.FirstToken - 2 : chunk.FirstToken - 1;
        return chunk.EndToken - chunk.FirstToken == 1 && relative >= 0 && Relatives.Nouns.Contains(document.WordOf(relative))
            && !lexicons.Places.IsPlace(document.WordOf(chunk.FirstToken));
    }

    // "Local Fianna Fáil TD Aoife Brennan": a role noun such as "Local" in front is no office of the name that follows it.
    private bool HasOfficeTitle(Document document, ProperNameChunk chunk)
    {
        for (var t = chunk.FirstToken; t < chunk.NameStart; t++)
        {
            if (!lexicons.Titles.TryGet(document.WordOf(t), out var titleClass) || titleClass != TitleClass.RoleNoun)
            {
                return true;
            }
        }

        return false;
    }

    // "Sprinter Nurul Huda Rahman broke …": an unknown capitalised word opening the sentence before two or
    // three name-shaped words is most often the person's role ("Sprinter", "Striker", "Novelist").
    private static bool IsRoleBeforeName(string[] restWords) =>
        restWords.Length is 2 or 3 && restWords.All(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]));

    private bool IsPluralRoleNoun(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && lexicons.Titles.TryGet(word.AsSpan(0, word.Length - 1), out var titleClass) && titleClass == TitleClass.RoleNoun;

    // Headlines capitalise every word, so capitalisation alone is no evidence of a name there.
    private static bool IsHeadline(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        // A headline has no full stop; a sentence dense with names has one.
        var last = tokens[sentence.EndToken - 1];
        if (last.Length == 1 && text[last.Start] == '.')
        {
            return false;
        }

        int words = 0, capitalised = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Length > 3)
            {
                words++;
                capitalised += char.IsUpper(text[tokens[t].Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private EntityType? Classify(Document document, ProperNameChunk chunk, bool headline)
    {
        var words = Enumerable.Range(chunk.NameStart, chunk.NameLength).Select(document.WordOf).ToArray();
        var name = string.Join(' ', words);
        if (document.TokenArray[chunk.EndToken - 1].Kind == TokenKind.Url)
        {
            return EntityType.Organization; // "Secunia.com"
        }

        if (words.Length > 1 && (ProperNameChunker.PlaceHeads.Contains(words[^1])
            || (PlacePrefixes.Contains(words[0]) && !words.Any(lexicons.OrganizationWords.IsOrganizationWord))
            || (SurnameLikePlaceHeads.Contains(words[^1]) && !chunk.HasTitle && !lexicons.FirstNames.Contains(words[0]))))
        {
            return EntityType.Location; // "Monroe County", "Kiambu District", "Lake Rotorua", "Nerima Ward" (not "Jamie Ward")
        }

        // "Dr. Aurelia Banks", "Ms Kim Holdings": an honorific makes a person of words that could name a body.
        if (chunk.HasTitle && words.Length is 2 or 3 && lexicons.Titles.IsHonorific(document.WordOf(chunk.NameStart - 1))
            && !lexicons.OrganizationWords.IsOrganizationWord(words[0]))
        {
            return EntityType.Person;
        }

        // "Al Jazeera", "Coast Guard": a body the lexicon lists by its whole name.
        if (words.Length > 1 && lexicons.OrganizationWords.IsOrganizationWord(name))
        {
            return EntityType.Organization;
        }

        // "U.S. Embassy", "Kisumu County Court": a name ending in a body noun is that body (unless a given name opens it: "Margaret Court").
        if ((words.Any(lexicons.OrganizationWords.IsOrganizationWord) && !IsPersonNamedLikeAnOutlet(chunk, words))
            || (words.Length > 1 && lexicons.OrganizationWords.IsCollective(words[^1].ToLowerInvariant()) && !lexicons.FirstNames.Contains(words[0])))
        {
            return EntityType.Organization;
        }

        // "QuickKart", "PayPal", "WaterWatch Joburg": a capital inside a word is a brand's, not a person's ("McAdam", "DeSantis" aside).
        if (words.Length <= 2 && !chunk.HasTitle && IsCamelCase(words[0]) && !lexicons.FirstNames.Contains(words[0]))
        {
            return EntityType.Organization;
        }

        // "East African", "Kenyan": demonyms are adjectives, not entities.
        if (lexicons.Places.IsDemonym(words[^1]))
        {
            return null;
        }

        // "the Kenyan Trade Minister": a chunk of titles alone names no one.
        bool IsTitle(string w) => (lexicons.Titles.TryGet(w, out _) || lexicons.Titles.TitleWords.Contains(w)) && !lexicons.Places.IsCountry(w) && !lexicons.Places.IsDemonym(w);
        if (words.Any(IsTitle) && words.All(w => IsTitle(w) || lexicons.Places.IsDemonym(w) || lexicons.Places.IsCountry(w)))
        {
            return null;
        }

        // "Economic Secretary", "Deputy Director": a run ending in an office names no one, unless a given name opens it ("Mary Bishop").
        if (words.Length > 1 && lexicons.Titles.IsRoleHead(words[^1]) && !lexicons.FirstNames.Contains(words[0]))
        {
            return null;
        }

        // "Mr Austin", "Mayor Houston": a title or honorific makes a person even of a word that names a place.
        if (chunk.HasTitle && words.Length <= 4 && !lexicons.Places.IsCountry(string.Join(' ', words)))
        {
            return EntityType.Person;
        }

        if (lexicons.Places.IsPlace(name) || lexicons.Places.IsPlace(name.Replace(" ", string.Empty)))
        {
            return EntityType.Location;
        }

        // A person's name has at most five words, particles included ("Juan Ramón de la Fuente").
        if (words.Count(w => char.IsUpper(w[0])) > 4)
        {
            return null;
        }

        // "In Jos", "from Florence": a lone given name after a place preposition is a place.
        if (words.Length == 1 && !chunk.HasTitle && chunk.NameStart > 0 && PlacePrepositions.Contains(document.WordOf(chunk.NameStart - 1)))
        {
            return lexicons.Places.IsPlace(words[0]) ? EntityType.Location : null;
        }

        if (chunk.HasTitle || lexicons.FirstNames.Contains(words[0]) || IsInitialledName(words))
        {
            return EntityType.Person;
        }

        if (words.Length == 1 && IsAcronym(words[0]) && !lexicons.Titles.IsRoleHead(words[0]))
        {
            return EntityType.Organization;
        }

        // "Dublin Castle", "Texas Tech": a known place opening a name makes a place or a body, not a person.
        if (words.Any(w => lexicons.Places.IsPlace(w)) && !lexicons.FirstNames.Contains(words[0]))
        {
            return EntityType.Location;
        }

        // Two or three capitalised words with no other evidence are most often a person in news, particles aside
        // ("Koos van der Merwe"), but never with a number word: "World War Two", "Day One".
        // A demonym opens no one's name ("Asian Grand Prix", "European Super League").
        // "The Salt Year": a name opening with "The" is a title or a body, never a person.
        // "a report titled 'Locked Out: …'": capitalised words opening a quotation are a title's more often than a name.
        var capitalised = words.Where(w => !ProperNameChunker.NameParticles.Contains(w)).ToArray();
        var opensQuotation = chunk.NameStart > 0 && document.TokenArray[chunk.NameStart - 1] is { Kind: TokenKind.QuoteMark } mark
            && mark.End == document.TokenArray[chunk.NameStart].Start;
        var nameShaped = !headline && !opensQuotation && capitalised.Length is 2 or 3 && words.Length <= 5 && words[0] != "The" && char.IsUpper(words[0][0])
            && capitalised.All(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLower(w[^1]) && !NumberWords.Contains(w))
            && !lexicons.Places.IsDemonym(words[0]);

        // "Darfur Medical Volunteers": a run ending in a plural role noun names a body, not a person.
        if (nameShaped && IsPluralRoleNoun(words[^1]))
        {
            return EntityType.Organization;
        }

        // "in Sham Shui Po", "from El Geneina": such words after a place preposition name a place.
        return nameShaped && chunk.NameStart > 0 && document.WordOf(chunk.NameStart - 1) is "in" or "from" or "near" or "outside" or "around" or "across"
            ? EntityType.Location
            : nameShaped
            ? EntityType.Person
            : null;
    }

    // "Mayor Linda Fox", "Jane Post": a titled name or one opening with a given name whose only body word is an outlet's.
    private bool IsPersonNamedLikeAnOutlet(ProperNameChunk chunk, string[] words) =>
        (chunk.HasTitle || lexicons.FirstNames.Contains(words[0])) && words.Length <= 3 && !lexicons.OrganizationWords.IsOrganizationWord(words[0])
        && words.Where(lexicons.OrganizationWords.IsOrganizationWord).All(lexicons.OrganizationWords.IsNewsWord);

    /// <summary>"K. Rajan", "V.D. Satheesan", "J. R. Okafor": initials before a surname (not "U.S. Steel": a place's initials).</summary>
    private bool IsInitialledName(string[] words)
    {
        var initials = 0;
        while (initials < words.Length - 1 && IsInitials(words[initials]) && !lexicons.Places.IsPlace(words[initials]))
        {
            initials++;
        }

        return initials > 0 && words.Length - initials is 1 or 2 && words.Skip(initials).All(w => w.Length > 1 && char.IsLower(w[^1]));
    }

    private static bool IsInitials(string word)
    {
        if (word.Length < 2 || word.Length > 6 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "Xi" of "President Xi Jinping": a name's first word that no lexicon explains may be a family name.
    private bool IsFamilyNameFirst(string first) => first.Length > 1 && !first.Contains('.') && IsUnexplainedCapitalised(first);

    // A word that can stand for a whole organisation name: no place, demonym, title, given name, organisation word or sentence opener.
    private bool IsDistinctiveWord(string word) =>
        word.Length > 2 && IsUnexplainedCapitalised(word) && !lexicons.OrganizationWords.IsOrganizationWord(word) && !lexicons.SentenceOpeners.Contains(word)
        && word is not ("The" or "National" or "United" or "New" or "First" or "Royal" or "General" or "Central");

    // A capitalised word that is no given name, title, place or demonym.
    private bool IsUnexplainedCapitalised(string word) =>
        char.IsUpper(word[0]) && !lexicons.FirstNames.Contains(word) && !lexicons.Titles.TryGet(word, out _)
        && !lexicons.Places.IsPlace(word) && !lexicons.Places.IsDemonym(word);

    private static readonly string[] SurnamePrefixes = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St"];

    private static bool IsCamelCase(string word)
    {
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1]))
            {
                return !SurnamePrefixes.Any(p => i == p.Length && word.StartsWith(p, StringComparison.Ordinal));
            }
        }

        return false;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word is not ("OK" or "TV" or "AM" or "PM" or "ID") && word.All(c => char.IsUpper(c) || c == '.' || c == '&');

    private static string NameOf(string text, IReadOnlyList<Token> tokens, ProperNameChunk chunk) =>
        chunk.NameSpan(tokens).Slice(text).ToString();
}
