using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// The fast scorer: hashed features looked up in the dense weight matrix, then greedy left-to-right decoding
/// with the previous-tag features and the BILOU constraints, so the output is always well-formed.
/// Thread-safe: buffers are per thread.
/// </summary>
public sealed class NerTagger
{
    [ThreadStatic]
    private static Workspace? workspace;

    public NerTagger(NerWeights weights, NerFeatures features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        if (weights.HashBits != features.HashBits)
        {
            throw new ArgumentException("Weights and features disagree on the number of hash bits.");
        }

        Weights = weights;
        Features = features;
    }

    public NerWeights Weights { get; }

    public NerFeatures Features { get; }

    /// <summary>
    /// 1: greedy left-to-right decoding. Above 1: beam search over the sum of the tags' log-probabilities,
    /// keeping this many hypotheses, merged when they agree on the last two tags (all the features look at),
    /// so a wide enough beam is exact second-order Viterbi decoding.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>The domain whose domain-specific features the tagger adds (see <see cref="NerFeatures.DomainKey"/>); 0 for none.</summary>
    public uint DomainKey { get; init; }

    /// <summary>Tags one sentence; returns well-formed BILOU labels.</summary>
    public byte[] Tag(string[] words)
    {
        var labels = new byte[words.Length];
        Tag(words, labels, default);
        return labels;
    }

