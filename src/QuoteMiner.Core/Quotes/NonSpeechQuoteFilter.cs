using QuoteMiner.Documents;

namespace QuoteMiner.Quotes;

/// <summary>What a pair of quotation marks holds, judged from the words around it.</summary>
public enum QuoteUse : byte
{
    Speech,
    /// <summary>A short fragment: speech only if something attributes it (a scare quote otherwise).</summary>
    SpeechIfAttributed,
    /// <summary>Title Case ("the Long Haul", "Kitchen Light"): speech only if a speech cue introduces it.</summary>
    SpeechIfCued,
    /// <summary>A title, nickname or named term: never speech.</summary>
    NotSpeech,
}

/// <summary>
/// Titles ("the film 'Night Harbour'"), nicknames (Dwayne "The Rock" Johnson) and named terms
/// ("the so-called 'war room'") use quotation marks without reporting anyone's words.
/// </summary>
public sealed class NonSpeechQuoteFilter
{
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "nicknamed", "titled", "entitled", "branded", "labelled", "labeled", "named",
        "film", "movie", "book", "novel", "song", "single", "album", "show", "series", "programme", "program",
        "documentary", "play", "musical", "exhibition", "podcast", "hashtag", "operation", "headline", "slogan",
        "term", "word", "phrase", "motto", "magazine", "newspaper", "column", "report", "poem", "opera", "game",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingWordLookup = NamingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public QuoteUse Judge(string text, IReadOnlyList<Token> tokens, int openToken, int closeToken, TextSpan content)
    {
        var before = PreviousWord(text, tokens, openToken);
        if (!before.IsEmpty && NamingWordLookup.Contains(before) && !IsVerbUse(text, tokens, openToken))
        {
            return QuoteUse.NotSpeech;
        }

        if (IsNickname(text, tokens, openToken, closeToken) || IsKnownAs(text, tokens, openToken) || IsTermOfAGroup(text, tokens, openToken)
            || IsNamedByWhatFollows(text, tokens, openToken, closeToken) || IsWrittenOnASign(text, tokens, openToken) || IsDescribedAsQuote(text, tokens, closeToken))
        {
            return QuoteUse.NotSpeech;
        }

        var shape = WordShape.Of(content.Slice(text));
        var last = text[content.End - 1];
        var endsSentence = last is '.' or '!' or '?' or ',';
        if (shape.Words is > 0 and <= 6 && shape.AllTitleWords && shape.AnyCapitalised && !(shape.Words > 2 && last is '.' or '!' or '?'))
        {
            return QuoteUse.SpeechIfCued; // Title Case: a name of a work, a place or a team more often than speech.
        }

        return shape.Words <= WordShape.MaxWordsOfFragment && !endsSentence ? QuoteUse.SpeechIfAttributed : QuoteUse.Speech;
    }

    private static bool IsTitleFunctionWord(ReadOnlySpan<char> word) => word is "of" or "the" or "and" or "in" or "on" or "a" or "to" or "for" or "at" or "with" or "from" or "by";

    /// <summary>
    /// The space-separated words of a quote's content (trailing commas and full stops dropped), read in place:
    /// how many there are and whether they look like a title.
    /// </summary>
    private readonly record struct WordShape(int Words, bool AllTitleWords, bool AnyCapitalised)
    {
        // Beyond six words the content is never a title and only "more than three" matters.
        private const int MaxWordsCounted = 7;

        /// <summary>Three words or fewer: a fragment, a scare quote unless something attributes it.</summary>
        public const int MaxWordsOfFragment = 3;

        public static WordShape Of(ReadOnlySpan<char> content)
        {
            var trimmed = content.TrimEnd(",.");
            var words = 0;
            var allTitleWords = true;
            var anyCapitalised = false;
            foreach (var range in trimmed.Split(' '))
            {
                var word = trimmed[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                words++;
                allTitleWords = allTitleWords && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || IsTitleFunctionWord(word));
                anyCapitalised |= char.IsUpper(word[0]);
                if (words == MaxWordsCounted || (!allTitleWords && words > MaxWordsOfFragment))
                {
                    break; // nothing read further changes the judgement
                }
            }

            return new WordShape(words, allTitleWords, anyCapitalised);
        }
    }

