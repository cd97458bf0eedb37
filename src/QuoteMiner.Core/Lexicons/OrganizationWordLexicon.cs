namespace QuoteMiner.Lexicons;

/// <summary>
/// Words that make a capitalised name an organisation (Ministry, Bureau, Inc.) and lower-case
/// collective nouns that can speak for one ("the ministry", "police", "officials").
/// </summary>
public sealed class OrganizationWordLexicon
{
    private readonly HashSet<string> nameWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> collectives = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> newsWords = new(StringComparer.OrdinalIgnoreCase);

    public OrganizationWordLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length > 1 && row[1] == "collective")
            {
                collectives.Add(row[0]);
            }
            else
            {
                nameWords.Add(row[0]);
                if (row.Length > 1 && row[1] == "news")
                {
                    newsWords.Add(row[0]);
                }
            }
        }
    }

    public static OrganizationWordLexicon Load() => new(EmbeddedLexicon.ReadColumns("organization-words.txt"));

    public bool IsOrganizationWord(string word) => nameWords.Contains(word);

    public bool IsOrganizationWord(ReadOnlySpan<char> word) => nameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsCollective(string word) => collectives.Contains(word);

    /// <summary>Words of news outlets' names ("Times", "Fox", "Sky"), some of which are also people's names.</summary>
    public bool IsNewsWord(string word) => newsWords.Contains(word);
}
