using QuoteMiner.Attribution.Ranking;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// Builds the pipeline on the shipped default models (copied next to the executable under models/) or on
/// a folder the user names. A named folder must hold the models; the default folder may lack one, and
/// then the rule stage stands in for it.
/// </summary>
public static class PipelineLoader
{
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public static TextPipeline Load(string? modelsDirectory)
    {
        var lexicons = NewsLexicons.Load();
        var directory = modelsDirectory ?? DefaultModelsDirectory;
        var attribution = Path.Combine(directory, "attribution");
        SpeakerRanker? ranker = null;
        if (modelsDirectory is not null || File.Exists(Path.Combine(attribution, AttributionModelManifest.FileName)))
        {
            ranker = SpeakerRanker.Load(attribution);
        }

        return QuoteMinerPipeline.Create(lexicons, ranker: ranker);
    }
}
