using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// "Whitcomb rose again. 'Then put it in writing.'": an untagged quote after a sentence of its own paragraph that
/// is about a person is that person's, not the last speaker's.
/// </summary>
public sealed class ParagraphSubjectSieve : IAttributionSieve
{
    public string Name => "paragraph-subject";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var document = context.Document;
        var quote = document.Quotes[quoteIndex];
        if (quoteIndex > 0 && document.Quotes[quoteIndex - 1].Paragraph == quote.Paragraph)
        {
            return null; // a quote before it in the paragraph carries its own speaker on
        }

        var (open, _) = context.QuoteTokens(quote);
        var sentenceIndex = context.SentenceOfToken(open);
        var paragraph = document.Paragraphs[quote.Paragraph];
        if (sentenceIndex <= paragraph.FirstSentence || document.Sentences[sentenceIndex].FirstToken != open)
        {
            return null;
        }

        var before = document.Sentences[sentenceIndex - 1];
        return SentenceSubjectSieve.FirstSubject(context, before, before.EndToken) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName or MentionKind.Pronoun } subject
            ? new QuoteAttribution(quoteIndex, subject, null, 0.5f, Name)
            : null;
    }
}
