using System.Globalization;
using QuoteMiner.Documents;

namespace QuoteMiner.Tokenization;

/// <summary>The scanning state of one <see cref="Tokenizer.Tokenize"/> call: the text, a position and the output.</summary>
internal sealed class TokenScanner(string text, AbbreviationLexicon abbreviations, ElisionLexicon elisions, WebTokenScanner web)
{
    // Buffers above this many tokens are not kept for reuse, so one huge text does not pin memory.
    private const int MaxReusedBufferLength = 1 << 16;

    // A scratch buffer reused by every scan on the thread: only the exact-size result array is allocated.
    [ThreadStatic]
    private static Token[]? reusedBuffer;

    private Token[] tokens = [];
    private int count;

    // End of the last run of address chars known to hold no web address (see WebTokenScanner.TryScanAddress).
    private int noAddressUntil;

    public Token[] ScanAll()
    {
        // News prose averages a little under six chars per token including the space.
        tokens = TakeBuffer(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (CharClasses.IsSpace(text[i]))
            {
                i++;
                continue;
            }

            i = ScanToken(i);
        }

        var result = tokens.AsSpan(0, count).ToArray();
        if (tokens.Length <= MaxReusedBufferLength)
        {
            reusedBuffer = tokens;
        }

        return result;
    }

    private static Token[] TakeBuffer(int expectedTokens)
    {
        var buffer = reusedBuffer;
        reusedBuffer = null; // a nested scan on this thread (none today) would take a fresh buffer
        return buffer is not null && buffer.Length >= expectedTokens ? buffer : new Token[expectedTokens];
    }

    /// <summary>Adds the token(s) starting at <paramref name="start"/> and returns where scanning continues.</summary>
    private int ScanToken(int start)
    {
        var c = text[start];
        if (CharClasses.IsLetterOrDigitAt(text, start))
        {
            if (start >= noAddressUntil)
            {
                var addressEnd = web.TryScanAddress(text, start, out var addressKind, out noAddressUntil);
                if (addressEnd > start)
                {
                    return Add(start, addressEnd, addressKind);
                }
            }

            return CharClasses.IsLetterAt(text, start) ? ScanWord(start) : ScanNumber(start);
        }

        if (QuoteCharacters.IsQuoteMark(c))
        {
            return ScanQuoteMark(start);
        }

        switch (c)
        {
            case '@':
                {
                    var end = WebTokenScanner.TryScanHandle(text, start);
                    return end > 0 ? Add(start, end, TokenKind.Handle) : Add(start, start + 1, TokenKind.Symbol);
                }

            case '#':
                {
                    var end = WebTokenScanner.TryScanHashtag(text, start);
                    return end > 0 ? Add(start, end, TokenKind.Hashtag) : Add(start, start + 1, TokenKind.Symbol);
                }

            // A run of dots is one ellipsis ("..." or "...." with a full stop); a run of hyphens is a dash ("--").
            case '.':
            case '-':
            case '\u2026': // …
            case '\u2013': // – en dash
            case '\u2014': // — em dash
            case '\u2015': // ― horizontal bar
                return Add(start, RunOf(start, c), TokenKind.Punctuation);

            case '%':
            case '\u2030': // ‰
            case '&':
                return Add(start, start + 1, TokenKind.Symbol);
        }

        var category = CharClasses.CategoryAt(text, start);
        if (char.IsPunctuation(c) && !char.IsSurrogate(c))
        {
            return Add(start, start + 1, TokenKind.Punctuation);
        }

        return Add(start, SymbolClusterEnd(start, category), TokenKind.Symbol);
    }

    private int ScanWord(int start)
    {
        var dottedEnd = LetterDotSequenceEnd(start);
        if (dottedEnd > 0)
        {
            return Add(start, dottedEnd, TokenKind.Word);
        }

        // "Chuck Schumer, D-N.Y., told": a party letter and a dotted state make one label.
        if (start + 2 < text.Length && CharClasses.IsUpperAt(text, start) && text[start + 1] == '-' && LetterDotSequenceEnd(start + 2) is > 0 and var stateEnd)
        {
            return Add(start, stateEnd, TokenKind.Word);
        }

        var end = WordBodyEnd(start);
        if (end < text.Length && text[end] == '.' && KeepsDot(start, end))
        {
            return Add(start, end + 1, TokenKind.Word);
        }

        return AddWithClitics(start, end, TokenKind.Word);
    }

    private int ScanNumber(int start)
    {
        var end = WordBodyEnd(start);
        if (end < text.Length && text[end] == '.' && abbreviations.Lookup(text.AsSpan(start, end + 1 - start)) != AbbreviationKind.None)
        {
            return Add(start, end + 1, TokenKind.Word);
        }

        return AddWithClitics(start, end, NumberKind(start, end));
    }

