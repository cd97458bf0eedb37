using QuoteMiner.Documents;

namespace QuoteMiner.Quotes;

/// <summary>
/// Direct versus partial: a direct quote is someone's sentence (it starts with a capital and is
/// introduced by a paragraph start, a colon or a speech tag); a partial quote is a fragment the reporter
/// weaves into their own sentence ('concrete, verifiable outcomes').
/// </summary>
public static class QuoteKindClassifier
{
    public static QuoteKind Classify(string text, TextSpan content, int openStart, TextSpan paragraph)
    {
        if (!IsIntroduced(text, openStart, paragraph.Start))
        {
            return QuoteKind.Partial;
        }

        var first = text[content.Start];
        var capitalised = char.IsUpper(first) || char.IsDigit(first);
        var words = CountWords(text, content, LongClauseWords);
        if (capitalised && words >= 2)
        {
            return QuoteKind.Direct;
        }

        // A long clause ending in sentence punctuation after "that" is still a sentence of the speaker's.
        var last = text[content.End - 1];
        return words >= LongClauseWords && last is '.' or '!' or '?' ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private const int LongClauseWords = 8;

    private static bool IsIntroduced(string text, int openStart, int paragraphStart) =>
        QuoteMark.CharBefore(text, openStart, paragraphStart) is null or ':' or ',' or '.' or '!' or '?' or '—' or '–' or '"' or '\'' or '”' or '’' or '“';

    /// <summary>The words in <paramref name="span"/>, counted up to <paramref name="limit"/> (no rule looks further).</summary>
    private static int CountWords(string text, TextSpan span, int limit)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End && words < limit; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
