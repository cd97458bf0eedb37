using QuoteMiner.Documents;

namespace QuoteMiner.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads the layers it <see cref="Requires"/> and writes only the
/// layer it <see cref="Produces"/>; it never edits an upstream layer.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    Layer Requires { get; }

    Layer Produces { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}
