using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// The speaker named only in an earlier sentence: the subject of the last speech cue before the quote,
/// in its paragraph or the paragraph before ("Okafor spoke after the vote. 'We won,' …").
/// </summary>
public sealed class RecentSpeakerSieve : IAttributionSieve
{
    public string Name => "recent-speaker";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quote = context.Document.Quotes[quoteIndex];
        var (open, _) = context.QuoteTokens(quote);
        var document = context.Document;
        var firstParagraph = Math.Max(0, quote.Paragraph - 1);
        var limit = document.Sentences[document.Paragraphs[firstParagraph].FirstSentence].FirstToken;
        for (var i = open - 1; i >= limit; i--)
        {
            if (context.Cues[i] is not { } cue || context.IsQuoted(i))
            {
                continue;
            }

            var sentence = document.Sentences[context.SentenceOfToken(i)];
            var speaker = SubjectFinder.Before(context, cue.Start, sentence.FirstToken) ?? SubjectFinder.After(context, cue, sentence.EndToken);
            if (speaker is not null)
            {
                return new QuoteAttribution(quoteIndex, speaker, null, 0.5f, Name);
            }
        }

        return null;
    }
}
