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

    /// <summary>Tags every sentence of a document, then applies document-level consistency (if the model uses it).</summary>
    public List<byte[]> TagDocument(IReadOnlyList<string[]> sentences, List<float[]>? confidences = null)
    {
        var labels = new List<byte[]>(sentences.Count);
        foreach (var words in sentences)
        {
            var tags = new byte[words.Length];
            var conf = confidences is null ? null : new float[words.Length];
            Tagger.Tag(words, tags, conf);
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
