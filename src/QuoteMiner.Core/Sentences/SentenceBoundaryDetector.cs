using System.Globalization;
using System.Runtime.CompilerServices;
using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Sentences;

/// <summary>
/// Decides, token by token, where a sentence of news text ends. The rules encode English news conventions:
/// a full stop, ? ! or … ends a sentence when a new one visibly starts (a capitalised word, a number, a quote);
/// closing quotes and brackets right after the stop stay with the sentence they close; titles (Dr., Gen.) never
/// end one; other abbreviations (U.S., Inc., a.m.) end one only before a typical sentence opener (He, The, But),
/// because a capitalised name after them ("U.S. State Department") continues the sentence.
/// </summary>
internal sealed class SentenceBoundaryDetector(string text, Token[] tokens, SentenceSplittingLexicons lexicons)
{
    /// <summary>The most capitalised words taken for a speaker's name in a quote tag ("Gen. Maria Ruiz asked").</summary>
    private const int MaxNameTokensInQuoteTag = 4;

    private enum Terminal
    {
        None,
        /// <summary>. ! ? … a run of dots, or an abbreviation that nearly always closes its sentence (etc.).</summary>
        Stop,
        /// <summary>A title abbreviation (Dr., Gen.): the name follows, so never a sentence end.</summary>
        Title,
        /// <summary>An abbreviation or initial that can also close a sentence (U.S., Inc., J.).</summary>
        Abbreviation,
    }

    /// <summary>
    /// If a sentence ends at token <paramref name="k"/>, the index of its last token (after any closing quotes
    /// and brackets); otherwise -1. <paramref name="paragraphEnd"/> is the index after the paragraph's last token.
    /// </summary>
    public int SentenceEndingAt(int k, int paragraphEnd)
    {
        var terminal = TerminalOf(tokens[k]);
        if (terminal == Terminal.None)
        {
            return -1;
        }

        var last = k;
        var closesQuote = false;
        while (last + 1 < paragraphEnd && IsCloser(last + 1))
        {
            last++;
            closesQuote |= tokens[last].Kind == TokenKind.QuoteMark;
        }

        if (last + 1 == paragraphEnd)
        {
            return last;
        }

        var next = last + 1;
        switch (terminal)
        {
            case Terminal.Title:
                return -1;

            case Terminal.Abbreviation when last == k:
                return StartsWithOpener(next, paragraphEnd) ? last : -1;

            default:
                if (!CanStartSentence(next, paragraphEnd))
                {
                    return -1;
                }

                // "Will they?" Smith asked. — the tag after ?" or !" belongs to the quoted sentence.
                if (closesQuote && text[tokens[k].Start] is '?' or '!' && IsQuoteTag(next, paragraphEnd))
                {
                    return -1;
                }

                return last;
        }
    }

    // Asked of every token, so inlined; the rare abbreviation is classified out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Terminal TerminalOf(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                return text[token.Start] is '.' or '!' or '?' or '\u2026' ? Terminal.Stop : Terminal.None;

            case TokenKind.Word when token.Length > 1 && text[token.End - 1] == '.':
                return AbbreviationTerminal(token);

            default:
                return Terminal.None;
        }
    }

    private Terminal AbbreviationTerminal(Token token) =>
        lexicons.Abbreviations.Classify(token.Text(text)) switch
        {
            AbbreviationKind.Title => Terminal.Title,
            AbbreviationKind.SentenceFinal => Terminal.Stop,
            _ => Terminal.Abbreviation,
        };

    /// <summary>
    /// A closing quote or bracket that stays with the sentence before it. ” ’ » › always close; the ambiguous
    /// ASCII marks (" ' '') close only when written against the stop, as in <c>win."</c> — after a space they open
    /// the next quotation (<c>left. "We</c>).
    /// </summary>
    private bool IsCloser(int j)
    {
        var token = tokens[j];
        var c = text[token.Start];
        var attached = tokens[j - 1].End == token.Start;
        return token.Kind switch
        {
            TokenKind.QuoteMark => !QuoteCharacters.IsOpeningOnly(c) && (QuoteCharacters.IsClosingOnly(c) || attached),
            TokenKind.Punctuation => attached && c is ')' or ']' or '}',
            _ => false,
        };
    }

    /// <summary>Whether the token at <paramref name="j"/> visibly starts a new sentence.</summary>
    private bool CanStartSentence(int j, int paragraphEnd)
    {
        var token = tokens[j];
        switch (token.Kind)
        {
            case TokenKind.Word:
                return StartsCapitalised(token);
            case TokenKind.Number:
            case TokenKind.QuoteMark:
            case TokenKind.Url:
            case TokenKind.Email:
            case TokenKind.Handle:
            case TokenKind.Hashtag:
                return true;
            case TokenKind.Symbol:
                return CharClasses.CategoryAt(text, token.Start) == UnicodeCategory.CurrencySymbol;
            case TokenKind.Punctuation:
                return text[token.Start] is '(' or '[' && j + 1 < paragraphEnd && CanStartSentence(j + 1, paragraphEnd);
            default:
                return false;
        }
    }

    /// <summary>After an abbreviation, only a typical sentence opener (or a quote opening with a capital) starts a sentence.</summary>
    private bool StartsWithOpener(int j, int paragraphEnd)
    {
        var token = tokens[j];
        return token.Kind switch
        {
            TokenKind.Word => lexicons.Openers.Contains(token.Text(text)),
            TokenKind.QuoteMark => !QuoteCharacters.IsClosingOnly(text[token.Start])
                && j + 1 < paragraphEnd && tokens[j + 1].Kind == TokenKind.Word && StartsCapitalised(tokens[j + 1]),
            _ => false,
        };
    }

    /// <summary>
    /// A quote tag: a capitalised name (with titles or initials) that is not a sentence opener, then a speech verb —
    /// <c>Smith asked</c>, <c>Ms. Lopez said</c>.
    /// </summary>
    private bool IsQuoteTag(int j, int paragraphEnd)
    {
        if (tokens[j].Kind != TokenKind.Word || lexicons.Openers.Contains(tokens[j].Text(text)))
        {
            return false;
        }

        for (var i = j; i < paragraphEnd && i < j + MaxNameTokensInQuoteTag + 1; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (!StartsCapitalised(token))
            {
                return i > j && lexicons.QuoteTagVerbs.Contains(token.Text(text));
            }
        }

        return false;
    }

    private bool StartsCapitalised(Token token)
    {
        var i = token.Start;
        // An elision such as 'Tis: look past the apostrophe.
        if (QuoteCharacters.IsQuoteMark(text[i]) && i + 1 < token.End)
        {
            i++;
        }

        return CharClasses.IsUpperAt(text, i);
    }
}
