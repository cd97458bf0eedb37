using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>What the sieves share for one document: tokens, cues, speaker mentions indexed by position, and the answers so far.</summary>
public sealed class AttributionContext
{
    private readonly Dictionary<int, SpeakerMention> mentionByStart = [];
    private Dictionary<string, int>? mentionCounts;
    private readonly Dictionary<int, SpeakerMention> mentionByEnd = [];

    public AttributionContext(TokenText tokens, bool[] quoted, CueMention?[] cues, List<SpeakerMention> mentions)
    {
        Quoted = quoted;
        Tokens = tokens;
        Cues = cues;
        Mentions = mentions;
        foreach (var mention in mentions)
        {
            mentionByStart.TryAdd(mention.FirstToken, mention);
            mentionByEnd[mention.EndToken] = mention;
        }

        Results = new QuoteAttribution?[tokens.Document.Quotes.Count];
    }

    public TokenText Tokens { get; }

    public Document Document => Tokens.Document;

    public CueMention?[] Cues { get; }

    /// <summary>For each token, whether it lies inside a quotation (marks included).</summary>
    public bool[] Quoted { get; }

    public bool IsQuoted(int token) => Quoted[token];

    /// <summary>Marks the tokens inside each quote's marks, in one pass over tokens and quotes.</summary>
    public static bool[] MarkQuoted(Document document)
    {
        var tokens = document.Tokens;
        var quoted = new bool[tokens.Count];
        var t = 0;
        foreach (var quote in document.Quotes.OrderBy(q => q.Outer.Start))
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
    public IReadOnlyDictionary<string, int> MentionCountByLastWord => mentionCounts ??= Mentions
        .GroupBy(m => Tokens.Word(m.EndToken - 1))
        .ToDictionary(g => g.Key, g => g.Count());

    public SpeakerMention? MentionStartingAt(int token) => mentionByStart.TryGetValue(token, out var m) ? m : null;

    public SpeakerMention? MentionEndingAt(int endToken) => mentionByEnd.TryGetValue(endToken, out var m) ? m : null;

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
