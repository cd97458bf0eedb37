using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>Transcript style: a paragraph that opens with a name and a colon ("Mr Osborne: '…'").</summary>
public sealed class DialogueSieve : IAttributionSieve
{
    public string Name => "dialogue";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var (open, _) = context.QuoteTokens(context.Document.Quotes[quoteIndex]);
        if (open < 2 || !context.Tokens.IsPunctuation(open - 1, ':') || context.MentionEndingAt(open - 1) is not { } speaker)
        {
            return null;
        }

        var sentence = context.Document.Sentences[context.SentenceOfToken(open)];
        return speaker.FirstToken <= sentence.FirstToken + 1
            ? new QuoteAttribution(quoteIndex, speaker, null, 0.85f, Name)
            : null;
    }
}
