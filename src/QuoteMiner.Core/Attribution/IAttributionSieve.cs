using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// One attribution rule. Sieves run from the most precise to the most general; the first that answers
/// for a quote wins (the multi-pass sieve design of rule-based coreference systems).
/// </summary>
public interface IAttributionSieve
{
    string Name { get; }

    QuoteAttribution? Attribute(AttributionContext context, int quoteIndex);
}
