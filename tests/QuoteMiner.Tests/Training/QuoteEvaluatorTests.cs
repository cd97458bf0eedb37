using QuoteMiner.Training.Quotes;

namespace QuoteMiner.Tests.Training;

public class QuoteEvaluatorTests
{
    private const string Text = "\"We will rebuild,\" said Mayor Ana Lind. She called the flood 'a warning'.";

    private static CorpusArticle Article(string? speaker) => new(
        "t1",
        "test",
        Text,
        [],
        [new GoldQuote(1, 17, "direct", speaker, null), new GoldQuote(62, 71, "partial", speaker, null)],
        [new GoldPerson("Ana Lind", "PERSON", ["Mayor"])]);

    [Test]
    public void A_correct_pipeline_scores_full_marks()
    {
        var result = new QuoteEvaluator(PipelineFixture.Pipeline).Evaluate([Article("Ana Lind")]);

        result.F1.Should().Be(1);
        result.AttributionAccuracy.Should().Be(1);
        result.RoleAccuracy.Should().Be(1);
    }

    [Test]
    public void A_wrong_gold_speaker_counts_as_a_miss_and_is_listed()
    {
        var misses = new StringWriter();
        var result = new QuoteEvaluator(PipelineFixture.Pipeline).Evaluate([Article("Somebody Else")], misses);

        result.MatchedQuotes.Should().Be(2);
        result.AttributionAccuracy.Should().Be(0);
        misses.ToString().Should().Contain("wrong speaker");
    }

    [TestCase("Marco Rubio", "Rubio", true)]
    [TestCase("Marco Rubio", "Secretary Rubio", true)]
    [TestCase("Kim Smith", "David Smith", false)]
    [TestCase("Bureau of Western Hemisphere Affairs", "Western Hemisphere Affairs", true)]
    [TestCase("Ana Lind", "Anders Berg", false)]
    public void Name_matching_accepts_short_and_titled_forms_only(string gold, string predicted, bool expected) =>
        NameMatcher.Matches(gold, [predicted]).Should().Be(expected);

    [Test]
    public void A_malformed_corpus_line_is_an_error_naming_the_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"id\":\"a\",\"split\":\"train\",\"text\":\"x\",\"entities\":[],\"quotes\":[],\"people\":[]}\nnot json\n");
        try
        {
            var act = () => QuoteCorpus.Read(path);
            act.Should().Throw<InvalidDataException>().WithMessage("*:2:*");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
