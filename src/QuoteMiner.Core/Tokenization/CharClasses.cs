using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace QuoteMiner.Tokenization;

/// <summary>
/// Character tests the tokenizer needs, with a fast path for ASCII and correct handling of surrogate pairs
/// (a letter or emoji outside the BMP is one code point made of two chars and must never be split).
/// The tests run at every char of the text, so each inlines its ASCII case and calls out only for the rest.
/// </summary>
internal static class CharClasses
{
    /// <summary>
    /// Separators that never become tokens: Unicode white space plus the invisible separators that web-scraped
    /// news carries between words (zero-width space, byte-order mark, word joiner).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') : c >= '\u0085' && IsNonAsciiSpace(c);

    private static bool IsNonAsciiSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';

    public static bool IsNewline(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';

    /// <summary>The chars of <see cref="IsNewline"/>, for vectorised searches.</summary>
    public static readonly SearchValues<char> Newlines = SearchValues.Create("\n\r\u2028\u2029\u0085");

    /// <summary>A hyphen, en dash or em dash (datelines, signatures, asides).</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—';

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    /// <summary>Width in chars (1 or 2) of the code point at <paramref name="index"/>; 1 for a lone surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WidthAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterAt(string text, int index)
    {
        var c = text[index];
        return c < 0x80 ? IsAsciiLetter(c) : IsNonAsciiLetterAt(text, index);
    }

    private static bool IsNonAsciiLetterAt(string text, int index)
    {
        var c = text[index];
        return char.IsSurrogate(c) ? TryRuneAt(text, index, out var rune) && Rune.IsLetter(rune) : char.IsLetter(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigitAt(string text, int index)
    {
        var c = text[index];
        return c < 0x80 ? IsAsciiDigit(c) : IsNonAsciiDigitAt(text, index);
    }

    private static bool IsNonAsciiDigitAt(string text, int index)
    {
        var c = text[index];
        return char.IsSurrogate(c) ? TryRuneAt(text, index, out var rune) && Rune.IsNumber(rune) : char.IsNumber(c);
    }

    public static bool IsLetterOrDigitAt(string text, int index) => IsLetterAt(text, index) || IsDigitAt(text, index);

    public static bool IsUpperAt(string text, int index)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return (uint)(c - 'A') <= 'Z' - 'A';
        }

        if (char.IsSurrogate(c))
        {
            return TryRuneAt(text, index, out var rune) && (Rune.IsUpper(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.TitlecaseLetter);
        }

        return char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;
    }

    /// <summary>
    /// A char that continues a word once it has started: letters, digits, combining marks (accents written as
    /// a separate code point, variation selectors) and the joiners/soft hyphen found inside words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordContinuationAt(string text, int index)
    {
        var c = text[index];
        return c < 0x80 ? IsAsciiLetter(c) || IsAsciiDigit(c) : IsNonAsciiWordContinuationAt(text, index);
    }

    private static bool IsNonAsciiWordContinuationAt(string text, int index)
    {
        var c = text[index];
        if (c == '\u200D' || c == '\u00AD' || c == '\u200C')
        {
            return true;
        }

        if (char.IsSurrogate(c))
        {
            return TryRuneAt(text, index, out var rune) && (Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune) || IsMark(Rune.GetUnicodeCategory(rune)));
        }

        return char.IsLetterOrDigit(c) || char.IsNumber(c) || IsMark(char.GetUnicodeCategory(c));
    }

    public static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public static UnicodeCategory CategoryAt(string text, int index) =>
        char.IsSurrogate(text[index]) && TryRuneAt(text, index, out var rune)
            ? Rune.GetUnicodeCategory(rune)
            : char.GetUnicodeCategory(text[index]);

    private static bool TryRuneAt(string text, int index, out Rune rune) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out rune, out _) == OperationStatus.Done;
}
