using System.Runtime.CompilerServices;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Tokenization;

/// <summary>
/// Recognises the web tokens of news text — addresses (https://…, www.…, bbc.co.uk), e-mail addresses,
/// @handles and #hashtags — each as one token. Sentence punctuation after an address ("see example.com.")
/// is not part of it.
/// </summary>
internal sealed class WebTokenScanner
{
    private static readonly Lazy<WebTokenScanner> Shared = new(() => new WebTokenScanner(WordLexicon.FromEmbedded("top-level-domains.txt", ignoreCase: false)));

    private readonly WordLexicon topLevelDomains;

    public WebTokenScanner(WordLexicon topLevelDomains) => this.topLevelDomains = topLevelDomains;

    public static WebTokenScanner Default => Shared.Value;

    /// <summary>
    /// Tries the address and e-mail forms at a token that starts with a letter or digit. Returns the token end,
    /// or -1 when the text there is no web token (the common case, decided after one short scan).
    /// </summary>
    /// <remarks>
    /// On failure <paramref name="noAddressUntil"/> is the end of the run of address chars that was examined:
    /// no address starts inside it either, so the caller skips the check there. This keeps long runs such as
    /// "ab.ab.ab.…" linear instead of rescanning the run from every token start.
    /// </remarks>
    public int TryScanAddress(string text, int start, out TokenKind kind, out int noAddressUntil)
    {
        kind = TokenKind.Url;
        noAddressUntil = start;
        var runEnd = start;
        var hasDot = false;
        while (runEnd < text.Length && IsHostOrLocalChar(text[runEnd]))
        {
            hasDot |= text[runEnd] == '.';
            runEnd++;
        }

        noAddressUntil = runEnd;
        if (runEnd < text.Length && text[runEnd] == '@')
        {
            kind = TokenKind.Email;
            return TryScanEmail(text, start, runEnd);
        }

        if (runEnd + 2 < text.Length && text[runEnd] == ':' && text[runEnd + 1] == '/' && text[runEnd + 2] == '/' && IsScheme(text.AsSpan(start, runEnd - start)))
        {
            return TrimAddressEnd(text, start, ScanToWhitespace(text, runEnd + 3));
        }

        if (!hasDot)
        {
            return -1;
        }

        if (runEnd - start > 4 && text.AsSpan(start, 4).Equals("www.", StringComparison.OrdinalIgnoreCase))
        {
            return TrimAddressEnd(text, start, ScanToWhitespace(text, runEnd));
        }

        var hostEnd = HostEnd(text, start, runEnd, requireKnownDomain: true);
        if (hostEnd < 0)
        {
            return -1;
        }

        // A bare domain takes a path only when one follows directly (bbc.co.uk/news).
        var end = hostEnd < text.Length && text[hostEnd] == '/' ? ScanToWhitespace(text, hostEnd) : hostEnd;
        return TrimAddressEnd(text, start, end);
    }

    /// <summary>@handle: the token end, or -1 if no name follows the @.</summary>
    public static int TryScanHandle(string text, int start) => ScanTag(text, start, requireLetter: false);

    /// <summary>#hashtag: the token end, or -1. A tag needs a letter, so "#1" stays a symbol and a number.</summary>
    public static int TryScanHashtag(string text, int start) => ScanTag(text, start, requireLetter: true);

    private static int ScanTag(string text, int start, bool requireLetter)
    {
        var end = start + 1;
        var hasLetter = false;
        while (end < text.Length && (CharClasses.IsWordContinuationAt(text, end) || text[end] == '_'))
        {
            hasLetter |= CharClasses.IsLetterAt(text, end);
            end += CharClasses.WidthAt(text, end);
        }

        return end > start + 1 && (hasLetter || !requireLetter) ? end : -1;
    }

    private int TryScanEmail(string text, int start, int at)
    {
        if (at == start)
        {
            return -1;
        }

        var end = at + 1;
        while (end < text.Length && IsHostChar(text[end]))
        {
            end++;
        }

        return HostEnd(text, at + 1, end, requireKnownDomain: false);
    }

    /// <summary>
    /// The end of the host name inside [start, runEnd): labels of letters, digits and hyphens separated by dots,
    /// at least two labels, the last one alphabetic (a known top-level domain when <paramref name="requireKnownDomain"/>).
    /// -1 when there is no such host.
    /// </summary>
    private int HostEnd(string text, int start, int runEnd, bool requireKnownDomain)
    {
        // Trailing dots belong to the sentence, not the host.
        var end = runEnd;
        while (end > start && text[end - 1] is '.' or '-')
        {
            end--;
        }

        if (end - start < 4)
        {
            return -1;
        }

        var lastDot = text.LastIndexOf('.', end - 1, end - start);
        if (lastDot <= start || text[lastDot - 1] == '.')
        {
            return -1;
        }

        for (var i = start; i < end; i++)
        {
            if (!IsHostChar(text[i]) || (text[i] == '.' && text[i - 1] == '.'))
            {
                return -1;
            }
        }

        var tld = text.AsSpan(lastDot + 1, end - lastDot - 1);
        if (tld.Length < 2)
        {
            return -1;
        }

        foreach (var c in tld)
        {
            if (!CharClasses.IsAsciiLetter(c))
            {
                return -1;
            }
        }

        return !requireKnownDomain || topLevelDomains.Contains(tld) ? end : -1;
    }

    private static bool IsScheme(ReadOnlySpan<char> scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
        || scheme.Equals("ftp", StringComparison.OrdinalIgnoreCase);

    private static int ScanToWhitespace(string text, int start)
    {
        var end = start;
        while (end < text.Length && !CharClasses.IsSpace(text[end]) && !IsNeverInAddress(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Drops the sentence punctuation and closing quotes a writer puts after an address, and a closing bracket
    /// that has no opening one inside the address ("(see https://example.com/a)").
    /// </summary>
    private static int TrimAddressEnd(string text, int start, int end)
    {
        var unbalancedParentheses = Count(text, start, end, ')') - Count(text, start, end, '(');
        var unbalancedBrackets = Count(text, start, end, ']') - Count(text, start, end, '[');
        while (end > start)
        {
            var last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or '*')
            {
                end--;
            }
            else if (last == ')' && unbalancedParentheses > 0)
            {
                unbalancedParentheses--;
                end--;
            }
            else if (last == ']' && unbalancedBrackets > 0)
            {
                unbalancedBrackets--;
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int Count(string text, int start, int end, char c) => text.AsSpan(start, end - start).Count(c);

    private static bool IsNeverInAddress(char c) => c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u00AB' or '\u00BB';

    private const byte HostChar = 1;
    private const byte LocalChar = 2;

    // One table lookup per char: the address check runs over every word of the text.
    private static readonly byte[] AddressCharClasses = BuildAddressCharClasses();

    private static byte[] BuildAddressCharClasses()
    {
        var classes = new byte[128];
        foreach (var c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
        {
            classes[c] = HostChar | LocalChar;
        }

        foreach (var c in "_%+")
        {
            classes[c] = LocalChar;
        }

        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHostChar(char c) => c < 128 && (AddressCharClasses[c] & HostChar) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHostOrLocalChar(char c) => c < 128 && (AddressCharClasses[c] & LocalChar) != 0;
}
