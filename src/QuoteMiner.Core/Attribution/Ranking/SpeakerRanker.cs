using Microsoft.ML;
using QuoteMiner.Models;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>
/// The learned speaker ranker: scores quote–candidate pairs with the trained ML.NET FastTree model, whose
/// trees are walked by <see cref="TreeEnsembleScorer"/> (same probabilities, thread-safe, no per-call rows).
/// </summary>
public sealed class SpeakerRanker
{
    private readonly TreeEnsembleScorer scorer;

    public SpeakerRanker(ITransformer model, AttributionModelManifest manifest)
    {
        Manifest = manifest;
        scorer = TreeEnsembleScorer.From(model)
            ?? throw new InvalidDataException($"the model is a {model.GetType().Name}, not a calibrated FastTree binary classifier");
    }

    public AttributionModelManifest Manifest { get; }

    /// <summary>Loads a model directory (manifest.json + model.zip), failing with a message that names the file and the fix.</summary>
    public static SpeakerRanker Load(string directory)
    {
        var manifestPath = Path.Combine(directory, AttributionModelManifest.FileName);
        var modelPath = Path.Combine(directory, AttributionModelManifest.ModelFileName);
        if (!File.Exists(manifestPath) || !File.Exists(modelPath))
        {
            throw new ModelLoadException(File.Exists(manifestPath) ? modelPath : manifestPath, $"the attribution model is missing (expected {manifestPath} and {modelPath}). Recreate it with 'quoteminer train attribution'.");
        }

        AttributionModelManifest manifest;
        try
        {
            manifest = AttributionModelManifest.FromJson(File.ReadAllText(manifestPath));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException)
        {
            throw new ModelLoadException(manifestPath, $"the manifest is corrupt ({ex.Message}). Recreate it with 'quoteminer train attribution'.", ex);
        }

        if (manifest.FormatVersion != AttributionModelManifest.CurrentFormatVersion || !manifest.Features.SequenceEqual(CandidateFeatures.Names))
        {
            throw new ModelLoadException(manifestPath, $"the model has format {manifest.FormatVersion} with {manifest.Features.Count} features; this QuoteMiner reads format {AttributionModelManifest.CurrentFormatVersion} with {CandidateFeatures.Count}. Retrain it with 'quoteminer train attribution'.");
        }

        var ml = new MLContext(manifest.Seed);
        try
        {
            using var stream = File.OpenRead(modelPath);
            var model = ml.Model.Load(stream, out _);
            return new SpeakerRanker(model, manifest);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or InvalidDataException or ArgumentException)
        {
            throw new ModelLoadException(modelPath, $"it could not be read ({ex.Message}). Recreate it with 'quoteminer train attribution'.", ex);
        }
    }

    public float Probability(float[] features) => scorer.Probability(features);
}
