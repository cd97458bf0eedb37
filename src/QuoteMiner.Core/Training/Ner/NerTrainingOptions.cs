using QuoteMiner.Entities;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Training;

/// <summary>What <see cref="NerTrainer.Train(NerTrainingOptions, TextWriter?)"/> trains on and how.</summary>
public sealed class NerTrainingOptions
{
    /// <summary>Corpus specs <c>PATH[#SLICE]</c> (see <see cref="CorpusLoader"/>).</summary>
    public IReadOnlyList<string> Corpora { get; init; } = [];

    /// <summary>The format of every corpus; null detects it per corpus.</summary>
    public CorpusFormat? Format { get; init; }

    /// <summary>Scored after every round; also recorded in the manifest.</summary>
    public string? DevCorpus { get; init; }

    /// <summary>Corpora never trained on, scored once at the end and recorded in the manifest.</summary>
    public IReadOnlyList<string> HeldOutCorpora { get; init; } = [];

    /// <summary>Where manifest.json and weights.bin go; null trains without saving.</summary>
    public string? OutputDirectory { get; init; }

    public int Seed { get; init; } = 20251128;

    /// <summary>Passes of the optimiser (L-BFGS iterations / SDCA epochs).</summary>
    public int Epochs { get; init; } = 30;

    /// <summary><c>sdca</c> (SdcaMaximumEntropy, the default: as accurate as L-BFGS here and 5× faster) or <c>lbfgs</c> (LbfgsMaximumEntropy).</summary>
    public string Algorithm { get; init; } = "sdca";

    public int HashBits { get; init; } = 18;

    public float L1 { get; init; }

    public float L2 { get; init; } = 1e-4f;

    /// <summary>
    /// Rounds of training. Round 1 uses the gold previous tags; each further round retrains with the previous
    /// round's own predicted previous tags on the training data (to learn to live with its own mistakes).
    /// </summary>
    public int Rounds { get; init; } = 1;

    public bool DocumentConsistency { get; init; } = true;

    /// <summary>
    /// Domain adaptation by feature augmentation: each feature is learned once shared and once per corpus domain
    /// (<c>PATH@social</c>); the model runs with the <see cref="TargetDomain"/>'s features. Null turns it off.
    /// </summary>
    public string? TargetDomain { get; init; } = CorpusLoader.DefaultDomain;

    /// <summary>Decoder beam width recorded in the model (1 = greedy).</summary>
    public int BeamWidth { get; init; } = 4;

    /// <summary>The lexicons to use as features; null loads the embedded ones (whichever exist).</summary>
    public NerGazetteer? Gazetteer { get; init; }

    public string Version { get; init; } = "1.1.2";

    /// <summary>Worker threads for the trainer. 1 keeps training bit-for-bit reproducible.</summary>
    public int Threads { get; init; } = 1;
}
