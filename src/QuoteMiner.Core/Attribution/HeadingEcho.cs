using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// "Holyrood told ferry delays 'unacceptable'" … "the situation was 'unacceptable', she said"; "4:45 p.m. — Company:
/// 'We are cooperating fully'" … "'We are cooperating fully with emergency responders …,' the company said": a
/// headline or a live-blog heading repeats words the story quotes below, and the one who said them there said them.
/// A heading that names its own speaker ("'…': Adaeze Nwosu on grief", "'…', says council leader") keeps that speaker;
/// a place or a body there ("Hong Kong … but taxi trade warns of 'slow death'") gives way to the person quoted below.
/// </summary>
public static class HeadingEcho
{
    private const int MaxHeadingWords = 20;

    // A heading is short: longer paragraphs are not read at all.
    private const int MaxHeadingChars = 240;

    public static void Apply(Document document, QuoteAttribution[] answers, AttributionContext context)
    {
        var quotes = document.Quotes;
        var heading = new bool?[document.Paragraphs.Count];
        bool IsHeadingParagraph(int p) => heading[p] ??= document.Paragraphs[p].Span.Length <= MaxHeadingChars && IsHeading(document, p);
        for (var q = 0; q < answers.Length; q++)
        {
            var paragraph = quotes[q].Paragraph;
            if (!IsHeadingParagraph(paragraph) || answers[q].Speaker is { Type: EntityType.Person } own
                && document.Paragraphs[paragraph].Span.Contains(own.Span.Start))
            {
                continue;
            }

            var text = Words(document, quotes[q]);
            if (text.Split(' ').Length < 2 && answers[q].Speaker is not null)
            {
                continue; // one word says too little to move a speaker already found
            }

            var echo = Enumerable.Range(q + 1, answers.Length - q - 1).FirstOrDefault(e => quotes[e].Paragraph > paragraph && answers[e].Speaker is not null
                && !IsHeadingParagraph(quotes[e].Paragraph) && Words(document, quotes[e]).Contains(text, StringComparison.Ordinal), -1);
            if (echo >= 0)
            {
                answers[q] = answers[echo] with { QuoteIndex = q, Cue = null, Confidence = 0.7f, Rule = "heading-echo" };
                context.Results[q] = answers[q];
            }
        }
    }

    // A headline or a heading: a short paragraph whose words outside quotes do not end a sentence, and are there.
    private static bool IsHeading(Document document, int paragraphIndex)
    {
        var paragraph = document.Paragraphs[paragraphIndex];
        var trimmed = document.TextOf(paragraph.Span).TrimEnd();
        if (trimmed.IsEmpty || trimmed[^1] is '.' or '!' or '?')
        {
            return false; // a sentence of the story, told at once without building its words
        }

        if (paragraph.EndSentence - paragraph.FirstSentence > 1 && paragraphIndex > 0)
        {
            return false;
        }

        var outside = new System.Text.StringBuilder();
        var at = paragraph.Span.Start;
        foreach (var quote in document.Quotes.Where(q => q.Paragraph == paragraphIndex))
        {
            outside.Append(document.Text, at, Math.Max(0, quote.Outer.Start - at)).Append(' ');
            at = Math.Max(at, quote.Outer.End);
        }

        outside.Append(document.Text, at, Math.Max(0, paragraph.Span.End - at));
        var words = outside.ToString().Trim();
        if (words.Length == 0)
        {
            // "‘Not on my watch’" alone: a subheading quotes a phrase without ending a sentence; a turn of talk ends one.
            return paragraphIndex > 0 && document.Quotes.Where(q => q.Paragraph == paragraphIndex).ToList() is [var only]
                && document.TextOf(only.Content).TrimEnd() is var content && content.Length > 0 && content[^1] is not ('.' or '!' or '?' or ',' or '…')
                && content.ToString().Split(' ').Length <= 8;
        }

        return words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords && words[^1] is not ('.' or '!' or '?');
    }

    // The quoted words, lower-cased, without the punctuation a sentence puts around them.
    private static string Words(Document document, Quote quote) =>
        document.TextOf(quote.Content).ToString().Trim().TrimEnd('.', ',', '!', '?', ';', ':').ToLowerInvariant();
}
