using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// The learned linear model as a dense matrix: one row of <see cref="Stride"/> floats per hashed feature id
/// (the <see cref="NerLabels.Count"/> class weights, zero-padded to 16 for vector loads), plus the class biases.
/// </summary>
public sealed class NerWeights
{
    public const int Stride = 16;

    public NerWeights(int hashBits, float[] weights, float[] biases)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (weights.Length != (1 << hashBits) * Stride)
        {
            throw new ArgumentException($"Expected {(1 << hashBits) * Stride} weights for {hashBits} hash bits, got {weights.Length}.", nameof(weights));
        }

        if (biases.Length != Stride)
        {
            throw new ArgumentException($"Expected {Stride} (padded) biases, got {biases.Length}.", nameof(biases));
        }

        HashBits = hashBits;
        Weights = weights;
        Biases = biases;
    }

    public int HashBits { get; }

    public int Classes => NerLabels.Count;

    public float[] Weights { get; }

    public float[] Biases { get; }

    /// <summary>Number of feature rows with at least one non-zero weight.</summary>
    public int NonZeroRows()
    {
        var rows = 0;
        for (var r = 0; r < Weights.Length; r += Stride)
        {
            for (var c = 0; c < Stride; c++)
            {
                if (Weights[r + c] != 0)
                {
                    rows++;
                    break;
                }
            }
        }

        return rows;
    }
}
