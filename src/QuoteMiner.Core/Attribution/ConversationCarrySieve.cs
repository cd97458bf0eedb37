using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// News runs a speaker's quotes on without repeating the tag: an untagged quote takes the speaker of the
/// previous quote in its paragraph, or — when its paragraph opens with it — of the quote just before it
/// in the previous two paragraphs.
/// </summary>
public sealed class ConversationCarrySieve : IAttributionSieve
{
    public string Name => "carry";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quotes = context.Document.Quotes;
        var quote = quotes[quoteIndex];
        var (open, _) = context.QuoteTokens(quote);
        var paragraph = context.Document.Paragraphs[quote.Paragraph];
        var opensParagraph = context.Document.Sentences[paragraph.FirstSentence].FirstToken == open;
        for (var q = quoteIndex - 1; q >= 0; q--)
        {
            var earlier = quotes[q];
            var sameParagraph = earlier.Paragraph == quote.Paragraph;
            if (!sameParagraph && (!opensParagraph || quote.Paragraph - earlier.Paragraph > 2))
            {
                return null;
            }

            if (context.Results[q] is { Speaker: not null } answer && !earlier.IsNested)
            {
                return answer with { QuoteIndex = quoteIndex, Cue = null, Confidence = 0.6f, Rule = Name };
            }
        }

        return null;
    }
}
