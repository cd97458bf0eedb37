using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// The rule recognizer's mentions as BILOU labels per sentence, so <c>eval ner --recognizer rules</c> scores the rules
/// on the same gold corpora and by the same measure as the learned model.
/// </summary>
public sealed class RuleTags(RuleEntityRecognizer recognizer)
{
    private static readonly Lazy<RuleTags> Shared = new(() => new RuleTags(new RuleEntityRecognizer(NewsLexicons.Load())));

    /// <summary>Over the embedded lexicons (loaded once per process).</summary>
    public static RuleTags Default => Shared.Value;

    /// <summary>Runs the rules over a document given as tokenized sentences.</summary>
    public List<byte[]> Tag(IReadOnlyList<string[]> sentences) => Tag(WordsDocument.Build(sentences));

    /// <summary>Runs the rules over a tokenized, sentence-split document.</summary>
    public List<byte[]> Tag(Document document) => ToLabels(document, recognizer.Recognize(document));

    /// <summary>Mentions to per-sentence labels; a mention across a sentence boundary or over another is left out.</summary>
    public static List<byte[]> ToLabels(Document document, IEnumerable<EntityMention> mentions)
    {
        var sentences = document.Sentences;
        var labels = sentences.Select(s => new byte[s.TokenCount]).ToList();
        foreach (var mention in mentions)
        {
            if (mention.Type is not (EntityType.Person or EntityType.Organization or EntityType.Location) || mention.EndToken <= mention.FirstToken)
            {
                continue;
            }

            var s = document.SentenceOfToken(mention.FirstToken);
            var offset = sentences[s].FirstToken;
            var start = mention.FirstToken - offset;
            var end = mention.EndToken - offset;
            if (end > labels[s].Length || labels[s].AsSpan(start, end - start).ContainsAnyExcept(NerLabels.Outside))
            {
                continue;
            }

            NerLabels.Write(labels[s], start, end, mention.Type);
        }

        return labels;
    }
}
