using QuoteMiner.Documents;

namespace QuoteMiner.Quotes;

/// <summary>Double marks (" “ ” „ « » '' ``) pair only with double marks, single (' ‘ ’ ‚ ‹ ›) with single.</summary>
public enum QuoteFamily : byte
{
    Double,
    Single,
}

/// <summary>
/// A quotation-mark token with what its position allows: to open (space or start before, text after),
/// to close (text before, space or punctuation after), or both. Position wins over glyph because real
/// news mixes glyphs (a “ used to close, ” to open); the glyph only breaks ties.
/// </summary>
public readonly record struct QuoteMark(int TokenIndex, int Start, int End, QuoteFamily Family, bool CanOpen, bool CanClose, bool OpeningGlyph)
{
    public static QuoteMark FromToken(string text, Token token, int tokenIndex)
    {
        var first = text[token.Start];
        var family = token.Length == 2 || IsDoubleGlyph(first) ? QuoteFamily.Double : QuoteFamily.Single;
        var before = token.Start > 0 ? text[token.Start - 1] : '\n';
        var after = token.End < text.Length ? text[token.End] : '\n';
        var openingGlyph = first is '“' or '‘' or '„' or '‚' or '«' or '‹' or '`' or '‟' or '‛';
        var closingGlyph = first is '”' or '’' or '»' or '›';
        var spaceBefore = char.IsWhiteSpace(before) || IsOpeningContext(before);
        var spaceAfter = char.IsWhiteSpace(after) || IsClosingContext(after);
        var canOpen = spaceBefore && !char.IsWhiteSpace(after);
        var canClose = !char.IsWhiteSpace(before) && spaceAfter;
        if (canOpen && canClose)
        {
            // Between punctuation on both sides ("—'…" or "…'—"): the glyph decides.
            canOpen = !closingGlyph;
            canClose = !openingGlyph;
        }
        else if (!canOpen && !canClose)
        {
            // Glued on both sides (word"word) or spaced on both sides: fall back on the glyph.
            canOpen = openingGlyph || (!closingGlyph && char.IsWhiteSpace(before));
            canClose = closingGlyph || (!openingGlyph && char.IsWhiteSpace(after));
        }

        return new QuoteMark(tokenIndex, token.Start, token.End, family, canOpen, canClose, openingGlyph);
    }

    /// <summary>The last non-space character before an opening mark in its paragraph, or null when the mark opens the paragraph.</summary>
    public static char? CharBefore(string text, int openStart, int paragraphStart)
    {
        var i = openStart - 1;
        while (i >= paragraphStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= paragraphStart ? text[i] : null;
    }

    private static bool IsDoubleGlyph(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟' or '`';

    private static bool IsOpeningContext(char c) => c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' || IsQuoteGlyph(c);

    private static bool IsClosingContext(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '…' or '/' || IsQuoteGlyph(c);

    private static bool IsQuoteGlyph(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '„' or '‚' or '«' or '»' or '‹' or '›' or '`';
}
