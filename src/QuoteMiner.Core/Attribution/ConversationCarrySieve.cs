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
        if (opensParagraph && quote.Paragraph > 0 && LeadIn(context, context.Document.Paragraphs[quote.Paragraph - 1]) is { } leadIn)
        {
            return new QuoteAttribution(quoteIndex, leadIn, null, 0.6f, Name);
        }

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

    /// <summary>
    /// "Asked whether she had thought about the prize money, she laughed." then a quote paragraph: the person
    /// whose speech verb ends the previous paragraph, outside any quote, introduces the quote.
    /// </summary>
    private static SpeakerMention? LeadIn(AttributionContext context, Paragraph previous)
    {
        var sentence = context.Document.Sentences[previous.EndSentence - 1];
        if (ReadingFrom(context, sentence) is { } reader)
        {
            return reader;
        }
        for (var t = sentence.EndToken - 1; t >= sentence.FirstToken; t--)
        {
            if (context.IsQuoted(t) || context.Tokens.IsQuoteMark(t))
            {
                return null;
            }

            if (context.Cues[t] is { } cue && cue.Start == t)
            {
                return SubjectFinder.Before(context, cue.Start, sentence.FirstToken) is { Type: EntityType.Person } subject ? subject : null;
            }

            // "Senator John Cornyn, Republican from Texas, issued a statement regarding …" then the statement.
            if (DocumentSources.IsIssuedDocument(context.Tokens, t))
            {
                return SubjectFinder.Before(context, t - 2, sentence.FirstToken) is { Type: EntityType.Person or EntityType.Organization } issuer ? issuer : null;
            }
        }

        return null;
    }

    // "Reading from a handwritten statement, Carmen Reyes, the victim's mother, turned to face Mabry." then her
    // statement: a one-sentence paragraph about reading out words leads into them.
    private static SpeakerMention? ReadingFrom(AttributionContext context, Sentence sentence)
    {
        var tokens = context.Tokens;
        if (!tokens.Is(sentence.FirstToken, "Reading") && !(tokens.Is(sentence.FirstToken, "Speaking") && tokens.Is(sentence.FirstToken + 1, "from")))
        {
            return null;
        }

        return SentenceSubjectSieve.FirstSubject(context, sentence, sentence.EndToken) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } reader ? reader : null;
    }
}