    // The word before the opening mark, across an apposition comma ("The exhibition, 'Ashcombe at Sea', opens"); empty if none.
    private static readonly HashSet<string> VerbMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "must", "should", "could", "can", "may", "might", "shall", "did", "does", "do", "not", "never",
        "also", "he", "she", "they", "we", "i", "you", "it", "n't",
    };

    // "must show 'real leadership'", "wanted to play 'fair'": a naming noun used as a verb names nothing.
    private static bool IsVerbUse(string text, IReadOnlyList<Token> tokens, int openToken)
    {
        var naming = openToken - 1;
        return naming >= 1 && tokens[naming].Kind == TokenKind.Word && tokens[naming - 1].Kind is TokenKind.Word or TokenKind.Clitic
            && VerbMarkers.Contains(text.Substring(tokens[naming - 1].Start, tokens[naming - 1].Length));
    }

    private static ReadOnlySpan<char> PreviousWord(string text, IReadOnlyList<Token> tokens, int index)
    {
        var i = index - 1;
        if (i > 0 && tokens[i].Length == 1 && text[tokens[i].Start] == ',')
        {
            i--;
        }

        if (i < 0 || tokens[i].Kind != TokenKind.Word)
        {
            return default;
        }

        return text.AsSpan(tokens[i].Start, tokens[i].Length);
    }

    // "known to fellow campaigners as 'le Grand Jacques'", "known around the Capitol as the 'Brake Act'": a name someone
    // or something goes by.
    private static bool IsKnownAs(string text, IReadOnlyList<Token> tokens, int openToken)
    {
        var @as = BeforeArticle(text, tokens, openToken);
        if (@as < 1 || !WordAt(text, tokens, @as).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = @as - 1; t >= Math.Max(0, @as - 5); t--)
        {
            if (WordAt(text, tokens, t) is "known" or "referred" or "remembered")
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WordAt(string text, IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word ? text.AsSpan(tokens[index].Start, tokens[index].Length) : default;

    // Skips "the", "a" or "an" right before the opening mark ("known as the 'Brake Act'", "call a 'freight recession'").
    private static int BeforeArticle(string text, IReadOnlyList<Token> tokens, int openToken) =>
        WordAt(text, tokens, openToken - 1) is "the" or "a" or "an" ? openToken - 2 : openToken - 1;

    /// <summary>
    /// "what executives call a 'freight recession'", "what forecasters describe as an 'atmospheric river'": a term a
    /// group uses in the present tense, not words someone said ("what he called 'a betrayal'" stays speech).
    /// </summary>
    private static bool IsTermOfAGroup(string text, IReadOnlyList<Token> tokens, int openToken)
    {
        var verb = BeforeArticle(text, tokens, openToken);
        if (WordAt(text, tokens, verb) is "as")
        {
            verb--;
        }

        var subject = WordAt(text, tokens, verb - 1);
        var plural = subject is "they" or "some" or "many" or "people" || (subject.Length > 3 && subject[^1] == 's' && !subject.EndsWith("ss"));
        return WordAt(text, tokens, verb) is "call" or "describe" or "term" && plural
            && WordAt(text, tokens, verb - 2) is "what" or "What";
    }

    // "Euronews' 'Europe Today' programme", "the 'Miles to Go' report": the kind of work named right after a title
    // (an "ambitious" programme is an adjective's).
    private static bool IsNamedByWhatFollows(string text, IReadOnlyList<Token> tokens, int openToken, int closeToken) =>
        closeToken >= 0 && openToken + 1 < tokens.Count && char.IsUpper(text[tokens[openToken + 1].Start])
        && WordAt(text, tokens, closeToken + 1) is var next && !next.IsEmpty && NamingWordLookup.Contains(next)
        && next is not ("word" or "term" or "phrase") && text.AsSpan(tokens[closeToken].End, tokens[closeToken + 1].Start - tokens[closeToken].End).Trim().IsEmpty;

    // "described 'The Quiet Field' as 'a book that …'": the thing described, before "as" and the quoted description.
    private static bool IsDescribedAsQuote(string text, IReadOnlyList<Token> tokens, int closeToken) =>
        closeToken >= 0 && closeToken + 2 < tokens.Count && WordAt(text, tokens, closeToken + 1) is "as" && tokens[closeToken + 2].Kind == TokenKind.QuoteMark;

    private static readonly HashSet<string> SignNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "placard", "placards", "banner", "banners", "sign", "signs", "poster", "posters", "T-shirt", "T-shirts", "shirts", "graffiti", "billboard", "billboards",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SignNounLookup = SignNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // "carrying placards reading 'We want our wages'": words written on a sign in a crowd are no one's speech.
    private static bool IsWrittenOnASign(string text, IReadOnlyList<Token> tokens, int openToken)
    {
        var verb = openToken - 1;
        if (WordAt(text, tokens, verb) is not ("reading" or "read" or "saying" or "that"))
        {
            return false;
        }

        for (var t = verb - 1; t >= Math.Max(0, verb - 3); t--)
        {
            if (SignNounLookup.Contains(WordAt(text, tokens, t)))
            {
                return true;
            }
        }

        return false;
    }

    // A nickname sits between a first name and a surname with nothing but spaces around it.
    private static bool IsNickname(string text, IReadOnlyList<Token> tokens, int openToken, int closeToken)
    {
        if (openToken == 0 || closeToken < 0 || closeToken + 1 >= tokens.Count)
        {
            return false;
        }

        var previous = tokens[openToken - 1];
        var next = tokens[closeToken + 1];
        return previous.Kind == TokenKind.Word && next.Kind == TokenKind.Word
            && char.IsUpper(text[previous.Start]) && char.IsUpper(text[next.Start])
            && previous.End == tokens[openToken].Start - 1 && next.Start == tokens[closeToken].End + 1
            && (openToken < 2 || tokens[openToken - 2].Kind != TokenKind.Punctuation || text[tokens[openToken - 2].Start] != '.');
    }
}
