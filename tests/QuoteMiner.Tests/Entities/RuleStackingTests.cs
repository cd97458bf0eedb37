using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

/// <summary>The rule recognizer's labels as features of the learned model (stacking), and the rules scored on gold corpora.</summary>
public class RuleStackingTests
{
    private const string News =
        "Ontario Premier Doug Reardon said on Tuesday that the World Bank would open an office in Nairobi.\n" +
        "Mr Reardon's spokesperson, Ana Lopez, told Reuters: \"We expect the U.S. Embassy to respond.\"\n" +
        "Acme Corp shares fell 3% in New York after the report by Human Rights Watch.";

    private static Document Real(string text)
    {
        var document = new Document("d", text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }

    private static List<string[]> Words(Document document) =>
        [.. document.Sentences.Select(s => Enumerable.Range(s.FirstToken, s.TokenCount).Select(t => document.Tokens[t].Text(document.Text).ToString()).ToArray())];

    [Test]
    public void A_Document_Rebuilt_From_Its_Words_Gives_The_Rules_The_Same_Input()
    {
        var real = Real(News);
        var rebuilt = WordsDocument.Build(Words(real));
        rebuilt.Tokens.Select(t => t.Kind).Should().Equal(real.Tokens.Select(t => t.Kind));
        rebuilt.Sentences.Select(s => (s.FirstToken, s.EndToken)).Should().Equal(real.Sentences.Select(s => (s.FirstToken, s.EndToken)));
        RuleTags.Default.Tag(rebuilt).Should().BeEquivalentTo(RuleTags.Default.Tag(real), o => o.WithStrictOrdering());
    }

    [Test]
    public void Rule_Mentions_Become_Bilou_Labels_Per_Sentence()
    {
        var real = Real(News);
        var labels = RuleTags.Default.Tag(real);
        labels.Should().HaveCount(real.Sentences.Count);
        var words = Words(real);
        var found = labels.SelectMany((l, s) => NerLabels.ToSpans(l).Select(e => $"{e.Type}:{string.Join(' ', words[s][e.Start..e.End])}")).ToList();
        found.Should().Contain(["Person:Doug Reardon", "Organization:World Bank", "Location:Nairobi", "Person:Ana Lopez"]);
        labels.Should().OnlyContain(l => NerLabels.IsWellFormed(l));
    }

    [Test]
    public void The_Rule_Labels_Add_Features_Only_When_Given()
    {
        var features = new NerFeatures(14, NerGazetteer.None);
        string[] words = ["Ana", "Lopez", "spoke", "."];
        var without = Extract(features, words, default);
        var person = Extract(features, words, NerLabels.FromSpans(4, [new EntitySpan(0, 2, EntityType.Person)]));
        var place = Extract(features, words, NerLabels.FromSpans(4, [new EntitySpan(0, 2, EntityType.Location)]));
        person.Counts.Should().Equal(without.Counts[0] + 5, without.Counts[1] + 5, without.Counts[2] + 5, without.Counts[3]);
        Extract(features, words, new byte[4]).Counts.Should().Equal(without.Counts, "where the rules found nothing, their silence adds nothing");
        person.Ids[0].Should().NotEqual(place.Ids[0]);
        person.Ids[2].Take(without.Counts[2]).Should().Equal(without.Ids[2]);
        person.Ids[2].Should().NotEqual(place.Ids[2], "the word after the name sees the span's last label, whose type differs");
    }

    private static (int[] Counts, int[][] Ids) Extract(NerFeatures features, string[] words, byte[]? rule)
    {
        var ids = new int[words.Length * NerFeatures.MaxStatic];
        var counts = new int[words.Length];
        features.Extract(words, ids, counts, new uint[words.Length], new uint[words.Length], 0, rule);
        return (counts, [.. Enumerable.Range(0, words.Length).Select(i => ids.AsSpan(i * NerFeatures.MaxStatic, counts[i]).ToArray())]);
    }

    [Test]
    public void A_Stacked_Model_Records_It_And_Tags_With_The_Rules_Labels()
    {
        var options = new NerTrainingOptions { HashBits = 14, Epochs = 20, Seed = 5, L2 = 1e-3f, Gazetteer = NerGazetteer.None, RuleFeatures = true };
        var (model, weights) = NerTrainer.TrainDocuments(TinyCorpus.Documents(), null, options);
        model.Manifest.Features.RuleFeatures.Should().BeTrue();
        model.Manifest.Features.Templates.Should().Contain("stacking");
        NerEvaluator.Evaluate(model, TinyCorpus.Documents(10, seed: 1234)).Micro.F1.Should().BeGreaterThan(0.9);

        // The stage reads the rules off the document; tagging the words alone runs them on a rebuilt document: same result.
        var real = Real(News);
        var stage = new LearnedEntityRecognizer(model).Recognize(real);
        var fromWords = model.TagDocument(Words(real));
        stage.Select(e => (e.FirstToken, e.EndToken, e.Type)).Should().Equal(
            fromWords.SelectMany((l, s) => NerLabels.ToSpans(l).Select(e => (real.Sentences[s].FirstToken + e.Start, real.Sentences[s].FirstToken + e.End, e.Type))));

        var dir = Directory.CreateTempSubdirectory("qm-ner-stack");
        try
        {
            NerModelStore.Save(dir.FullName, model.Manifest, weights, out _);
            var loaded = NerModelStore.Load(dir.FullName, NerGazetteer.None);
            loaded.Manifest.Features.RuleFeatures.Should().BeTrue();
            loaded.TagDocument(Words(real)).Should().BeEquivalentTo(fromWords, o => o.WithStrictOrdering());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void The_Rules_Can_Be_Scored_On_A_Gold_Corpus()
    {
        var document = new NerDocument("gold", [new NerSentence(
            ["Ontario", "Premier", "Doug", "Reardon", "visited", "Nairobi", "."],
            NerLabels.FromSpans(7, [new EntitySpan(0, 1, EntityType.Location), new EntitySpan(2, 4, EntityType.Person), new EntitySpan(5, 6, EntityType.Location)]))]);
        var predictions = NerEvaluator.PredictRules([document]);
        predictions.Should().ContainSingle();
        predictions[0].Predicted.Should().Contain(new EntitySpan(2, 4, EntityType.Person));
        NerEvaluator.Score(predictions.Select(p => (p.Gold, p.Predicted))).Micro.Gold.Should().Be(3);
    }
}
