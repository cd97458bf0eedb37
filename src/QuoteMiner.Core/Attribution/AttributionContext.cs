using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>What the sieves share for one document: tokens, cues, speaker mentions indexed by position, and the answers so far.</summary>
public sealed class AttributionContext
{
    // Index into Mentions (+1; 0 = none) of the mention starting at / ending before each token position.
    private readonly int[] mentionByStart;
    private readonly int[] mentionByEnd;
    private Dictionary<string, int>? mentionCounts;

    public AttributionContext(TokenText tokens, bool[] quoted, CueMention?[] cues, List<SpeakerMention> mentions)
    {
        Quoted = quoted;
        Tokens = tokens;
        Cues = cues;
        Mentions = mentions;
        mentionByStart = new int[tokens.Count + 1];
        mentionByEnd = new int[tokens.Count + 1];
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentionByStart[mentions[i].FirstToken] == 0)
            {
                mentionByStart[mentions[i].FirstToken] = i + 1;
            }

            mentionByEnd[mentions[i].EndToken] = i + 1;
        }

        Results = new QuoteAttribution?[tokens.Document.Quotes.Count];
    }

    public TokenText Tokens { get; }

    public Document Document => Tokens.Document;

    public CueMention?[] Cues { get; }

    /// <summary>For each token, whether it lies inside a quotation (marks included).</summary>
    public bool[] Quoted { get; }

    public bool IsQuoted(int token) => Quoted[token];

    /// <summary>
    /// Marks the tokens inside each quote, in one pass over tokens and quotes; reported speech (no marks) too
    /// unless <paramref name="reportedSpeech"/> is false.
    /// </summary>
    public static bool[] MarkQuoted(Document document, bool reportedSpeech = true)
    {
        var tokens = document.Tokens;
        var quoted = new bool[tokens.Count];
        var t = 0;
        foreach (var quote in document.Quotes.Where(q => reportedSpeech || q.Kind != QuoteKind.Indirect).OrderBy(q => q.Outer.Start))
        {
            while (t < tokens.Count && tokens[t].Start < quote.Outer.Start)
            {
                t++;
            }

            for (var k = t; k < tokens.Count && tokens[k].Start < quote.Outer.End; k++)
            {
                quoted[k] = true;
            }
        }

        return quoted;
    }

    public List<SpeakerMention> Mentions { get; }

    /// <summary>Answers of the quotes already attributed, in quote order.</summary>
    public QuoteAttribution?[] Results { get; }

    public int SentenceOfToken(int token) => Document.SentenceOfToken(token);

    /// <summary>How often each last word of a mention occurs among the mentions (the salience of a name).</summary>
    public IReadOnlyDictionary<string, int> MentionCountByLastWord => mentionCounts ??= CountLastWords();

    public SpeakerMention? MentionStartingAt(int token) => At(mentionByStart, token);

    public SpeakerMention? MentionEndingAt(int endToken) => At(mentionByEnd, endToken);

    private SpeakerMention? At(int[] index, int token) =>
        token >= 0 && token < index.Length && index[token] > 0 ? Mentions[index[token] - 1] : null;

    private Dictionary<string, int> CountLastWords()
    {
        var counts = new Dictionary<string, int>(Mentions.Count);
        foreach (var mention in Mentions)
        {
            var word = Tokens.Word(mention.EndToken - 1);
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>The token index of the quote's opening mark and of the token after its closing mark.</summary>
    public (int Open, int AfterClose) QuoteTokens(Quote quote)
    {
        var tokens = Tokens.Tokens;
        var open = LowerBound(tokens, quote.Outer.Start);
        var after = LowerBound(tokens, quote.Outer.End);
        return (open, after);
    }

    private static int LowerBound(IReadOnlyList<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
