using QuoteMiner.Lexicons;
using QuoteMiner.Output;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Tests;

/// <summary>One shared pipeline for the tests that run whole documents (the lexicons load once).</summary>
internal static class PipelineFixture
{
    private static readonly Lazy<NewsLexicons> LazyLexicons = new(NewsLexicons.Load);
    private static readonly Lazy<TextPipeline> LazyPipeline = new(() => QuoteMinerPipeline.Create(LazyLexicons.Value));

    public static NewsLexicons Lexicons => LazyLexicons.Value;

    public static TextPipeline Pipeline => LazyPipeline.Value;

    public static DocumentRecord Run(string text, IReadOnlySet<Documents.QuoteKind>? kinds = null) =>
        DocumentRecordBuilder.Build(Pipeline.Process("test", text), kinds);

    public static string? SpeakerOf(DocumentRecord record, QuoteRecord quote) =>
        quote.SpeakerId is { } id ? record.Speakers.Single(s => s.Id == id).Name : null;
}
