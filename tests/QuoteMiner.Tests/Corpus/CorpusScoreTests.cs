using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;
using QuoteMiner.Training.Quotes;

namespace QuoteMiner.Tests.Corpus;

/// <summary>
/// The pipeline's scores on the project's own annotated corpus must not fall below the figures the
/// README reports (measured with the shipped rules; the floors sit a little under the measurement).
/// </summary>
[TestFixture]
public class CorpusScoreTests
{
    private IReadOnlyList<CorpusArticle> articles = [];
    private QuoteEvaluator evaluator = null!;

    [OneTimeSetUp]
    public void Load()
    {
        articles = QuoteCorpus.Read(RepositoryPaths.Corpus);
        evaluator = new QuoteEvaluator(QuoteMinerPipeline.Create(NewsLexicons.Load()));
    }

    [Test]
    public void Corpus_has_at_least_thirty_articles_in_fixed_splits()
    {
        articles.Should().HaveCountGreaterThanOrEqualTo(30);
        articles.Select(a => a.Split).Distinct().Should().BeEquivalentTo(["train", "dev", "test"]);
        articles.Select(a => a.Id).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Every_gold_span_lies_inside_its_text_and_excludes_the_quotation_marks()
    {
        foreach (var article in articles)
        {
            var length = article.Text.EnumerateRunes().Count();
            foreach (var quote in article.Quotes)
            {
                quote.Start.Should().BeInRange(0, quote.End - 1, $"quote in {article.Id}");
                quote.End.Should().BeLessThanOrEqualTo(length);
                var text = string.Concat(article.Text.EnumerateRunes().Skip(quote.Start).Take(quote.End - quote.Start));
                "\"'“”‘’«»".Should().NotContain(text[0].ToString(), $"a quote in {article.Id} starts with its mark");
            }

            foreach (var entity in article.Entities)
            {
                entity.End.Should().BeGreaterThan(entity.Start).And.BeLessThanOrEqualTo(length);
            }

            var people = article.People.Select(p => p.Name).ToHashSet();
            foreach (var quote in article.Quotes.Where(q => q.Speaker is not null))
            {
                people.Should().Contain(quote.Speaker!, $"every speaker of {article.Id} is listed in its people");
            }
        }
    }

    [Test]
    public void Quote_detection_on_the_whole_corpus_stays_above_its_floor()
    {
        var result = evaluator.Evaluate(articles);
        TestContext.Out.WriteLine(result);
        result.F1.Should().BeGreaterThanOrEqualTo(CorpusFloors.QuoteF1);
        result.AttributionAccuracy.Should().BeGreaterThanOrEqualTo(CorpusFloors.Attribution);
        result.RoleAccuracy.Should().BeGreaterThanOrEqualTo(CorpusFloors.Roles);
    }

    [Test]
    public void Test_split_scores_stay_above_their_floor()
    {
        var result = evaluator.Evaluate(articles.Where(a => a.Split == "test"));
        TestContext.Out.WriteLine(result);
        result.F1.Should().BeGreaterThanOrEqualTo(CorpusFloors.QuoteF1);
        result.AttributionAccuracy.Should().BeGreaterThanOrEqualTo(CorpusFloors.Attribution);
    }
}

/// <summary>The floors, a little under the last measurement reported in the README.</summary>
internal static class CorpusFloors
{
    public const double QuoteF1 = 0.98;     // 2026-11-29 (second session): 0.992 on all 150 articles and on the test split
    public const double Attribution = 0.90; // rules alone: 0.959 on all 150 articles, 0.919 on the test split
    public const double Roles = 0.92;       // 0.932 on all 150 articles
}
