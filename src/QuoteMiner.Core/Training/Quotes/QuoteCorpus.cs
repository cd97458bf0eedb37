using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteMiner.Training.Quotes;

// The project's own corpus format (corpus/README.md): one annotated article per JSON line.

public sealed record GoldSpan(int Start, int End);

public sealed record GoldEntity(int Start, int End, string Type);

public sealed record GoldQuote(int Start, int End, string Kind, string? Speaker, GoldSpan? Cue);

public sealed record GoldPerson(string Name, string Type, IReadOnlyList<string> Roles);

public sealed record CorpusArticle(
    string Id,
    string Split,
    string Text,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldPerson> People);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CorpusArticle))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;

/// <summary>Reads corpus articles from a JSONL file; a malformed line is an error naming the file and line.</summary>
public static class QuoteCorpus
{
    public static IReadOnlyList<CorpusArticle> Read(string path, string? split = null)
    {
        var articles = new List<CorpusArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CorpusArticle? article;
            try
            {
                article = JsonSerializer.Deserialize(line, CorpusJsonContext.Default.CorpusArticle);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a corpus article: {ex.Message}", ex);
            }

            if (article is null)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: empty corpus record.");
            }

            if (split is null || string.Equals(article.Split, split, StringComparison.OrdinalIgnoreCase))
            {
                articles.Add(article with { Entities = article.Entities ?? [], Quotes = article.Quotes ?? [], People = article.People ?? [] });
            }
        }

        return articles;
    }
}
