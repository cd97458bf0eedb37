using System.Text.Json;
using System.Text.Json.Serialization;
using QuoteMiner.Training;

namespace QuoteMiner.Models;

/// <summary>The manifest (<c>manifest.json</c>) beside a learned NER model's weights: what it is, how it was made, how well it does.</summary>
public sealed record NerModelManifest
{
    public const int CurrentFormatVersion = 1;

    public const string FileName = "manifest.json";

    public string Name { get; init; } = "quoteminer-ner";

    public string Version { get; init; } = "1.0.0";

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public DateTimeOffset Created { get; init; }

    public string WeightsFile { get; init; } = "weights.bin";

    public long WeightsLength { get; init; }

    public string WeightsSha256 { get; init; } = "";

    public int Seed { get; init; }

    public NerTrainerInfo Trainer { get; init; } = new();

    public NerFeatureInfo Features { get; init; } = new();

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyList<NerCorpusInfo> TrainingCorpora { get; init; } = [];

    public NerCorpusInfo? DevCorpus { get; init; }

    public NerEvaluationReport? Dev { get; init; }

    public IReadOnlyDictionary<string, NerEvaluationReport> HeldOut { get; init; } = new Dictionary<string, NerEvaluationReport>();

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

public sealed record NerTrainerInfo
{
    public string Algorithm { get; init; } = "";

    public int Iterations { get; init; }

    public float L1 { get; init; }

    public float L2 { get; init; }

    public int TrainingTokens { get; init; }

    public double Seconds { get; init; }

    public string PreviousTags { get; init; } = "gold";
}

public sealed record NerFeatureInfo
{
    public int HashBits { get; init; }

    public IReadOnlyList<string> Gazetteers { get; init; } = [];

    public string GazetteerSha256 { get; init; } = "";

    public bool DocumentConsistency { get; init; } = true;

    /// <summary>Decoder beam width: 1 is greedy, more is beam search (see <see cref="Entities.NerTagger.BeamWidth"/>).</summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>With domain adaptation, the domain whose features the model runs with (null: no adaptation).</summary>
    public string? Domain { get; init; }

    public string Templates { get; init; } = "";
}

public sealed record NerCorpusInfo
{
    public string Spec { get; init; } = "";

    public string Format { get; init; } = "";

    public IReadOnlyList<string> Files { get; init; } = [];

    public string Sha256 { get; init; } = "";

    public int Documents { get; init; }

    public int Sentences { get; init; }

    public int Tokens { get; init; }

    public int Entities { get; init; }
}