    /// <summary>
    /// A token that starts with a digit is a Number ("1,029", "3.5", "1.5bn", "12.20pm", "2019-20", "21st")
    /// unless a hyphen joins it to words ("10-year-old", "3-D"), which makes it an adjective-like Word.
    /// </summary>
    private TokenKind NumberKind(int start, int end)
    {
        var hyphen = false;
        var letter = false;
        for (var i = start; i < end; i++)
        {
            hyphen |= text[i] is '-' or '\u2010' or '\u2011';
            letter |= CharClasses.IsAsciiLetter(text[i]) || (text[i] >= 0x80 && char.IsLetter(text[i]));
        }

        return hyphen && letter ? TokenKind.Word : TokenKind.Number;
    }

    /// <summary>
    /// The end of a word or number body: letters, digits and marks, joined by the in-word connectors of news
    /// text — hyphens between word chars (well-known, over-the-top, 2019-20), an apostrophe between a word char
    /// and a letter (don't, O'Brien, 1990's), separators between digits (1,029 · 3.5 · 12:30 · 24/7) and &amp;
    /// between capitals (AT&amp;T, S&amp;P). En and em dashes are never connectors: "U.S.–Mexico" is three tokens.
    /// </summary>
    private int WordBodyEnd(int start)
    {
        var i = start + CharClasses.WidthAt(text, start);
        while (i < text.Length)
        {
            // ASCII letters and digits, the bulk of news text, need no code-point decoding.
            if (CharClasses.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            if (CharClasses.IsWordContinuationAt(text, i))
            {
                i += CharClasses.WidthAt(text, i);
                continue;
            }

            if (i + 1 >= text.Length)
            {
                break;
            }

            var c = text[i];
            var joins = c switch
            {
                '-' or '\u2010' or '\u2011' => CharClasses.IsLetterOrDigitAt(text, i - 1) && CharClasses.IsLetterOrDigitAt(text, i + 1),
                '\'' or '\u2019' => CharClasses.IsLetterOrDigitAt(text, i - 1) && CharClasses.IsLetterAt(text, i + 1),
                ',' or '.' or ':' or '/' => CharClasses.IsAsciiDigit(text[i - 1]) && CharClasses.IsAsciiDigit(text[i + 1]),
                '&' => CharClasses.IsUpperAt(text, i - 1) && CharClasses.IsUpperAt(text, i + 1),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether the dot after the word [start, end) belongs to it: a listed abbreviation (Dr., Inc., etc.),
    /// a number abbreviation before a number (No. 10), or an initial — one capital letter followed by another
    /// capitalised word (J. R. R. Tolkien, George W. Bush). "Plan B." at the end of a sentence keeps its dot apart.
    /// </summary>
    private bool KeepsDot(int start, int end)
    {
        switch (abbreviations.Lookup(text.AsSpan(start, end + 1 - start)))
        {
            case AbbreviationKind.Title:
            case AbbreviationKind.Ordinary:
            case AbbreviationKind.SentenceFinal:
                return true;
            case AbbreviationKind.BeforeNumber:
                var next = NextNonSpace(end + 1);
                return next < text.Length && CharClasses.IsAsciiDigit(text[next]);
        }

        // US party-and-state labels after a politician's name: "Sen. Marco Ruiz, R-Fla., said".
        var hyphen = text.AsSpan(start, end - start).LastIndexOf('-');
        if (hyphen > 0 && abbreviations.Lookup(text.AsSpan(start + hyphen + 1, end - start - hyphen)) == AbbreviationKind.Ordinary)
        {
            return true;
        }

        if (end - start == 1 && CharClasses.IsUpperAt(text, start))
        {
            var next = NextNonSpace(end + 1);
            return next > end + 1 && next < text.Length && CharClasses.IsUpperAt(text, next);
        }

        return false;
    }

    /// <summary>
    /// The end of a letter-dot abbreviation (U.S., a.m., e.g., Ph.D., U.S.A.) starting at <paramref name="start"/>,
    /// or -1. Groups are at most two letters so "end.Then" (a missing space) is not taken for one.
    /// </summary>
    private int LetterDotSequenceEnd(int start)
    {
        var i = start;
        var groups = 0;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && i - groupStart < AbbreviationLexicon.LetterDotGroupMaxLength && CharClasses.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i == groupStart || i >= text.Length || text[i] != '.')
            {
                break;
            }

            i++;
            groups++;
            if (i >= text.Length || !CharClasses.IsAsciiLetter(text[i]))
            {
                break;
            }
        }

        if (groups < 2)
        {
            return -1;
        }

        // Back up to the last complete group: "U.S.A" without its final dot leaves "U.S." whole.
        var end = i;
        while (text[end - 1] != '.')
        {
            end--;
        }

        return end < text.Length && CharClasses.IsWordContinuationAt(text, end) ? -1 : end;
    }

    /// <summary>
    /// A quotation mark, or a leading apostrophe that is part of an elision ('90s, 'em, rock 'n' roll).
    /// <c>''</c> and <c>``</c> are one mark of two chars (typewriter double quotes).
    /// </summary>
    private int ScanQuoteMark(int start)
    {
        var c = text[start];
        if (start + 1 < text.Length && QuoteCharacters.IsDoubleQuoteDigraph(c, text[start + 1]))
        {
            return Add(start, start + 2, TokenKind.QuoteMark);
        }

        if (QuoteCharacters.IsApostropheLike(c) && FollowsAbbreviation(start) && IsPossessiveS(start + 1))
        {
            return Add(start, start + 2, TokenKind.Clitic);
        }

        if (c is '\'' or '\u2019' or '\u2018')
        {
            // Typographic autocorrect often turns the apostrophe of '90s into ‘, so ‘ is accepted here too.
            var length = elisions.Match(text, start, out var kind);
            if (length > 0)
            {
                return Add(start, start + length, kind);
            }
        }

        // A trailing ' after a word ("the students' union") is emitted as a QuoteMark: whether it is a plural
        // possessive or a closing single quote depends on the quotes around it, which the quote stage decides.
        return Add(start, start + 1, TokenKind.QuoteMark);
    }

    /// <summary>An abbreviation token ends right here, as in "U.S.'s" or "Acme Inc.’s".</summary>
    private bool FollowsAbbreviation(int start) =>
        count > 0 && tokens[count - 1].End == start && tokens[count - 1].Kind == TokenKind.Word && text[start - 1] == '.';

    /// <summary>An "s" that ends the word: the possessive after an abbreviation.</summary>
    private bool IsPossessiveS(int i) =>
        i < text.Length && (text[i] | 0x20) == 's' && (i + 1 == text.Length || !CharClasses.IsWordContinuationAt(text, i + 1));

    /// <summary>
    /// One symbol: a code point plus what renders with it as a single glyph — variation selectors, skin-tone
    /// modifiers, keycap marks, zero-width-joined emoji sequences (👩‍💻) and regional-indicator flag pairs (🇲🇽).
    /// </summary>
    private int SymbolClusterEnd(int start, UnicodeCategory category)
    {
        var end = start + CharClasses.WidthAt(text, start);
        var regionalIndicator = IsRegionalIndicator(start);
        if (regionalIndicator && end < text.Length && IsRegionalIndicator(end))
        {
            return end + 2;
        }

        if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol))
        {
            return end;
        }

        while (end < text.Length)
        {
            var c = text[end];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                end++;
            }
            else if (c == '\u200D' && end + 1 < text.Length && !CharClasses.IsSpace(text[end + 1]))
            {
                end += 1 + CharClasses.WidthAt(text, end + 1);
            }
            else if (IsEmojiModifier(end) || IsTag(end))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private bool IsRegionalIndicator(int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] >= '\uDDE6' && text[i + 1] <= '\uDDFF';

    private bool IsEmojiModifier(int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] >= '\uDFFB' && text[i + 1] <= '\uDFFF';

    // Tag characters U+E0020–U+E007F (subdivision flags such as England's).
    private bool IsTag(int i) =>
        i + 1 < text.Length && text[i] == '\uDB40' && text[i + 1] >= '\uDC20' && text[i + 1] <= '\uDC7F';

    private int RunOf(int start, char c)
    {
        var end = start + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end;
    }

    private int NextNonSpace(int i)
    {
        while (i < text.Length && CharClasses.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Adds a word, splitting off its clitics: Mexico's → Mexico 's; shouldn't've → should n't 've.</summary>
    private int AddWithClitics(int start, int end, TokenKind hostKind)
    {
        var split = Clitics.LastCliticStart(text, start, end);
        if (split < 0)
        {
            return Add(start, end, hostKind);
        }

        // Clitics are found from the end; at most a few per word, so a small fixed stack suffices.
        Span<int> cuts = stackalloc int[MaxCliticsPerWord];
        var cutCount = 0;
        var hostEnd = end;
        while (split >= 0 && cutCount < MaxCliticsPerWord)
        {
            cuts[cutCount++] = split;
            hostEnd = split;
            split = Clitics.LastCliticStart(text, start, hostEnd);
        }

        Add(start, hostEnd, start == hostEnd ? TokenKind.Clitic : RecomputeHostKind(start, hostEnd, hostKind));
        for (var k = cutCount - 1; k >= 0; k--)
        {
            Add(cuts[k], k == 0 ? end : cuts[k - 1], TokenKind.Clitic);
        }

        return end;
    }

    private const int MaxCliticsPerWord = 4;

    private TokenKind RecomputeHostKind(int start, int end, TokenKind kind) =>
        kind == TokenKind.Word ? kind : NumberKind(start, end);

    private int Add(int start, int end, TokenKind kind)
    {
        if (count == tokens.Length)
        {
            Array.Resize(ref tokens, tokens.Length * 2);
        }

        tokens[count++] = new Token(start, end, kind);
        return end;
    }
}