    /// <summary>Tags one sentence into <paramref name="labels"/> and (optionally) each label's probability.</summary>
    public void Tag(string[] words, Span<byte> labels, Span<float> confidences)
    {
        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var ws = workspace ??= new Workspace();
        ws.Ensure(n);
        Features.Extract(words, ws.Features, ws.Counts, ws.ShapeKeys, ws.LowerKeys, DomainKey);
        if (BeamWidth > 1)
        {
            Beam(ws, n, labels, confidences);
            return;
        }

        var w = Weights.Weights;
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(w);
        var biasLo = Vector256.Create(Weights.Biases, 0);
        var biasHi = Vector256.Create(Weights.Biases, 8);
        Span<int> dynamic = stackalloc int[NerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[NerWeights.Stride];
        int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
        for (var i = 0; i < n; i++)
        {
            var lo = biasLo;
            var hi = biasHi;
            var offset = i * NerFeatures.MaxStatic;
            var count = ws.Counts[i];
            for (var k = 0; k < count; k++)
            {
                var row = ws.Features[offset + k] * NerWeights.Stride;
                lo += Vector256.LoadUnsafe(ref w0, (nuint)row);
                hi += Vector256.LoadUnsafe(ref w0, (nuint)(row + 8));
            }

            Features.Dynamic(previous, previous2, ws.ShapeKeys[i], ws.LowerKeys[i], dynamic);
            foreach (var id in dynamic)
            {
                var row = id * NerWeights.Stride;
                lo += Vector256.LoadUnsafe(ref w0, (nuint)row);
                hi += Vector256.LoadUnsafe(ref w0, (nuint)(row + 8));
            }

            lo.CopyTo(scores);
            hi.CopyTo(scores[8..]);
            var best = NerDecoder.Best(scores, previous, i == n - 1);
            labels[i] = (byte)best;
            if (!confidences.IsEmpty)
            {
                confidences[i] = NerDecoder.Probability(scores, best);
            }

            previous2 = previous;
            previous = best;
        }
    }

    private void Beam(Workspace ws, int n, Span<byte> labels, Span<float> confidences)
    {
        const int S = NerWeights.Stride;
        var width = BeamWidth;
        ws.EnsureBeam(n, width);
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(Weights.Weights);
        var biasLo = Vector256.Create(Weights.Biases, 0);
        var biasHi = Vector256.Create(Weights.Biases, 8);
        Span<int> dynamic = stackalloc int[NerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[S];

        // Hypotheses at position i live in slots [i * width, i * width + counts[i]).
        var score = ws.BeamScore;
        var label = ws.BeamLabel;
        var parent = ws.BeamParent;
        var prob = ws.BeamProb;
        var sizes = ws.BeamSize;
        for (var i = 0; i < n; i++)
        {
            var staticLo = biasLo;
            var staticHi = biasHi;
            var offset = i * NerFeatures.MaxStatic;
            for (var k = 0; k < ws.Counts[i]; k++)
            {
                var row = ws.Features[offset + k] * S;
                staticLo += Vector256.LoadUnsafe(ref w0, (nuint)row);
                staticHi += Vector256.LoadUnsafe(ref w0, (nuint)(row + 8));
            }

            var isLast = i == n - 1;
            var here = i * width;
            var size = 0;
            var previousCount = i == 0 ? 1 : sizes[i - 1];
            for (var b = 0; b < previousCount; b++)
            {
                var slot = (i - 1) * width + b;
                int previous = i == 0 ? NerLabels.Outside : label[slot];
                int previous2 = i <= 1 ? NerLabels.Outside : label[parent[slot]];
                var baseScore = i == 0 ? 0.0 : score[slot];
                var lo = staticLo;
                var hi = staticHi;
                Features.Dynamic(previous, previous2, ws.ShapeKeys[i], ws.LowerKeys[i], dynamic);
                foreach (var id in dynamic)
                {
                    var row = id * S;
                    lo += Vector256.LoadUnsafe(ref w0, (nuint)row);
                    hi += Vector256.LoadUnsafe(ref w0, (nuint)(row + 8));
                }

                lo.CopyTo(scores);
                hi.CopyTo(scores[8..]);
                var max = float.NegativeInfinity;
                for (var c = 0; c < NerLabels.Count; c++)
                {
                    max = Math.Max(max, scores[c]);
                }

                var sum = 0f;
                for (var c = 0; c < NerLabels.Count; c++)
                {
                    sum += MathF.Exp(scores[c] - max);
                }

                var logZ = max + MathF.Log(sum);
                for (var c = 0; c < NerLabels.Count; c++)
                {
                    if (!NerLabels.IsAllowed(previous, c, isLast))
                    {
                        continue;
                    }

                    var logP = scores[c] - logZ;
                    var candidate = baseScore + logP;

                    // Merge with a hypothesis that has the same last two tags, else insert if good enough.
                    var same = -1;
                    for (var h = 0; h < size; h++)
                    {
                        var hs = here + h;
                        if (label[hs] == c && (i == 0 ? NerLabels.Outside : label[parent[hs]]) == previous)
                        {
                            same = h;
                            break;
                        }
                    }

                    if (same >= 0)
                    {
                        if (candidate > score[here + same])
                        {
                            score[here + same] = candidate;
                            parent[here + same] = slot;
                            prob[here + same] = MathF.Exp(logP);
                        }

                        continue;
                    }

                    var target = size;
                    if (size == width)
                    {
                        target = 0;
                        for (var h = 1; h < size; h++)
                        {
                            if (score[here + h] < score[here + target])
                            {
                                target = h;
                            }
                        }

                        if (score[here + target] >= candidate)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        size++;
                    }

                    score[here + target] = candidate;
                    label[here + target] = (byte)c;
                    parent[here + target] = slot;
                    prob[here + target] = MathF.Exp(logP);
                }
            }

            sizes[i] = size;
        }

        var best = (n - 1) * width;
        for (var h = 1; h < sizes[n - 1]; h++)
        {
            if (score[(n - 1) * width + h] > score[best])
            {
                best = (n - 1) * width + h;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = label[best];
            if (!confidences.IsEmpty)
            {
                confidences[i] = prob[best];
            }

            best = parent[best];
        }
    }

    private sealed class Workspace
    {
        public double[] BeamScore = [];
        public byte[] BeamLabel = [];
        public int[] BeamParent = [];
        public float[] BeamProb = [];
        public int[] BeamSize = [];

        public void EnsureBeam(int n, int width)
        {
            if (BeamScore.Length < n * width || BeamSize.Length < n)
            {
                var size = Math.Max(n, 64);
                BeamScore = new double[size * width];
                BeamLabel = new byte[size * width];
                BeamParent = new int[size * width];
                BeamProb = new float[size * width];
                BeamSize = new int[size];
            }
        }

        public int[] Features = [];
        public int[] Counts = [];
        public uint[] ShapeKeys = [];
        public uint[] LowerKeys = [];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Ensure(int n)
        {
            if (Counts.Length < n)
            {
                var size = Math.Max(n, 64);
                Features = new int[size * NerFeatures.MaxStatic];
                Counts = new int[size];
                ShapeKeys = new uint[size];
                LowerKeys = new uint[size];
            }
        }
    }
}

/// <summary>The constrained choice of the next tag.</summary>
public static class NerDecoder
{
    /// <summary>The highest-scoring label that may follow <paramref name="previous"/> (ties go to the lower label).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, bool isLast)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var label = 0; label < NerLabels.Count; label++)
        {
            if (NerLabels.IsAllowed(previous, label, isLast) && (best < 0 || scores[label] > bestScore))
            {
                best = label;
                bestScore = scores[label];
            }
        }

        return best;
    }

    /// <summary>Greedy decoding over a fixed score matrix (one row of class scores per token).</summary>
    public static byte[] Greedy(float[][] scores)
    {
        var labels = new byte[scores.Length];
        var previous = (int)NerLabels.Outside;
        for (var i = 0; i < scores.Length; i++)
        {
            previous = Best(scores[i], previous, i == scores.Length - 1);
            labels[i] = (byte)previous;
        }

        return labels;
    }

    /// <summary>Softmax probability of <paramref name="label"/> among all classes.</summary>
    public static float Probability(ReadOnlySpan<float> scores, int label)
    {
        var max = float.NegativeInfinity;
        for (var c = 0; c < NerLabels.Count; c++)
        {
            max = Math.Max(max, scores[c]);
        }

        var sum = 0f;
        for (var c = 0; c < NerLabels.Count; c++)
        {
            sum += MathF.Exp(scores[c] - max);
        }

        return MathF.Exp(scores[label] - max) / sum;
    }
}
