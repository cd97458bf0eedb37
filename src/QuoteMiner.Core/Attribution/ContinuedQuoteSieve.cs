using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>A quote that runs on from the previous paragraph keeps that paragraph's speaker.</summary>
public sealed class ContinuedQuoteSieve : IAttributionSieve
{
    public string Name => "continued";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var previous = context.Document.Quotes[quoteIndex].ContinuesQuote;
        return previous >= 0 && context.Results[previous] is { Speaker: not null } earlier
            ? earlier with { QuoteIndex = quoteIndex, Cue = null, Rule = Name }
            : null;
    }
}
