using QuoteMiner.Documents;

namespace QuoteMiner.Pipeline;

/// <summary>
/// An ordered list of stages whose requirements are checked once, when the pipeline is built:
/// a stage that needs a layer no earlier stage produces is a construction error, not a per-document one.
/// </summary>
public sealed class TextPipeline
{
    private readonly IPipelineStage[] stages;

    public TextPipeline(IEnumerable<IPipelineStage> stages)
    {
        this.stages = [.. stages];
        var available = Layer.None;
        foreach (var stage in this.stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
            {
                throw new ArgumentException($"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.", nameof(stages));
            }

            if ((available & stage.Produces) != Layer.None)
            {
                throw new ArgumentException($"Stage '{stage.Name}' produces {stage.Produces}, which an earlier stage already produced.", nameof(stages));
            }

            available |= stage.Produces;
        }

        Produces = available;
    }

    public Layer Produces { get; }

    public IReadOnlyList<IPipelineStage> Stages => stages;

    public Document Process(string id, string text, CancellationToken cancellationToken = default)
    {
        var document = new Document(id, text);
        Process(document, cancellationToken);
        return document;
    }

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
    }
}
