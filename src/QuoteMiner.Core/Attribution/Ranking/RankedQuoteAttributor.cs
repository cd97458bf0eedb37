using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>
/// Attribution by the learned ranker: the rule sieves run first and become features; every candidate
/// mention near the quote is scored, and the best one speaks if its calibrated probability reaches the
/// model's threshold (otherwise the quote gets no speaker rather than a guess).
/// </summary>
public sealed class RankedQuoteAttributor(NewsLexicons lexicons, SpeakerRanker ranker) : IPipelineStage
{
    private readonly QuoteAttributor rules = new(lexicons);
    private readonly CandidateFeaturizer featurizer = new();

    public string Name => "attribution";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes | Layer.Mentions;

    public Layer Produces => Layer.Attributions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var (ruleAnswers, context) = rules.Attribute(document);
        var answers = new QuoteAttribution[ruleAnswers.Length];
        var ruleView = ruleAnswers.Select(a => a.Speaker is null ? null : a).ToArray();
        for (var q = 0; q < answers.Length; q++)
        {
            if (IsHighPrecision(ruleAnswers[q]))
            {
                answers[q] = ruleAnswers[q];
                continue;
            }

            SpeakerCandidate? best = null;
            var bestProbability = 0f;
            foreach (var candidate in featurizer.Candidates(context, q, ruleView))
            {
                var probability = ranker.Probability(candidate.Features);
                if (probability > bestProbability)
                {
                    (best, bestProbability) = (candidate, probability);
                }
            }

            // The threshold decides only where the sieves found no one: where they did, the ranker's job is to
            // choose among the candidates, not to withdraw an answer the text supports.
            var threshold = ruleAnswers[q].Speaker is null ? ranker.Manifest.Threshold : 0f;
            answers[q] = best is not null && bestProbability >= threshold
                ? new QuoteAttribution(q, best.Mention, ruleAnswers[q].Speaker == best.Mention ? ruleAnswers[q].Cue : null, bestProbability, "ranker")
                : new QuoteAttribution(q, null, null, 1 - bestProbability, "ranker");
        }

        document.SetAttributions(answers);
    }

    // A speech tag next to the quote ("…," said X / X said: "…") is the high-precision first pass, and so is a headline
    // quote given again in the story (its speaker is far from the headline, outside the ranker's window); the
    // ranker decides the rest (carried, continued and untagged quotes, where the sieves guess).
    private static bool IsHighPrecision(QuoteAttribution answer) =>
        answer.Speaker is not null && answer.Rule is "tag-after" or "dialogue" or "cue-before" or "sentence-subject" or "heading-echo";
}
