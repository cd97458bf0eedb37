using QuoteMiner.Documents;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Quotes;

/// <summary>
/// Finds every quotation in a document: pairs the quotation marks of each paragraph, links quotes that
/// run on into the next paragraph, and tells direct quotes from partial ones and from titles.
/// </summary>
public sealed class QuoteDetector(IndirectSpeechFinder? indirectSpeech = null) : IPipelineStage
{
    private readonly NonSpeechQuoteFilter filter = new();

    public string Name => "quotes";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Quotes;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetQuotes(Detect(document));

    public Quote[] Detect(Document document)
    {
        var text = document.Text;
        var tokens = document.TokenArray;
        var sentences = document.Sentences;
        var quotes = new List<Quote>();
        var marks = new List<QuoteMark>(); // reused paragraph after paragraph
        var openEndedPrevious = -1; // index of the previous paragraph's quote left open at its end
        var openEndedFamily = QuoteFamily.Double; // and the kind of mark that opened it
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.FirstSentence == paragraph.EndSentence)
            {
                continue;
            }

            var firstToken = sentences[paragraph.FirstSentence].FirstToken;
            var endToken = sentences[paragraph.EndSentence - 1].EndToken;
            marks.Clear();
            for (var t = firstToken; t < endToken; t++)
            {
                if (tokens[t].Kind == TokenKind.QuoteMark)
                {
                    marks.Add(QuoteMark.FromToken(text, tokens[t], t));
                }
            }

            if (marks.Count == 0)
            {
                openEndedPrevious = -1; // a paragraph without marks continues no quote
                continue;
            }

            if (openEndedPrevious >= 0 && WrappedContinuation(document, paragraph, marks, quotes[openEndedPrevious], openEndedPrevious, openEndedFamily) is { } wrapped)
            {
                quotes.Add(wrapped);
                marks.RemoveAt(0);
            }

            var openEndedHere = -1;
            foreach (var pair in QuotePairer.Pair(text, marks))
            {
                var quote = BuildQuote(document, paragraph, pair, openEndedPrevious, firstToken);
                if (quote is null)
                {
                    continue;
                }

                quotes.Add(quote);
                if (pair.Close is null)
                {
                    openEndedHere = quotes.Count - 1;
                    openEndedFamily = pair.Open.Family;
                }
            }

            openEndedPrevious = openEndedHere;
        }

        if (indirectSpeech is null)
        {
            return [.. quotes];
        }

        // Reported speech never lies inside quotation marks (a quote left open runs over unmarked sentences).
        var indirect = new List<Quote>();
        foreach (var quote in indirectSpeech.Find(document))
        {
            if (!OverlapsAny(quotes, quote.Content))
            {
                indirect.Add(quote);
            }
        }

        return MergeInOrder(quotes, indirect);
    }

    // The quotes are in text order: find the last one starting before the span's end by binary search.
    private static bool OverlapsAny(List<Quote> quotes, TextSpan span)
    {
        int low = 0, high = quotes.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (quotes[mid].Outer.Start < span.End)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // Quotes may nest, so look back over the few that start before the span ends.
        for (var i = low - 1; i >= 0 && i >= low - 8; i--)
        {
            if (quotes[i].Outer.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Merges reported speech into the quotes by position, keeping continuation links pointing right.</summary>
    private static Quote[] MergeInOrder(List<Quote> quotes, List<Quote> indirect)
    {
        // Positions 0..quotes.Count-1 are the quotes, the rest reported speech; ties keep this order (a stable sort).
        var order = new int[quotes.Count + indirect.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Quote At(int position) => position < quotes.Count ? quotes[position] : indirect[position - quotes.Count];
        Array.Sort(order, (a, b) =>
        {
            var byStart = At(a).Content.Start.CompareTo(At(b).Content.Start);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });

        var newIndex = new int[quotes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] < quotes.Count)
            {
                newIndex[order[i]] = i;
            }
        }

        var merged = new Quote[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var quote = At(order[i]);
            merged[i] = quote.ContinuesQuote >= 0 ? quote with { ContinuesQuote = newIndex[quote.ContinuesQuote] } : quote;
        }

        return merged;
    }

    private Quote? BuildQuote(Document document, Paragraph paragraph, MarkPair pair, int openEndedPrevious, int paragraphFirstToken)
    {
        var text = document.Text;
        var contentEnd = pair.Close?.Start ?? paragraph.Span.End;
        var content = Trim(text, pair.Open.End, contentEnd);
        if (content.Length == 0 || !HasLetterOrDigit(text, content))
        {
            return null;
        }

        var startsParagraph = pair.Open.TokenIndex == paragraphFirstToken;
        // "…four times. ‘We have a class of 22 …¶‘I've asked retired teachers.’": a quote opening a sentence may run on
        // into the next paragraph as much as one opening the paragraph.
        var startsSentence = document.Sentences[document.SentenceOfToken(pair.Open.TokenIndex)].FirstToken == pair.Open.TokenIndex;
        if (pair.Close is null && !startsParagraph && !startsSentence && !IsIntroduction(text, pair.Open.Start, paragraph.Span.Start))
        {
            return null; // A stray mark in mid-sentence (an unpaired apostrophe) starts no quote.
        }

        var use = filter.Judge(text, document.TokenArray, pair.Open.TokenIndex, pair.Close?.TokenIndex ?? -1, content);
        if (use == QuoteUse.NotSpeech)
        {
            return null;
        }

        var sentence = document.SentenceOfToken(pair.Open.TokenIndex);
        var outer = new TextSpan(pair.Open.Start, pair.Close?.End ?? content.End);
        var kind = QuoteKindClassifier.Classify(text, content, pair.Open.Start, paragraph.Span);
        var continues = startsParagraph && openEndedPrevious >= 0 && pair.Depth == 0 ? openEndedPrevious : -1;
        return new Quote(content, outer, kind, sentence, document.Sentences[sentence].Paragraph)
        {
            ContinuesQuote = continues,
            NeedsAttribution = use is QuoteUse.SpeechIfAttributed or QuoteUse.SpeechIfCued,
            NeedsCue = use == QuoteUse.SpeechIfCued,
            IsNested = pair.Depth > 0,
        };
    }

    /// <summary>
    /// A quote left open at the end of a paragraph that closes in the next without reopening (a hard line
    /// break inside one paragraph: "… I didn't say he was one.\nAll I did was refer to him as a millionaire.'"):
    /// the next paragraph's words up to the closing mark continue the quote.
    /// </summary>
    private static Quote? WrappedContinuation(Document document, Paragraph paragraph, List<QuoteMark> marks, Quote open, int openIndex, QuoteFamily openFamily)
    {
        var text = document.Text;
        var close = marks[0];
        if (!close.CanClose || close.CanOpen || close.Family != openFamily)
        {
            return null;
        }

        var content = Trim(text, paragraph.Span.Start, close.Start);
        if (content.Length == 0 || !HasLetterOrDigit(text, content))
        {
            return null;
        }

        var sentence = document.SentenceOfToken(close.TokenIndex);
        return new Quote(content, new TextSpan(content.Start, close.End), open.Kind, sentence, document.Sentences[sentence].Paragraph) { ContinuesQuote = openIndex };
    }

    private static bool IsIntroduction(string text, int openStart, int paragraphStart) =>
        QuoteMark.CharBefore(text, openStart, paragraphStart) is ':' or ',';

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
