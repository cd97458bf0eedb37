using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>
/// Scores candidate rows with the trained FastTree ensemble and its Platt calibrator directly. ML.NET's
/// PredictionEngine builds a data row and cursors for every call, which cost more than walking the trees;
/// this scorer reads the same trees and gives the same probabilities, allocation-free and thread-safe.
/// </summary>
public sealed class TreeEnsembleScorer
{
    private readonly Tree[] trees;
    private readonly double bias;
    private readonly double slope;
    private readonly double offset;

    private TreeEnsembleScorer(Tree[] trees, double bias, double slope, double offset)
    {
        (this.trees, this.bias, this.slope, this.offset) = (trees, bias, slope, offset);
    }

    /// <summary>The scorer of a trained ranker, or null when the model is not a calibrated FastTree binary classifier.</summary>
    public static TreeEnsembleScorer? From(ITransformer model)
    {
        if (model is not BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> binary)
        {
            return null;
        }

        var ensemble = binary.Model.SubModel.TrainedTreeEnsemble;
        var trees = new Tree[ensemble.Trees.Count];
        for (var i = 0; i < trees.Length; i++)
        {
            var tree = ensemble.Trees[i];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                return null; // our features are numeric; a categorical split would need the subset test
            }

            trees[i] = new Tree(
                [.. tree.LeftChild], [.. tree.RightChild], [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds], [.. tree.LeafValues], ensemble.TreeWeights[i]);
        }

        return new TreeEnsembleScorer(trees, ensemble.Bias, binary.Model.Calibrator.Slope, binary.Model.Calibrator.Offset);
    }

    /// <summary>The calibrated probability that the candidate is the speaker.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var score = bias;
        foreach (var tree in trees)
        {
            score += tree.Weight * tree.Output(features);
        }

        // Platt scaling as ML.NET applies it: 1 / (1 + exp(slope · score + offset)), in single precision.
        return (float)(1 / (1 + Math.Exp(slope * (float)score + offset)));
    }

    private sealed record Tree(int[] LessOrEqual, int[] Greater, int[] Feature, float[] Threshold, double[] Leaf, double Weight)
    {
        // Node indices are non-negative; a negative child ~k is leaf k.
        public double Output(ReadOnlySpan<float> features)
        {
            if (Leaf.Length == 1)
            {
                return Leaf[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[Feature[node]] <= Threshold[node] ? LessOrEqual[node] : Greater[node];
            }

            return Leaf[~node];
        }
    }
}
