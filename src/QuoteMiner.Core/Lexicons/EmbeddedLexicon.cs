using System.Reflection;

namespace QuoteMiner.Lexicons;

/// <summary>
/// Reads the word lists shipped inside the library (Lexicons/*.txt). A lexicon is one entry a line;
/// lines starting with '#' are comments (each file opens with a header saying what it holds and why).
/// </summary>
public static class EmbeddedLexicon
{
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var resource = "QuoteMiner.Lexicons." + fileName;
        using var stream = typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"Lexicon '{fileName}' is not embedded in {typeof(EmbeddedLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>The lexicon's entries as a set; <paramref name="ignoreCase"/> for word lists matched in any case.</summary>
    public static HashSet<string> ReadSet(string fileName, bool ignoreCase = false) =>
        new(ReadLines(fileName), ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Tab-separated entries: the first column is the key, the rest the value columns.</summary>
    public static IEnumerable<string[]> ReadColumns(string fileName) =>
        ReadLines(fileName).Select(line => line.Split('\t'));
}
