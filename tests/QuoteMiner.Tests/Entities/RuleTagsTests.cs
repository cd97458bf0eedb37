using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

/// <summary>The rule recognizer run on corpus documents given as words, and scored on gold corpora.</summary>
public class RuleTagsTests
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
