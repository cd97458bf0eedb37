using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Training.Corpora;

public class NerLabelsTests
{
    [Test]
    public void Spans_Round_Trip_Through_Bilou()
    {
        EntitySpan[] spans = [new(0, 1, EntityType.Person), new(1, 4, EntityType.Organization), new(5, 7, EntityType.Location)];
        var labels = NerLabels.FromSpans(8, spans);
        NerLabels.IsWellFormed(labels).Should().BeTrue();
        NerLabels.ToSpans(labels).Should().Equal(spans);
        NerLabels.Name(labels[1]).Should().Be("B-ORGANIZATION");
        NerLabels.Name(labels[0]).Should().Be("U-PERSON");
    }

    [Test]
    public void Greedy_Decoding_Is_Always_Well_Formed_Over_Random_Scores()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 2000; trial++)
        {
            var n = random.Next(1, 12);
            var scores = new float[n][];
            for (var i = 0; i < n; i++)
            {
                scores[i] = new float[NerWeights.Stride];
                for (var c = 0; c < NerLabels.Count; c++)
                {
                    // Some trials strongly favour ill-formed choices (I, L with nothing open).
                    scores[i][c] = (float)(random.NextDouble() * 10 - 5) + (trial % 3 == 0 && NerLabels.IsOpen(c) ? 20 : 0);
                }
            }

            var labels = NerDecoder.Greedy(scores);
            NerLabels.IsWellFormed(labels).Should().BeTrue(string.Join(" ", labels.Select(l => NerLabels.Name(l))));
        }
    }

    [Test]
    public void The_Tagger_Is_Well_Formed_With_Random_Weights()
    {
        var random = new Random(11);
        const int bits = 10;
        var weights = new float[(1 << bits) * NerWeights.Stride];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() * 4 - 2);
        }

        var tagger = new NerTagger(new NerWeights(bits, weights, new float[NerWeights.Stride]), new NerFeatures(bits));
        string[] vocabulary = ["The", "Mr.", "Smith", "of", "Acme", "said", ",", "in", "Paris", "\"", "IBM", "x"];
        for (var trial = 0; trial < 500; trial++)
        {
            var words = Enumerable.Range(0, random.Next(1, 20)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            NerLabels.IsWellFormed(tagger.Tag(words)).Should().BeTrue();
        }
    }
}
