namespace QuoteMiner.Lexicons;

/// <summary>The lexicons the rule stages share, loaded once and passed in (no global state).</summary>
public sealed class NewsLexicons
{
    public required CueVerbLexicon CueVerbs { get; init; }

    public required TitleLexicon Titles { get; init; }

    public required FirstNameLexicon FirstNames { get; init; }

    public required PlaceLexicon Places { get; init; }

    public required OrganizationWordLexicon OrganizationWords { get; init; }

    public required HashSet<string> SentenceOpeners { get; init; }

    /// <summary>Whether a capitalised word usually just opens a sentence ("The", "However"), looked up without a copy.</summary>
    public bool IsSentenceOpener(ReadOnlySpan<char> word) => SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static NewsLexicons Load() => new()
    {
        CueVerbs = CueVerbLexicon.Load(),
        Titles = TitleLexicon.Load(),
        FirstNames = FirstNameLexicon.Load(),
        Places = PlaceLexicon.Load(),
        OrganizationWords = OrganizationWordLexicon.Load(),
        SentenceOpeners = EmbeddedLexicon.ReadSet("sentence-openers.txt"),
    };
}
