using QuoteMiner.Attribution;
using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;
using QuoteMiner.Quotes;
using QuoteMiner.Roles;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Pipeline;

/// <summary>The standard pipeline: tokens → sentences → entities → quotes → mentions → attribution → speakers and roles.</summary>
public static class QuoteMinerPipeline
{
    /// <summary>
    /// The pipeline with the given learned parts: without an entity recognizer the rule recognizer runs,
    /// without a speaker ranker the rule sieves attribute alone.
    /// </summary>
    public static TextPipeline Create(NewsLexicons lexicons, IPipelineStage? entityRecognizer = null, SpeakerRanker? ranker = null) => new(
    [
        new Tokenizer(),
        new SentenceSplitter(),
        entityRecognizer ?? new RuleEntityRecognizer(lexicons),
        new QuoteDetector(new IndirectSpeechFinder(lexicons.CueVerbs)),
        new SpeakerMentionStage(lexicons),
        ranker is null ? new QuoteAttributor(lexicons) : new RankedQuoteAttributor(lexicons, ranker),
        new SpeakerBuilder(lexicons),
    ]);
}
