namespace QuoteMiner.Tests;

/// <summary>Finds files of the repository (corpus, schemas) from the test binary's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QuoteMiner.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("QuoteMiner.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Corpus => Path.Combine(Root, "corpus", "articles.jsonl");
}
