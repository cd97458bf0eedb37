using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>Held-out scores recorded with the model.</summary>
public sealed record AttributionScores(int Documents, int MatchedQuotes, double QuoteF1, double AttributionAccuracy, double RulesAttributionAccuracy);

/// <summary>What the speaker-ranker model is: its format, features, training data and held-out scores.</summary>
public sealed record AttributionModelManifest(
    string Name,
    string Version,
    int FormatVersion,
    string Trainer,
    int Seed,
    float Threshold,
    IReadOnlyList<string> Features,
    string TrainingCorpus,
    string TrainingCorpusSha256,
    int TrainingPairs,
    AttributionScores Dev,
    AttributionScores Test)
{
    public const int CurrentFormatVersion = 1;

    public const string FileName = "manifest.json";

    public const string ModelFileName = "model.zip";

    public string ToJson() => JsonSerializer.Serialize(this, AttributionManifestJsonContext.Default.AttributionModelManifest);

    public static AttributionModelManifest FromJson(string json) =>
        JsonSerializer.Deserialize(json, AttributionManifestJsonContext.Default.AttributionModelManifest)
        ?? throw new InvalidDataException("The manifest is empty.");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AttributionModelManifest))]
internal sealed partial class AttributionManifestJsonContext : JsonSerializerContext;
