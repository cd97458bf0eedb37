using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// Interview transcripts ("Q: Gary, does the table add pressure?" / "A: 'No. Pressure is for people with something
/// to lose.'"): an answer marked "A:" or "A." is the interviewee's, the person who spoke last before the questions.
/// </summary>
public sealed class InterviewAnswerSieve : IAttributionSieve
{
    public string Name => "interview";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quote = context.Document.Quotes[quoteIndex];
        var (open, _) = context.QuoteTokens(quote);
        var tokens = context.Tokens;
        var paragraphStart = context.Document.Sentences[context.Document.Paragraphs[quote.Paragraph].FirstSentence].FirstToken;
        if (open != paragraphStart + 2 || !tokens.Is(paragraphStart, "A") || !(tokens.IsPunctuation(paragraphStart + 1, ':') || tokens.IsPunctuation(paragraphStart + 1, '.')))
        {
            return null;
        }

        for (var q = quoteIndex - 1; q >= 0 && quote.Paragraph - context.Document.Quotes[q].Paragraph <= 12; q--)
        {
            if (context.Results[q] is { Speaker: { Type: EntityType.Person } speaker })
            {
                return new QuoteAttribution(quoteIndex, speaker, null, 0.6f, Name);
            }
        }

        return null;
    }
}
