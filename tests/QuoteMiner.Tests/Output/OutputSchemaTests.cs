using System.Text.Json;
using Json.Schema;
using QuoteMiner.Output;
using QuoteMiner.Training.Quotes;

namespace QuoteMiner.Tests.Output;

/// <summary>Real output, on every corpus article and on error records, validates against the published JSON Schema.</summary>
public class OutputSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "quoteminer-output.schema.json"))));

    private static void ShouldBeValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(json.Length > 300 ? json[..300] : json);
    }

    [Test]
    public void Records_of_every_corpus_article_match_the_schema()
    {
        foreach (var article in QuoteCorpus.Read(RepositoryPaths.Corpus))
        {
            var kinds = DocumentRecordBuilder.DefaultKinds.Append(Documents.QuoteKind.Indirect).ToHashSet();
            var record = DocumentRecordBuilder.Build(PipelineFixture.Pipeline.Process(article.Id, article.Text), kinds);
            ShouldBeValid(JsonSerializer.Serialize(record, OutputJsonContext.Default.DocumentRecord));
        }
    }

    [Test]
    public void Error_records_match_the_schema() =>
        ShouldBeValid(JsonSerializer.Serialize(new ErrorRecord("bad", new ErrorDetail("invalid_encoding", "not UTF-8")), OutputJsonContext.Default.ErrorRecord));

    [Test]
    public void A_record_with_a_missing_field_does_not_match() =>
        Schema.Value.Evaluate(JsonDocument.Parse("{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"quotes\":[]}").RootElement).IsValid.Should().BeFalse();

    [Test]
    public void Every_quote_text_is_the_slice_its_code_point_offsets_name()
    {
        foreach (var article in QuoteCorpus.Read(RepositoryPaths.Corpus).Take(20))
        {
            var runes = article.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            var record = DocumentRecordBuilder.Build(PipelineFixture.Pipeline.Process(article.Id, article.Text));
            foreach (var quote in record.Quotes)
            {
                string.Concat(runes[quote.Start..quote.End]).Should().Be(quote.Text);
            }

            foreach (var mention in record.Speakers.SelectMany(s => s.Mentions))
            {
                string.Concat(runes[mention.Start..mention.End]).Should().Be(mention.Text);
            }
        }
    }
}
