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
        var first = text[content.Start];
        var capitalised = char.IsUpper(first) || char.IsDigit(first);
        var words = CountWords(text, content);
        var introduced = IsIntroduced(text, openStart, paragraph.Start);
        if (capitalised && introduced && words >= 2)
        {
            return QuoteKind.Direct;
        }

        // A long clause ending in sentence punctuation after "that" is still a sentence of the speaker's.
        var last = text[content.End - 1];
        return words >= 8 && last is '.' or '!' or '?' && introduced ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private static bool IsIntroduced(string text, int openStart, int paragraphStart) =>
        QuoteMark.CharBefore(text, openStart, paragraphStart) is null or ':' or ',' or '.' or '!' or '?' or '—' or '–' or '"' or '\'' or '”' or '’' or '“';

    private static int CountWords(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
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
