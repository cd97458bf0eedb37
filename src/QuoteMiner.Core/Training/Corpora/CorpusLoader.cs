using System.Globalization;
using System.Security.Cryptography;

namespace QuoteMiner.Training.Corpora;

/// <summary>A corpus read from disk, with what the model manifest records about it.</summary>
public sealed record LoadedCorpus(
    string Spec,
    string Path,
    CorpusFormat Format,
    string? Slice,
    string Domain,
    IReadOnlyList<string> Files,
    string Sha256,
    IReadOnlyList<NerDocument> Documents)
{
    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);

    public int TokenCount => Documents.Sum(d => d.TokenCount);

    public int EntityCount => Documents.Sum(d => d.Sentences.Sum(s => s.Entities().Count));
}

/// <summary>
/// Loads a corpus from a spec <c>PATH[#SLICE]</c>. PATH is a file or a directory (its files of the format,
/// in ordinal name order). SLICE is either <c>FROM-TO</c>, fractions of the documents in order
/// (<c>h.conll#0.5-1</c> is the second half), or a JSONL split name (<c>articles.jsonl#train</c>).
/// A final <c>@DOMAIN</c> names the text domain for domain-adapted training (<c>btc/a.conll@social</c>);
/// the default is <see cref="DefaultDomain"/>. The format is detected from the files unless given.
/// </summary>
public static class CorpusLoader
{
    public const string DefaultDomain = "formal";

    public static LoadedCorpus Load(string spec, CorpusFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        var domain = DefaultDomain;
        var at = spec.LastIndexOf('@');
        if (at > 0 && at > spec.LastIndexOfAny(['/', '\\']))
        {
            domain = spec[(at + 1)..].Trim().ToLowerInvariant();
            spec = spec[..at];
        }

        var (path, slice) = SplitSpec(spec);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Corpus '{path}' does not exist.", path);
        }

        var detected = format ?? Detect(path);
        var files = FilesOf(path, detected);
        if (files.Count == 0)
        {
            throw new InvalidDataException($"Corpus '{path}' holds no {detected} files.");
        }

        var (from, to, split) = ParseSlice(slice, detected);
        var documents = new List<NerDocument>();
        foreach (var file in files)
        {
            switch (detected)
            {
                case CorpusFormat.Conll:
                    documents.AddRange(ConllReader.Read(file));
                    break;
                case CorpusFormat.Gum:
                    documents.Add(GumReader.Read(file));
                    break;
                case CorpusFormat.Brat:
                    documents.Add(BratReader.Read(file));
                    break;
                case CorpusFormat.Jsonl:
                    documents.AddRange(JsonlCorpusReader.Read(file, split));
                    break;
            }
        }

        var first = (int)Math.Round(from * documents.Count);
        var end = (int)Math.Round(to * documents.Count);
        var selected = documents.GetRange(first, Math.Max(0, end - first)).Select(d => d with { Domain = domain }).ToList();
        return new LoadedCorpus(domain == DefaultDomain ? spec : $"{spec}@{domain}", path, detected, slice, domain, files, HashFiles(files), selected);
    }

    public static (string Path, string? Slice) SplitSpec(string spec)
    {
        var hash = spec.LastIndexOf('#');
        return hash > 0 ? (spec[..hash], spec[(hash + 1)..]) : (spec, null);
    }

    private static (double From, double To, string? Split) ParseSlice(string? slice, CorpusFormat format)
    {
        if (string.IsNullOrEmpty(slice))
        {
            return (0, 1, null);
        }

        var dash = slice.IndexOf('-', 1);
        if (dash > 0
            && double.TryParse(slice[..dash], NumberStyles.Float, CultureInfo.InvariantCulture, out var from)
            && double.TryParse(slice[(dash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var to))
        {
            if (from < 0 || to > 1 || from >= to)
            {
                throw new ArgumentException($"Slice '{slice}' must be FROM-TO with 0 <= FROM < TO <= 1.");
            }

            return (from, to, null);
        }

        if (format != CorpusFormat.Jsonl)
        {
            throw new ArgumentException($"Slice '{slice}' is not FROM-TO; split names apply to JSONL corpora only.");
        }

        return (0, 1, slice);
    }

    public static CorpusFormat ParseFormat(string name) => name.Trim().ToLowerInvariant() switch
    {
        "conll" or "iob" or "bio" or "bilou" => CorpusFormat.Conll,
        "gum" or "tsv" => CorpusFormat.Gum,
        "brat" or "ann" => CorpusFormat.Brat,
        "jsonl" or "json" => CorpusFormat.Jsonl,
        _ => throw new ArgumentException($"Unknown corpus format '{name}' (expected conll, gum, brat or jsonl)."),
    };

    /// <summary>Guesses the format of a file or directory from extensions and, failing that, from content.</summary>
    public static CorpusFormat Detect(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).Where(f => !IsSideFile(f)).Order(StringComparer.Ordinal).ToList();
            if (files.Any(f => f.EndsWith(".ann", StringComparison.OrdinalIgnoreCase)))
            {
                return CorpusFormat.Brat;
            }

            if (files.Any(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
            {
                return CorpusFormat.Jsonl;
            }

            var sample = files.FirstOrDefault(f => f.EndsWith(".conll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
                ?? files.FirstOrDefault()
                ?? throw new InvalidDataException($"Corpus directory '{path}' is empty.");
            return Detect(sample);
        }

        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            return CorpusFormat.Jsonl;
        }

        if (extension == ".ann" || (extension == ".txt" && File.Exists(System.IO.Path.ChangeExtension(path, ".ann"))))
        {
            return CorpusFormat.Brat;
        }

        return DetectFromContent(File.ReadLines(path).Take(2000));
    }

    public static CorpusFormat DetectFromContent(IEnumerable<string> lines)
    {
        var sawSchemeTag = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '{')
            {
                return CorpusFormat.Jsonl;
            }

            var columns = trimmed.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                return CorpusFormat.Conll;
            }

            var tag = columns[^1];
            if (columns.Length < 2 || !ConllReader.LooksLikeSchemeTag(tag))
            {
                if (columns.Length >= 2)
                {
                    return CorpusFormat.Gum; // a bare type such as 'person' or 'abstract': token TAB type
                }

                continue;
            }

            sawSchemeTag |= tag != "O";
        }

        return CorpusFormat.Conll;
    }

    private static List<string> FilesOf(string path, CorpusFormat format)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        var extensions = format switch
        {
            CorpusFormat.Brat => [".ann"],
            CorpusFormat.Jsonl => [".jsonl"],
            CorpusFormat.Gum => [".tsv", ".txt", ".conll"],
            _ => new[] { ".conll", ".txt", ".tsv", ".bio", ".iob", ".annotated" },
        };
        return [.. Directory.GetFiles(path)
            .Where(f => !IsSideFile(f) && extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsSideFile(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        return name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith('.');
    }

    /// <summary>SHA-256 over the files' bytes, in order (hex, lower case).</summary>
    public static string HashFiles(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(File.ReadAllBytes(file));
            if (System.IO.Path.GetExtension(file).Equals(".ann", StringComparison.OrdinalIgnoreCase))
            {
                var txt = System.IO.Path.ChangeExtension(file, ".txt");
                if (File.Exists(txt))
                {
                    hash.AppendData(File.ReadAllBytes(txt));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
