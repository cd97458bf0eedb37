namespace QuoteMiner.Attribution;

/// <summary>"replied", "countered", "shot back": cues that answer the one who spoke before.</summary>
public static class ReplyCues
{
    public static bool IsReply(ReadOnlySpan<char> cue) =>
        cue.StartsWith("repl", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("counter", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("retort", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("respond", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("hit back", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("shot back", StringComparison.OrdinalIgnoreCase)
        || cue.StartsWith("fired back", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("answer", StringComparison.OrdinalIgnoreCase);
}
