using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Attribution;

/// <summary>
/// Attributes each quote to the mention that names its speaker by running the sieves in order,
/// most precise first. A quote no sieve answers gets no speaker (null), never a guess.
/// </summary>
public sealed class QuoteAttributor(NewsLexicons lexicons) : IPipelineStage
{
    private readonly CueFinder cueFinder = new(lexicons.CueVerbs, lexicons.Titles);
    private readonly IAttributionSieve[] sieves =
    [
        new SpeechTagAfterQuoteSieve(),
        new DialogueSieve(),
        new InterviewAnswerSieve(),
        new CueBeforeQuoteSieve(),
        new ContinuedQuoteSieve(),
        new SentenceSubjectSieve(),
        new ExchangeSieve(),
        new ConversationCarrySieve(),
        new ParagraphSubjectSieve(),
        new RecentSpeakerSieve(),
    ];

    public string Name => "attribution";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes | Layer.Mentions;

    public Layer Produces => Layer.Attributions;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetAttributions(Attribute(document).Answers);

    /// <summary>The attributions and the speaker mentions found on the way (the coreference stage reuses them).</summary>
    public (QuoteAttribution[] Answers, AttributionContext Context) Attribute(Document document)
    {
        var tokens = new TokenText(document);
        var quoted = AttributionContext.MarkQuoted(document);
        var context = new AttributionContext(tokens, quoted, cueFinder.Find(tokens), [.. document.Mentions]);
        var answers = new QuoteAttribution[document.Quotes.Count];
        for (var q = 0; q < answers.Length; q++)
        {
            QuoteAttribution? answer = null;
            foreach (var sieve in sieves)
            {
                answer = sieve.Attribute(context, q);
                if (answer is not null)
                {
                    break;
                }
            }

            context.Results[q] = answer;
            answers[q] = answer ?? new QuoteAttribution(q, null, null, 0f, "none");
        }

        TagFromLaterParagraph(document, answers, context);
        HeadingEcho.Apply(document, answers, context);
        return (answers, context);
    }

    /// <summary>
    /// "'We did not want to be here. …¶'Nobody listened, so here we are,' she said.": a quote run over paragraphs may
    /// carry its tag only at the end; its earlier paragraphs take that speaker (last to first, so chains pass it back).
    /// </summary>
    private static void TagFromLaterParagraph(Document document, QuoteAttribution[] answers, AttributionContext context)
    {
        var quotes = document.Quotes;
        for (var q = answers.Length - 1; q >= 0; q--)
        {
            var previous = quotes[q].ContinuesQuote;
            if (previous >= 0 && answers[previous].Speaker is null && answers[q].Speaker is not null)
            {
                answers[previous] = answers[q] with { QuoteIndex = previous, Cue = null, Confidence = 0.8f, Rule = "continued" };
                context.Results[previous] = answers[previous];
            }
        }
    }
}
