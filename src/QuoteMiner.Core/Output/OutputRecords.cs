using System.Text.Json.Serialization;

namespace QuoteMiner.Output;

// The JSON contract (schemas/quoteminer-output.schema.json). Offsets are Unicode code points, end exclusive.

public sealed record DocumentRecord(
    string SchemaVersion,
    string Id,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<SpeakerRecord> Speakers,
    IReadOnlyList<EntityRecord> Entities)
{
    /// <summary>The text the offsets refer to, when it is not the input as given (HTML input; schema 1.2).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The other fields of a JSONL input record, passed through unchanged (schema 1.2).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public System.Text.Json.JsonElement? Meta { get; init; }
}

public sealed record QuoteRecord(
    string Id,
    string Text,
    int Start,
    int End,
    string Kind,
    string? SpeakerId,
    CueRecord? Cue,
    double Confidence);

public sealed record CueRecord(string Text, int Start, int End);

public sealed record SpeakerRecord(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Roles,
    IReadOnlyList<MentionRecord> Mentions)
{
    /// <summary>Each role split into its parts (schema 1.1).</summary>
    public IReadOnlyList<RoleRecord> RoleDetails { get; init; } = [];
}

public sealed record RoleRecord(string Text, string Normalized, string? Organization, string? Country, int Start, int End);

public sealed record MentionRecord(string Text, int Start, int End);

public sealed record EntityRecord(string Text, int Start, int End, string Type);

public sealed record ErrorRecord(string Id, ErrorDetail Error);

public sealed record ErrorDetail(string Code, string Message);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(ErrorRecord))]
[JsonSerializable(typeof(DocumentRecord[]))]
public sealed partial class OutputJsonContext : JsonSerializerContext;

/// <summary>
/// The serializer settings of every record QuoteMiner writes: source-generated, with non-ASCII text and
/// apostrophes written as they are (valid JSON, and readable: "Ramón", "Mexico's").
/// </summary>
public static class OutputJson
{
    public static readonly OutputJsonContext Context = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });
}
