using Microsoft.ML;
using QuoteMiner.Models;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>
/// The learned speaker ranker: scores quote–candidate pairs with the trained ML.NET model. ML.NET's
/// PredictionEngine is not thread-safe, so each thread gets its own.
/// </summary>
public sealed class SpeakerRanker : IDisposable
{
    private readonly ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>> engines;

    public SpeakerRanker(MLContext ml, ITransformer model, AttributionModelManifest manifest)
    {
        Manifest = manifest;
        engines = new ThreadLocal<PredictionEngine<CandidateRow, CandidateScore>>(() => ml.Model.CreatePredictionEngine<CandidateRow, CandidateScore>(model));
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
            return new SpeakerRanker(ml, model, manifest);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or InvalidDataException or ArgumentException)
        {
            throw new ModelLoadException(modelPath, $"it could not be read ({ex.Message}). Recreate it with 'quoteminer train attribution'.", ex);
        }
    }

    public float Probability(float[] features) => engines.Value!.Predict(new CandidateRow { Features = features }).Probability;

    public void Dispose() => engines.Dispose();
}
