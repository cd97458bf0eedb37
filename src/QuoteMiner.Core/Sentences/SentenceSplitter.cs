using QuoteMiner.Documents;
using QuoteMiner.Pipeline;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Sentences;

/// <summary>
/// Groups tokens into paragraphs (one per line: news text puts each paragraph on its own line, so any newline
/// is a hard boundary) and each paragraph into sentences. Every token belongs to exactly one sentence and no
/// sentence crosses a paragraph.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    public string Name => "sentences";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Sentences;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var (sentences, paragraphs) = SplitTokens(document.Text, document.TokenArray);
        document.SetSentences(sentences, paragraphs);
    }

    /// <summary>
    /// Splits tokenized text. A paragraph's span runs from its first token to its last (surrounding white
    /// space and the newline excluded); lines with no token make no paragraph.
    /// </summary>
    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return SplitTokens(text, tokens as Token[] ?? [.. tokens]);
    }

    // The token array itself, so the loops below index it directly rather than through IReadOnlyList.
    private static (Sentence[] Sentences, Paragraph[] Paragraphs) SplitTokens(string text, Token[] tokens)
    {
        var boundaries = new SentenceBoundaryDetector(text, tokens, SentenceSplittingLexicons.Default);
        var sentences = TakeScratch(ref sentenceScratch);
        var paragraphs = TakeScratch(ref paragraphScratch);
        var first = 0;
        while (first < tokens.Length)
        {
            var end = ParagraphEnd(text, tokens, first);
            var firstSentence = sentences.Count;
            var sentenceStart = first;
            for (var k = first; k < end; k++)
            {
                var last = boundaries.SentenceEndingAt(k, end);
                if (last >= 0)
                {
                    sentences.Add(MakeSentence(tokens, sentenceStart, last + 1, paragraphs.Count));
                    sentenceStart = last + 1;
                    k = last;
                }
            }

            if (sentenceStart < end)
            {
                sentences.Add(MakeSentence(tokens, sentenceStart, end, paragraphs.Count));
            }

            paragraphs.Add(new Paragraph(new TextSpan(tokens[first].Start, tokens[end - 1].End), firstSentence, sentences.Count));
            first = end;
        }

        return ([.. sentences], [.. paragraphs]);
    }

    // Lists reused by every split on the thread: only the exact-size result arrays are allocated.
    [ThreadStatic]
    private static List<Sentence>? sentenceScratch;

    [ThreadStatic]
    private static List<Paragraph>? paragraphScratch;

    private static List<T> TakeScratch<T>(ref List<T>? scratch)
    {
        scratch ??= [];
        scratch.Clear();
        return scratch;
    }

    /// <summary>The index after the last token of the paragraph that starts at token <paramref name="first"/>.</summary>
    /// <remarks>
    /// Line breaks are white space and so never inside a token: the paragraph runs up to the first token after
    /// the next line break, found with one vectorised search instead of a scan of every gap between tokens.
    /// </remarks>
    private static int ParagraphEnd(string text, Token[] tokens, int first)
    {
        var searchFrom = tokens[first].End;
        var found = text.AsSpan(searchFrom).IndexOfAny(CharClasses.Newlines);
        if (found < 0)
        {
            return tokens.Length;
        }

        var lineBreak = searchFrom + found;
        var k = first + 1;
        while (k < tokens.Length && tokens[k].Start < lineBreak)
        {
            k++;
        }

        return k;
    }

    private static Sentence MakeSentence(Token[] tokens, int first, int end, int paragraph) =>
        new(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end, paragraph);
}
