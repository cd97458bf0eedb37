using System.Globalization;
using System.Text;
using System.Text.Json;
using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Training;

/// <summary>Precision, recall and F1 with the counts behind them.</summary>
public sealed record NerScore(double Precision, double Recall, double F1, int Gold, int Predicted, int Correct)
{
    public static NerScore From(int gold, int predicted, int correct)
    {
        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new NerScore(Math.Round(p, 4), Math.Round(r, 4), Math.Round(f, 4), gold, predicted, correct);
    }
}

/// <summary>Entity-level exact-match scores: micro over all types and per type (PERSON, ORGANIZATION, LOCATION).</summary>
public sealed record NerEvaluationReport(NerScore Micro, IReadOnlyDictionary<string, NerScore> PerType)
{
    public string ToJson() => JsonSerializer.Serialize(this, NerModelManifest.JsonOptions);

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-14}{"precision",10}{"recall",10}{"f1",10}{"gold",8}{"pred",8}{"correct",9}");
        foreach (var (name, s) in PerType.Append(new KeyValuePair<string, NerScore>("micro", Micro)))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-14}{s.Precision,10:F4}{s.Recall,10:F4}{s.F1,10:F4}{s.Gold,8}{s.Predicted,8}{s.Correct,9}");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Scores a model against gold corpora: an entity counts as correct only if its token span and type both match.
/// A domain-adapted model tags each document in the document's own domain (<c>PATH@social</c>).
/// </summary>
public static class NerEvaluator
{
    public static NerEvaluationReport Evaluate(NerModel model, IEnumerable<NerDocument> documents) =>
        Score(Predict(model, documents).Select(p => (p.Gold, p.Predicted)));

    /// <summary>Tags every sentence of <paramref name="documents"/>; returns each sentence with its gold and predicted entities.</summary>
    public static List<(NerSentence Sentence, List<EntitySpan> Gold, List<EntitySpan> Predicted)> Predict(NerModel model, IEnumerable<NerDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(model);
        var byDomain = new Dictionary<string, NerModel>();
        return Predict(document =>
        {
            if (!byDomain.TryGetValue(document.Domain, out var domainModel))
            {
                byDomain[document.Domain] = domainModel = model.ForDomain(document.Domain);
            }

            return domainModel.TagDocument([.. document.Sentences.Select(s => s.Words)]);
        }, documents);
    }

    /// <summary>As <see cref="Predict(NerModel, IEnumerable{NerDocument})"/> for the hand-written rule recognizer.</summary>
    public static List<(NerSentence Sentence, List<EntitySpan> Gold, List<EntitySpan> Predicted)> PredictRules(IEnumerable<NerDocument> documents) =>
        Predict(document => RuleTags.Default.Tag([.. document.Sentences.Select(s => s.Words)]), documents);

    /// <summary>Tags each document with <paramref name="tag"/> (one label array a sentence) and pairs the spans with the gold ones.</summary>
    public static List<(NerSentence Sentence, List<EntitySpan> Gold, List<EntitySpan> Predicted)> Predict(Func<NerDocument, List<byte[]>> tag, IEnumerable<NerDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var result = new List<(NerSentence, List<EntitySpan>, List<EntitySpan>)>();
        foreach (var document in documents)
        {
            var predicted = tag(document);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var sentence = document.Sentences[s];
                var spans = NerLabels.ToSpans(predicted[s]);
                if (sentence.Unknown is { } unknown)
                {
                    // A prediction over a word the gold does not label is neither right nor wrong.
                    spans.RemoveAll(p => unknown.AsSpan(p.Start, p.End - p.Start).Contains(true));
                }

                result.Add((sentence, sentence.Entities(), spans));
            }
        }

        return result;
    }

    /// <summary>Loads the model in <paramref name="modelDirectory"/> and evaluates it on a corpus spec (see <see cref="CorpusLoader"/>).</summary>
    public static NerEvaluationReport Evaluate(string modelDirectory, string corpus, CorpusFormat? format = null) =>
        Evaluate(NerModelStore.Load(modelDirectory), CorpusLoader.Load(corpus, format).Documents);

    /// <summary>Scores pairs of gold and predicted entity lists (one pair a sentence).</summary>
    public static NerEvaluationReport Score(IEnumerable<(List<EntitySpan> Gold, List<EntitySpan> Predicted)> sentences)
    {
        var gold = new int[NerLabels.TypeCount];
        var predicted = new int[NerLabels.TypeCount];
        var correct = new int[NerLabels.TypeCount];
        foreach (var (g, p) in sentences)
        {
            foreach (var span in g)
            {
                gold[NerLabels.TypeIndex(span.Type)]++;
            }

            var goldSet = g.ToHashSet();
            foreach (var span in p)
            {
                var t = NerLabels.TypeIndex(span.Type);
                predicted[t]++;
                if (goldSet.Contains(span))
                {
                    correct[t]++;
                }
            }
        }

        var perType = new Dictionary<string, NerScore>();
        for (var t = 0; t < NerLabels.TypeCount; t++)
        {
            perType[NerLabels.TypeName(NerLabels.Types[t])] = NerScore.From(gold[t], predicted[t], correct[t]);
        }

        return new NerEvaluationReport(NerScore.From(gold.Sum(), predicted.Sum(), correct.Sum()), perType);
    }
}
