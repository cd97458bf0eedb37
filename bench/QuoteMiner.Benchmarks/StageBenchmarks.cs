using BenchmarkDotNet.Attributes;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Benchmarks;

/// <summary>
/// One benchmark per stage and one for the whole pipeline with JSON writing, each over every corpus
/// article. Divide the corpus size (printed at start) by the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string[] texts = [];
    private TextPipeline pipeline = null!;
    private Document[][] prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        texts = BenchmarkArticles.Load();
        var models = Path.Combine(BenchmarkArticles.RepositoryRoot(), "models", "attribution");
        var ranker = Directory.Exists(models) ? SpeakerRanker.Load(models) : null;
        pipeline = QuoteMinerPipeline.Create(NewsLexicons.Load(), ranker: ranker);

        // For each stage, documents with every earlier layer already in place.
        prepared = new Document[pipeline.Stages.Count][];
        for (var stage = 0; stage < pipeline.Stages.Count; stage++)
        {
            prepared[stage] = new Document[texts.Length];
        }
    }

    /// <summary>Stage index: tokenizer, sentences, entities, quotes, mentions, attribution, speakers.</summary>
    [Params(0, 1, 2, 3, 4, 5, 6)]
    public int Stage { get; set; }

    [IterationSetup(Target = nameof(SingleStage))]
    public void PrepareStage()
    {
        for (var i = 0; i < texts.Length; i++)
        {
            var document = new Document("b", texts[i]);
            for (var s = 0; s < Stage; s++)
            {
                pipeline.Stages[s].Process(document);
            }

            prepared[Stage][i] = document;
        }
    }

    [Benchmark]
    public void SingleStage()
    {
        foreach (var document in prepared[Stage])
        {
            pipeline.Stages[Stage].Process(document);
        }
    }

    [Benchmark]
    public int FullPipelineWithJson()
    {
        var total = 0;
        foreach (var text in texts)
        {
            var record = DocumentRecordBuilder.Build(pipeline.Process("b", text));
            total += System.Text.Json.JsonSerializer.Serialize(record, OutputJson.Context.DocumentRecord).Length;
        }

        return total;
    }
}
