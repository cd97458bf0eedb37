using Microsoft.ML.Data;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>The ML.NET row of one quote–candidate pair: is this mention the speaker, and its features.</summary>
public sealed class CandidateRow
{
    public bool Label { get; set; }

    [VectorType(CandidateFeatures.Count)]
    public float[] Features { get; set; } = [];
}
