using System.Text.Json;

namespace QuoteMiner.Benchmarks;

/// <summary>
/// The benchmark's input: the project's own corpus articles (news-style text written for QuoteMiner), read
/// from corpus/articles.jsonl in the repository.
/// </summary>
public static class BenchmarkArticles
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuoteMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? ".";
    }

    public static string[] Load()
    {
        var path = Path.Combine(RepositoryRoot(), "corpus", "articles.jsonl");
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
    }

    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
}
