using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Attribution;

/// <summary>
/// Finds every phrase outside quotation marks that could name a speaker, once per document, for the
/// attribution and speaker stages to share.
/// </summary>
public sealed class SpeakerMentionStage(NewsLexicons lexicons) : IPipelineStage
{
    private readonly SpeakerMentionFinder finder = new(lexicons);

    public string Name => "mentions";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes;

    public Layer Produces => Layer.Mentions;

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.SetMentions([.. finder.Find(new TokenText(document), AttributionContext.MarkQuoted(document), AttributionContext.MarkQuoted(document, reportedSpeech: false))]);
}
