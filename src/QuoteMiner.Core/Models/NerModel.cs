using QuoteMiner.Entities;

namespace QuoteMiner.Models;

/// <summary>A loaded (or freshly trained) NER model: its manifest and the fast tagger over its weights.</summary>
public sealed class NerModel
{
    public NerModel(NerModelManifest manifest, NerTagger tagger)
    {
        Manifest = manifest;
        Tagger = tagger;
    }

    public NerModelManifest Manifest { get; }

    public NerTagger Tagger { get; }

    public NerGazetteer Gazetteer => Tagger.Features.Gazetteer;

    /// <summary>
    /// The same model run in another text domain ("social" for tweets), when it was trained with domain
    /// adaptation; otherwise (or for its own domain) this model.
    /// </summary>
    public NerModel ForDomain(string? domain)
    {
        if (Manifest.Features.Domain is null || string.IsNullOrEmpty(domain) || domain == Manifest.Features.Domain)
        {
            return this;
        }

        return new NerModel(Manifest, new NerTagger(Tagger.Weights, Tagger.Features) { BeamWidth = Tagger.BeamWidth, DomainKey = NerFeatures.DomainKey(domain) });
    }

    /// <summary>
    /// Tags every sentence of a document, then applies document-level consistency (if the model uses it).
    /// A model that stacks on the rule recognizer takes its labels from <paramref name="ruleLabels"/>, or runs the
    /// rules over the words when none are given.
    /// </summary>
    public List<byte[]> TagDocument(IReadOnlyList<string[]> sentences, List<float[]>? confidences = null, IReadOnlyList<byte[]>? ruleLabels = null)
    {
        if (Manifest.Features.RuleFeatures)
        {
            ruleLabels ??= RuleTags.Default.Tag(sentences);
        }
        else
        {
            ruleLabels = null;
        }

        var labels = new List<byte[]>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var tags = new byte[words.Length];
            var conf = confidences is null ? null : new float[words.Length];
            Tagger.Tag(words, ruleLabels is null ? default : ruleLabels[s], tags, conf);
            labels.Add(tags);
            confidences?.Add(conf!);
        }

        if (Manifest.Features.DocumentConsistency)
        {
            TitledNameSplitter.Apply(sentences, labels, Gazetteer);
            DocumentConsistency.Apply(sentences, labels, Gazetteer);
        }

        return labels;
    }
}
