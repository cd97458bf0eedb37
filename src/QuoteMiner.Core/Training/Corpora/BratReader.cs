using System.Globalization;

namespace QuoteMiner.Training.Corpora;

/// <summary>
/// Reads brat standoff annotation: a <c>.txt</c> file and its <c>.ann</c> beside it. Only text-bound
/// annotations (T lines: <c>T1 TAB TYPE START END[;START END…] TAB text</c>) are read; a discontinuous one
/// spans from its first start to its last end. Types go through <see cref="LabelMap"/>.
/// </summary>
public static class BratReader
{
    /// <summary>Reads one document from its <c>.ann</c> or <c>.txt</c> path.</summary>
    public static NerDocument Read(string path)
    {
        var txt = Path.ChangeExtension(path, ".txt");
        var ann = Path.ChangeExtension(path, ".ann");
        return Read(Path.GetFileNameWithoutExtension(path), File.ReadAllText(txt), File.Exists(ann) ? File.ReadLines(ann) : []);
    }

    public static NerDocument Read(string id, string text, IEnumerable<string> annotationLines) =>
        AnnotatedText.ToDocument(id, text, ParseAnnotations(annotationLines));

    public static IEnumerable<CharEntity> ParseAnnotations(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length < 2 || line[0] != 'T')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                continue;
            }

            var typeAndOffsets = columns[1].Split(' ', 2);
            if (typeAndOffsets.Length < 2 || LabelMap.Resolve(typeAndOffsets[0]) is not { } type)
            {
                continue;
            }

            var fragments = typeAndOffsets[1].Split(';');
            var first = fragments[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = fragments[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (first.Length == 2 && last.Length == 2
                && int.TryParse(first[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(last[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                && end > start)
            {
                yield return new CharEntity(start, end, type);
            }
        }
    }
}
