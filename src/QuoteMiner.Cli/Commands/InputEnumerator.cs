using System.Text;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// Expands the command line's paths into documents in a stable order: files as given, folders
/// recursively (*.txt, ordinal path order), "-" for standard input. A path that does not exist still
/// yields a document, whose reading fails, so the batch reports it in its place.
/// </summary>
public static class InputEnumerator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputDocument> Expand(IReadOnlyList<string> paths, TextReader stdin, IReadOnlyList<string>? patterns = null)
    {
        patterns ??= ["*.txt"];
        foreach (var path in paths.Count == 0 ? ["-"] : paths)
        {
            if (path == "-")
            {
                yield return new InputDocument("stdin", stdin.ReadToEnd);
            }
            else if (Directory.Exists(path))
            {
                var files = patterns.SelectMany(p => Directory.EnumerateFiles(path, p, SearchOption.AllDirectories)).Distinct().Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return FromFile(file);
                }
            }
            else
            {
                yield return FromFile(path);
            }
        }
    }

    private static InputDocument FromFile(string path) => new(Path.GetFileNameWithoutExtension(path), () => ReadFile(path));

    private static string ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new DocumentInputException("not_found", $"No such file or folder: {path}");
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                var unicode = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
                return unicode.GetString(bytes, 2, bytes.Length - 2);
            }

            var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            if (text.Contains('\0'))
            {
                throw new DocumentInputException("invalid_encoding", $"{path} looks binary (it contains NUL characters).");
            }

            return text;
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentInputException("invalid_encoding", $"{path} is not valid UTF-8 or UTF-16: {ex.Message}");
        }
    }
}

/// <summary>A document could not be read; <see cref="Code"/> goes into its error record.</summary>
public sealed class DocumentInputException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
