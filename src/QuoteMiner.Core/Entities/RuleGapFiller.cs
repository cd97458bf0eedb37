using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// A hybrid decode: the learned model's spans stand, and a rule span is added where the model found nothing on
/// any of its tokens (the rules' lexicons know names the model has not seen).
/// </summary>
public static class RuleGapFiller
{
    /// <summary>Writes into <paramref name="learned"/> every rule span whose tokens the model left all O.</summary>
    public static void Fill(IList<byte[]> learned, IReadOnlyList<byte[]> rules)
    {
        for (var s = 0; s < learned.Count; s++)
        {
            foreach (var span in NerLabels.ToSpans(rules[s]))
            {
                if (!learned[s].AsSpan(span.Start, span.End - span.Start).ContainsAnyExcept(NerLabels.Outside))
                {
                    NerLabels.Write(learned[s], span.Start, span.End, span.Type);
                }
            }
        }
    }
}
