using QuoteMiner.Lexicons;

namespace QuoteMiner.Tokenization;

/// <summary>
/// Recognises a leading apostrophe that stands for dropped letters ('90s, 'em, 'tis, rock 'n' roll) so the
/// tokenizer does not mistake it for an opening single quote. The word forms come from Lexicons/elisions.txt;
/// two-digit years ('90s, '05) are a rule.
/// </summary>
internal sealed class ElisionLexicon
{
    private static readonly Lazy<ElisionLexicon> Shared = new(() => new ElisionLexicon(EmbeddedLexicon.ReadLines("elisions.txt")));

    private readonly WordLexicon open;
    private readonly WordLexicon closed;

    public ElisionLexicon(IEnumerable<string> entries)
    {
        var openForms = new List<string>();
        var closedForms = new List<string>();
        foreach (var entry in entries)
        {
            var body = entry.TrimStart('\'', '\u2019');
            if (body.Length > 1 && body[^1] is '\'' or '\u2019')
            {
                closedForms.Add(body[..^1]);
            }
            else
            {
                openForms.Add(body);
            }
        }

        open = new WordLexicon(openForms, ignoreCase: true);
        closed = new WordLexicon(closedForms, ignoreCase: true);
    }

    public static ElisionLexicon Default => Shared.Value;

    /// <summary>
    /// The length of the elision that starts with the apostrophe at <paramref name="start"/>, or 0 if the mark
    /// is a quotation mark. Returns the token kind through <paramref name="kind"/>.
    /// </summary>
    public int Match(string text, int start, out Documents.TokenKind kind)
    {
        kind = Documents.TokenKind.Word;
        var i = start + 1;
        if (i + 1 < text.Length && CharClasses.IsAsciiDigit(text[i]) && CharClasses.IsAsciiDigit(text[i + 1]))
        {
            // '90s, '05: exactly two digits, an optional plural s, then the end of the word.
            var end = i + 2;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            kind = Documents.TokenKind.Number;
            return end == text.Length || !CharClasses.IsWordContinuationAt(text, end) ? end - start : 0;
        }

        var lettersEnd = i;
        while (lettersEnd < text.Length && CharClasses.IsAsciiLetter(text[lettersEnd]))
        {
            lettersEnd++;
        }

        if (lettersEnd == i)
        {
            return 0;
        }

        var letters = text.AsSpan(i, lettersEnd - i);
        if (lettersEnd < text.Length && QuoteCharacters.IsApostropheLike(text[lettersEnd]) && closed.Contains(letters)
            && (lettersEnd + 1 == text.Length || !CharClasses.IsWordContinuationAt(text, lettersEnd + 1)))
        {
            return lettersEnd + 1 - start;
        }

        if (open.Contains(letters) && (lettersEnd == text.Length || !CharClasses.IsWordContinuationAt(text, lettersEnd)))
        {
            return lettersEnd - start;
        }

        return 0;
    }
}
