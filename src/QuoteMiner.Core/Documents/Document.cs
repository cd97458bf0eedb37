namespace QuoteMiner.Documents;

/// <summary>
/// One document and every layer the pipeline stages add to it. Each layer is written once, by the
/// stage that produces it; a second write is a pipeline bug and throws.
/// </summary>
public sealed class Document
{
    private Token[]? tokens;
    private Sentence[]? sentences;
    private Paragraph[]? paragraphs;
    private EntityMention[]? entities;
    private Quote[]? quotes;
    private SpeakerMention[]? mentions;
    private QuoteAttribution[]? attributions;
    private Speaker[]? speakers;
    private int[]? quoteSpeakers;
    private string?[]? words;

    public Document(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens => Get(tokens, Layer.Tokens);

    /// <summary>The token array itself, for the library's hot loops (no interface calls); never modified.</summary>
    internal Token[] TokenArray => Get(tokens, Layer.Tokens);

    public IReadOnlyList<Sentence> Sentences => Get(sentences, Layer.Sentences);

    public IReadOnlyList<Paragraph> Paragraphs => Get(paragraphs, Layer.Sentences);

    public IReadOnlyList<EntityMention> Entities => Get(entities, Layer.Entities);

    public IReadOnlyList<Quote> Quotes => Get(quotes, Layer.Quotes);

    /// <summary>Possible speaker mentions outside quotation marks, in text order.</summary>
    public IReadOnlyList<SpeakerMention> Mentions => Get(mentions, Layer.Mentions);

    public IReadOnlyList<QuoteAttribution> Attributions => Get(attributions, Layer.Attributions);

    public IReadOnlyList<Speaker> Speakers => Get(speakers, Layer.Speakers);

    /// <summary>For each quote, the index into <see cref="Speakers"/> of its speaker, or -1.</summary>
    public IReadOnlyList<int> QuoteSpeakers => Get(quoteSpeakers, Layer.Speakers);

    public Layer Layers { get; private set; }

    public bool Has(Layer layer) => (Layers & layer) == layer;

    /// <summary>The index of the sentence that holds token <paramref name="tokenIndex"/> (binary search).</summary>
    public int SentenceOfToken(int tokenIndex)
    {
        var layer = Sentences;
        int low = 0, high = layer.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (layer[mid].FirstToken <= tokenIndex)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// Token <paramref name="index"/> as a string for the rule stages' lexicon look-ups: the thread's shared
    /// instance of that word (<see cref="WordPool"/>), so a batch allocates a string per word it has not seen
    /// lately, not one per token. The reference is kept per token because the stages ask for each token about
    /// three times, and an array read is cheaper than a pool look-up (measured: 5.3 vs 5.0 MB per CPU second).
    /// </summary>
    public string WordOf(int index)
    {
        words ??= new string?[Tokens.Count];
        return words[index] ??= WordPool.ForThread.Get(Text.AsSpan(tokens![index].Start, tokens[index].Length));
    }

    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);

    public void SetTokens(Token[] value) => tokens = Set(value, Layer.Tokens);

    public void SetSentences(Sentence[] sentenceLayer, Paragraph[] paragraphLayer)
    {
        sentences = Set(sentenceLayer, Layer.Sentences);
        paragraphs = paragraphLayer;
    }

    public void SetEntities(EntityMention[] value) => entities = Set(value, Layer.Entities);

    public void SetQuotes(Quote[] value) => quotes = Set(value, Layer.Quotes);

    public void SetMentions(SpeakerMention[] value) => mentions = Set(value, Layer.Mentions);

    public void SetAttributions(QuoteAttribution[] value) => attributions = Set(value, Layer.Attributions);

    public void SetSpeakers(Speaker[] speakerLayer, int[] quoteSpeakerLayer)
    {
        speakers = Set(speakerLayer, Layer.Speakers);
        quoteSpeakers = quoteSpeakerLayer;
    }

    private T[] Set<T>(T[] value, Layer layer)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Has(layer))
        {
            throw new InvalidOperationException($"The {layer} layer of document '{Id}' is already set.");
        }

        Layers |= layer;
        return value;
    }

    private static T[] Get<T>(T[]? value, Layer layer) =>
        value ?? throw new InvalidOperationException($"The {layer} layer has not been produced yet.");
}
