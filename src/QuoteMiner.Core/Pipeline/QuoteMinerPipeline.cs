using QuoteMiner.Attribution;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;
using QuoteMiner.Quotes;
using QuoteMiner.Roles;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Pipeline;

/// <summary>The standard pipeline: tokens → sentences → entities → quotes → attribution → speakers and roles.</summary>
public static class QuoteMinerPipeline
{
    public static TextPipeline Create(NewsLexicons lexicons, IPipelineStage? entityRecognizer = null) => new(
    [
        new Tokenizer(),
        new SentenceSplitter(),
        entityRecognizer ?? new RuleEntityRecognizer(lexicons),
        new QuoteDetector(new IndirectSpeechFinder(lexicons.CueVerbs)),
        new QuoteAttributor(lexicons),
        new SpeakerBuilder(lexicons),
    ]);
}
