using System.Text.Json;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// <c>--input jsonl</c>: documents as JSON records <c>{"id": …, "text": …}</c>, one per line, from files or
/// standard input. A line that is not such a record becomes a document whose reading fails, so it gets
/// an error record in its place (id: the record's id if it has one, else file:line).
/// </summary>
public static class JsonlInputReader
{
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> paths, TextReader stdin)
    {
        foreach (var path in paths.Count == 0 ? ["-"] : paths)
        {
            var name = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            if (path != "-" && !File.Exists(path))
            {
                yield return new InputDocument(name, () => throw new DocumentInputException("not_found", $"No such file: {path}"));
                continue;
            }

            using var reader = path == "-" ? null : new StreamReader(path);
            var source = reader ?? stdin;
            var lineNumber = 0;
            while (source.ReadLine() is { } line)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return Parse(line, $"{name}:{lineNumber}");
                }
            }
        }
    }

    // Everything but id and text, as one JSON object; null when there is nothing else.
    private static JsonElement? OtherFields(JsonElement record)
    {
        var others = record.EnumerateObject().Where(p => p.Name is not ("id" or "text")).ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in others)
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static InputDocument Parse(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idElement) ? idElement.ToString() : where;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return new InputDocument(id, () => throw new DocumentInputException("invalid_record", $"{where}: a record needs a string field \"text\"."));
            }

            var value = text.GetString()!;
            return new InputDocument(id, () => value) { Meta = OtherFields(root) };
        }
        catch (JsonException ex)
        {
            return new InputDocument(where, () => throw new DocumentInputException("invalid_record", $"{where}: not JSON ({ex.Message})."));
        }
    }
}
