using System.Text;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Training;

/// <summary>
/// Lists a model's mistakes for error analysis, one line each, classified as
/// <c>type</c> (right span, wrong type), <c>boundary</c> (overlapping spans), <c>missed</c> or <c>spurious</c>,
/// with the sentence after it.
/// </summary>
public static class NerErrorListing
{
    public static string Write(IEnumerable<(NerSentence Sentence, List<EntitySpan> Gold, List<EntitySpan> Predicted)> sentences)
    {
        var sb = new StringBuilder();
        foreach (var (sentence, gold, predicted) in sentences)
        {
            var goldSet = gold.ToHashSet();
            var predictedSet = predicted.ToHashSet();
            var lines = new List<string>();
            foreach (var g in gold.Where(g => !predictedSet.Contains(g)))
            {
                var overlapping = predicted.Where(p => !goldSet.Contains(p) && p.Start < g.End && g.Start < p.End).ToList();
                var kind = overlapping.Count == 0 ? "missed"
                    : overlapping.Any(p => p.Start == g.Start && p.End == g.End) ? "type" : "boundary";
                var got = overlapping.Count == 0 ? "" : " got " + string.Join(", ", overlapping.Select(p => Describe(sentence, p)));
                lines.Add($"{kind,-9} {Describe(sentence, g)}{got}");
            }

            foreach (var p in predicted.Where(p => !goldSet.Contains(p) && !gold.Any(g => p.Start < g.End && g.Start < p.End)))
            {
                lines.Add($"{"spurious",-9} {Describe(sentence, p)}");
            }

            if (lines.Count > 0)
            {
                foreach (var line in lines)
                {
                    sb.AppendLine(line);
                }

                sb.AppendLine("          | " + string.Join(' ', sentence.Words));
            }
        }

        return sb.ToString();
    }

    private static string Describe(NerSentence sentence, EntitySpan span) =>
        $"[{string.Join(' ', sentence.Words[span.Start..span.End])}]/{NerLabels.TypeName(span.Type)}";
}
