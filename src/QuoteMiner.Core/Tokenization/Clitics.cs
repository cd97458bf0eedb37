namespace QuoteMiner.Tokenization;

/// <summary>
/// Finds the clitics that English writes glued to a word after an apostrophe: the possessive and "is/has" 's,
/// 're, 've, 'll, 'd, 'm and the negation n't. Splitting them off lets later stages see "Mexico" in "Mexico's"
/// and the verb "do" in "don't" (Penn Treebank convention: can't → ca + n't, won't → wo + n't).
/// Names with an apostrophe (O'Brien, D'Angelo) and forms like o'clock are not split: their tail is no clitic.
/// </summary>
internal static class Clitics
{
    /// <summary>
    /// The start of the last clitic inside the word [<paramref name="start"/>, <paramref name="end"/>), or -1 if
    /// the word does not end in one. The host must keep at least one char.
    /// </summary>
    public static int LastCliticStart(string text, int start, int end)
    {
        var apostrophe = end - 1;
        while (apostrophe > start && !QuoteCharacters.IsApostropheLike(text[apostrophe]))
        {
            apostrophe--;
        }

        if (apostrophe <= start)
        {
            return -1;
        }

        var tail = text.AsSpan(apostrophe + 1, end - apostrophe - 1);
        if (IsSuffix(tail))
        {
            return apostrophe;
        }

        // n't: the n belongs to the clitic, and the host keeps at least one letter ("don't" → do + n't).
        if (tail.Length == 1 && (tail[0] | 0x20) == 't' && apostrophe - 1 > start && (text[apostrophe - 1] | 0x20) == 'n')
        {
            return apostrophe - 1;
        }

        return -1;
    }

    private static bool IsSuffix(ReadOnlySpan<char> tail) => tail.Length switch
    {
        1 => (tail[0] | 0x20) is 's' or 'd' or 'm',
        2 => tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ll", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
