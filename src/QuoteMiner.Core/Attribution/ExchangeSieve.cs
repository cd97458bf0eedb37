using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// A question-and-answer exchange told in bare quote paragraphs ("'What are they?'" / "'I'd prefer to take that on
/// notice.'"): after a question the other party answers, and a question after an answer comes from the one who
/// asked before. Either way the quote goes to whoever spoke two turns back. So does a bare quote after a reply
/// ("'Call me when you've read it,' Voss said." / "'I've read it,' Haskins replied." / "'Then read it twice.'").
/// </summary>
public sealed class ExchangeSieve : IAttributionSieve
{
    public string Name => "exchange";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quotes = context.Document.Quotes;
        if (quoteIndex < 2 || !FillsParagraph(context.Document, quotes[quoteIndex]))
        {
            return null;
        }

        if (AfterReply(context, quoteIndex) is { } repliedTo)
        {
            return new QuoteAttribution(quoteIndex, repliedTo, null, 0.6f, Name);
        }

        var (previous, earlier) = (quotes[quoteIndex - 1], quotes[quoteIndex - 2]);
        if (previous.Paragraph != quotes[quoteIndex].Paragraph - 1 || earlier.Paragraph != previous.Paragraph - 1
            || context.Results[quoteIndex - 1] is not { Speaker: { } answerer } || context.Results[quoteIndex - 2] is not { Speaker: { } asker }
            || !IsPersonTurn(asker) || !IsPersonTurn(answerer) || !(IsNamedPerson(asker) || IsNamedPerson(answerer)) || SameName(context, asker, answerer))
        {
            return null;
        }

        var document = context.Document;
        var turnTaken = IsQuestion(document, previous) || (IsQuestion(document, quotes[quoteIndex]) && IsQuestion(document, earlier));
        return turnTaken ? new QuoteAttribution(quoteIndex, asker, null, 0.6f, Name) : null;
    }

    // The speaker of the paragraph before a reply, when the reply's paragraph comes right before this quote's.
    private static SpeakerMention? AfterReply(AttributionContext context, int quoteIndex)
    {
        var quotes = context.Document.Quotes;
        var paragraph = quotes[quoteIndex].Paragraph;
        var reply = Enumerable.Range(0, quoteIndex).LastOrDefault(q => quotes[q].Paragraph == paragraph - 1 && context.Results[q]?.Cue is not null, -1);
        if (reply < 0 || context.Results[reply] is not { Speaker: { } replier, Cue: { } cue } || !ReplyCues.IsReply(context.Document.TextOf(cue)) || !IsNamedPerson(replier))
        {
            return null;
        }

        var asked = Enumerable.Range(0, reply).LastOrDefault(q => quotes[q].Paragraph == paragraph - 2, -1);
        return asked >= 0 && context.Results[asked] is { Speaker: { } asker } && IsPersonTurn(asker) && !SameName(context, asker, replier) ? asker : null;
    }

    private static bool FillsParagraph(Document document, Quote quote)
    {
        var paragraph = document.Paragraphs[quote.Paragraph].Span;
        return quote.Outer.Start == paragraph.Start && document.Text.AsSpan(quote.Outer.End, paragraph.End - quote.Outer.End).Trim().IsEmpty;
    }

    private static bool IsQuestion(Document document, Quote quote) =>
        document.TextOf(quote.Content).TrimEnd().EndsWith('?');

    // The one who asked may be unnamed ("one woman asked the mayor … 'Are we going to have to leave?' she asked.").
    private static bool IsPersonTurn(SpeakerMention mention) =>
        mention.Type == EntityType.Person && (IsNamedPerson(mention) || mention.Kind is MentionKind.Pronoun or MentionKind.Description);

    private static bool IsNamedPerson(SpeakerMention mention) =>
        mention.Type == EntityType.Person && mention.Kind is MentionKind.Name or MentionKind.TitledName;

    private static bool SameName(AttributionContext context, SpeakerMention a, SpeakerMention b) =>
        context.Tokens.Word(a.EndToken - 1) == context.Tokens.Word(b.EndToken - 1);
}
