namespace QuoteMiner.Models;

/// <summary>A model could not be loaded: missing, corrupt, or of a format this build cannot read. The message names the file.</summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string path, string message, Exception? inner = null)
        : base($"Cannot load model file '{path}': {message}", inner)
    {
        FilePath = path;
    }

    public string FilePath { get; }
}
