namespace QuoteMiner.Tokenization;

/// <summary>
/// Which characters are quotation marks and which of them can also be an apostrophe.
/// News text mixes ASCII quotes (" '), typographic ones (“ ” ‘ ’), guillemets (« » ‹ ›), low-9 marks („ ‚)
/// and the typewriter digraphs `` and '' that stand for a double quote.
/// </summary>
public static class QuoteCharacters
{
    public static bool IsQuoteMark(char c) => c switch
    {
        '"' or '\'' or '`' => true,
        '\u201C' or '\u201D' or '\u2018' or '\u2019' => true, // “ ” ‘ ’
        '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => true, // « » ‹ ›
        '\u201E' or '\u201A' or '\u201F' or '\u201B' => true, // „ ‚ ‟ ‛
        '\uFF02' or '\u301D' or '\u301E' => true,             // fullwidth " and 〝 〞
        _ => false,
    };

    /// <summary>
    /// A mark that can also be an apostrophe (don't, Mexico’s, O'Brien). Between two letters it is always an
    /// apostrophe; elsewhere it is a quotation mark unless it starts a known elision ('90s, rock 'n' roll).
    /// </summary>
    public static bool IsApostropheLike(char c) => c is '\'' or '\u2019';

    /// <summary>A mark that in English text only ever opens a quotation (“ ‘ „ ‚ « ‹ ‟ ‛ and the `` digraph).</summary>
    public static bool IsOpeningOnly(char c) => c is '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201F' or '\u201B' or '`' or '\u301D';

    /// <summary>A mark that in English text only ever closes a quotation (” ’ » ›).</summary>
    public static bool IsClosingOnly(char c) => c is '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u301E';

    /// <summary>The two-character typewriter forms of a double quote: <c>``</c> (opening) and <c>''</c>.</summary>
    public static bool IsDoubleQuoteDigraph(char first, char second) =>
        (first == '`' && second == '`') || (first == '\'' && second == '\'');
}
