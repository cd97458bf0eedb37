using System.Text;
using System.Text.Json;

namespace QuoteMiner.Training.Corpora;

/// <summary>
/// Reads the project's corpus format (corpus/README.md): one JSON article a line with <c>text</c> and
/// <c>entities[{start,end,type}]</c> whose offsets are Unicode code points. Offsets are converted to UTF-16
/// and the text is tokenized and split with the project's own stages. <paramref name="split"/> keeps only
/// articles of that split (train, dev, test); null keeps all.
/// </summary>
public static class JsonlCorpusReader
{
    public static List<NerDocument> Read(string path, string? split = null) =>
        Read(File.ReadLines(path, Encoding.UTF8), split);

    public static List<NerDocument> Read(IEnumerable<string> lines, string? split = null)
    {
        var documents = new List<NerDocument>();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (split is not null && (!root.TryGetProperty("split", out var s) || s.GetString() != split))
            {
                continue;
            }

            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? $"line{lineNumber}" : $"line{lineNumber}";
            var text = root.GetProperty("text").GetString() ?? "";
            var utf16 = CodePointToUtf16(text);
            var entities = new List<CharEntity>();
            if (root.TryGetProperty("entities", out var array))
            {
                foreach (var e in array.EnumerateArray())
                {
                    var start = e.GetProperty("start").GetInt32();
                    var end = e.GetProperty("end").GetInt32();
                    if (LabelMap.Resolve(e.GetProperty("type").GetString()) is { } type
                        && start >= 0 && end > start && end < utf16.Length)
                    {
                        entities.Add(new CharEntity(utf16[start], utf16[end], type));
                    }
                }
            }

            documents.Add(AnnotatedText.ToDocument(id, text, entities));
        }

        return documents;
    }

    /// <summary>For each code-point index 0..n (inclusive), the UTF-16 offset it starts at.</summary>
    internal static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }
}
