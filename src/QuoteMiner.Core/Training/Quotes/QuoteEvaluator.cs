using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Training.Quotes;

/// <summary>
/// Scores the pipeline against gold articles: a predicted quote matches a gold one when their spans
/// overlap and they share at least half the words of the longer (greedy, one to one); attribution is
/// scored on matched quotes; a person's roles are right when one predicted role contains a gold one
/// or the other way round.
/// </summary>
public sealed class QuoteEvaluator(TextPipeline pipeline)
{
    public QuoteEvaluation Evaluate(IEnumerable<CorpusArticle> articles, TextWriter? misses = null)
    {
        int docs = 0, gold = 0, predicted = 0, matched = 0, exact = 0, attributed = 0, rolesOk = 0, rolesTotal = 0;
        var perKind = new Dictionary<string, (int Gold, int Matched, int Attributed)>();
        foreach (var article in articles)
        {
            docs++;
            var record = DocumentRecordBuilder.Build(pipeline.Process(article.Id, article.Text));
            var speakers = record.Speakers.ToDictionary(s => s.Id);
            var codePoints = article.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            var goldTexts = article.Quotes.Select(q => string.Concat(codePoints[q.Start..q.End])).ToArray();
            gold += article.Quotes.Count;
            foreach (var goldQuote in article.Quotes)
            {
                var kind = perKind.GetValueOrDefault(goldQuote.Kind);
                perKind[goldQuote.Kind] = (kind.Gold + 1, kind.Matched, kind.Attributed);
            }

            predicted += record.Quotes.Count;
            var pairs = new List<(double Score, int Gold, int Predicted)>();
            for (var g = 0; g < article.Quotes.Count; g++)
            {
                for (var p = 0; p < record.Quotes.Count; p++)
                {
                    var q = record.Quotes[p];
                    if (q.End > article.Quotes[g].Start && article.Quotes[g].End > q.Start)
                    {
                        pairs.Add((Overlap(goldTexts[g], q.Text), g, p));
                    }
                }
            }

            var usedGold = new HashSet<int>();
            var usedPredicted = new HashSet<int>();
            foreach (var (score, g, p) in pairs.OrderByDescending(x => x.Score).ThenBy(x => x.Gold))
            {
                if (score < 0.5 || !usedGold.Add(g) || !usedPredicted.Add(p))
                {
                    continue;
                }

                matched++;
                var quote = record.Quotes[p];
                exact += NameMatcher.Normalize(goldTexts[g]) == NameMatcher.Normalize(quote.Text) ? 1 : 0;
                var speaker = quote.SpeakerId is { } id ? speakers[id] : null;
                var names = speaker is null ? [] : speaker.Mentions.Select(m => m.Text).Append(speaker.Name).ToList();
                var goldSpeaker = article.Quotes[g].Speaker;
                var right = goldSpeaker is null ? speaker is null : NameMatcher.Matches(goldSpeaker, names);
                attributed += right ? 1 : 0;
                var kind = perKind.GetValueOrDefault(article.Quotes[g].Kind);
                perKind[article.Quotes[g].Kind] = (kind.Gold, kind.Matched + 1, kind.Attributed + (right ? 1 : 0));
                if (!right)
                {
                    misses?.WriteLine($"{article.Id}: wrong speaker for '{Clip(quote.Text)}': {speaker?.Name ?? "null"}, gold {goldSpeaker ?? "null"}");
                }
            }

            for (var g = 0; g < goldTexts.Length; g++)
            {
                if (!usedGold.Contains(g))
                {
                    misses?.WriteLine($"{article.Id}: missed quote '{Clip(goldTexts[g])}'");
                }
            }

            for (var p = 0; p < record.Quotes.Count; p++)
            {
                if (!usedPredicted.Contains(p))
                {
                    misses?.WriteLine($"{article.Id}: extra quote '{Clip(record.Quotes[p].Text)}'");
                }
            }

            foreach (var person in article.People.Where(x => x.Roles.Count > 0))
            {
                var speaker = record.Speakers.FirstOrDefault(s => NameMatcher.Normalize(s.Name) == NameMatcher.Normalize(person.Name))
                    ?? record.Speakers.FirstOrDefault(s => NameMatcher.Matches(person.Name, [s.Name]));
                if (speaker is null)
                {
                    continue;
                }

                rolesTotal++;
                var ok = person.Roles.Any(r => speaker.Roles.Any(h => Contains(h, r) || Contains(r, h)));
                rolesOk += ok ? 1 : 0;
                if (!ok)
                {
                    misses?.WriteLine($"{article.Id}: roles of {person.Name}: [{string.Join("; ", speaker.Roles)}], gold {person.Roles[0]}");
                }
            }
        }

        return new QuoteEvaluation(docs, gold, predicted, matched, exact, attributed, rolesOk, rolesTotal)
        {
            PerKind = perKind.ToDictionary(k => k.Key, k => new KindScore(k.Value.Gold, k.Value.Matched, k.Value.Attributed)),
        };
    }

    private static bool Contains(string haystack, string needle)
    {
        var n = NameMatcher.Normalize(needle);
        return n.Length > 0 && NameMatcher.Normalize(haystack).Contains(n, StringComparison.Ordinal);
    }

    private static double Overlap(string gold, string predicted)
    {
        var g = NameMatcher.Normalize(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pool = NameMatcher.Normalize(predicted).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (g.Length == 0 || pool.Count == 0)
        {
            return 0;
        }

        var longest = Math.Max(g.Length, pool.Count);
        var common = g.Count(pool.Remove);
        return (double)common / longest;
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60];
}
