using QuoteMiner.Documents;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Training.Corpora;

/// <summary>An entity given as a character range [Start, End) (UTF-16 offsets) with our type.</summary>
public readonly record struct CharEntity(int Start, int End, EntityType Type);

/// <summary>
/// Turns raw text with character-offset entities (brat, the project's JSONL) into tokenized, sentence-split
/// BILOU sentences with the project Tokenizer and SentenceSplitter, the same ones the runtime stage sees.
/// An entity covers every token it overlaps; an entity that crosses a sentence boundary or overlaps an
/// earlier entity is dropped (counted in <see cref="Dropped"/>).
/// </summary>
public static class AnnotatedText
{
    private static int dropped;

    /// <summary>How many entities could not be aligned to tokens since the process started.</summary>
    public static int Dropped => dropped;

    public static NerDocument ToDocument(string id, string text, IEnumerable<CharEntity> entities)
    {
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, _) = SentenceSplitter.Split(text, tokens);
        var sentenceOfToken = new int[tokens.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                sentenceOfToken[t] = s;
            }
        }

        var spansBySentence = new List<EntitySpan>[sentences.Length];
        var taken = new bool[tokens.Length];
        foreach (var entity in entities.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            var first = FirstTokenEndingAfter(tokens, entity.Start);
            var end = first;
            while (end < tokens.Length && tokens[end].Start < entity.End)
            {
                end++;
            }

            if (first >= end || sentenceOfToken[first] != sentenceOfToken[end - 1] || Enumerable.Range(first, end - first).Any(t => taken[t]))
            {
                Interlocked.Increment(ref dropped);
                continue;
            }

            for (var t = first; t < end; t++)
            {
                taken[t] = true;
            }

            var s = sentenceOfToken[first];
            var offset = sentences[s].FirstToken;
            (spansBySentence[s] ??= []).Add(new EntitySpan(first - offset, end - offset, entity.Type));
        }

        var result = new List<NerSentence>(sentences.Length);
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var words = new string[sentence.TokenCount];
            for (var t = 0; t < words.Length; t++)
            {
                words[t] = tokens[sentence.FirstToken + t].Text(text).ToString();
            }

            if (words.Length > 0)
            {
                result.Add(new NerSentence(words, NerLabels.FromSpans(words.Length, spansBySentence[s] ?? [])));
            }
        }

        return new NerDocument(id, result);
    }

    private static int FirstTokenEndingAfter(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
