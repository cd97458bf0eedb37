using QuoteMiner.Documents;
using QuoteMiner.Models;
using QuoteMiner.Pipeline;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// The learned named-entity recognizer as a pipeline stage: tags every sentence's tokens with the model's
/// fast scorer, makes the tags consistent across the document, and writes PERSON / ORGANIZATION / LOCATION
/// mentions with exact character spans (first token's start to last token's end) and the model's confidence
/// (the lowest per-token probability of the mention's tags).
/// </summary>
public sealed class LearnedEntityRecognizer(NerModel model) : IPipelineStage
{
    /// <summary>Where the shipped model lives, relative to the repository root.</summary>
    public const string DefaultModelDirectory = "models/ner";

    public NerModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    public string Name => "entities";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Entities;

    /// <summary>Loads the model in <paramref name="modelDirectory"/>; throws <see cref="ModelLoadException"/> if it is missing or broken.</summary>
    public static LearnedEntityRecognizer Load(string modelDirectory = DefaultModelDirectory) => new(NerModelStore.Load(modelDirectory));

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetEntities(Recognize(document, cancellationToken));
    }

    public EntityMention[] Recognize(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var words = new List<string[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var w = new string[sentence.TokenCount];
            for (var t = 0; t < w.Length; t++)
            {
                w[t] = tokens[sentence.FirstToken + t].Text(text).ToString();
            }

            words.Add(w);
        }

        var confidences = new List<float[]>(sentences.Count);
        var labels = Model.TagDocument(words, confidences);
        var mentions = new List<EntityMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var offset = sentences[s].FirstToken;
            foreach (var span in NerLabels.ToSpans(labels[s]))
            {
                var confidence = 1f;
                for (var t = span.Start; t < span.End; t++)
                {
                    confidence = Math.Min(confidence, confidences[s][t]);
                }

                var first = offset + span.Start;
                var end = offset + span.End;
                mentions.Add(new EntityMention(new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end, span.Type, confidence));
            }
        }

        return [.. mentions];
    }
}
