namespace QuoteMiner.Lexicons;

public enum TitleClass : byte
{
    /// <summary>Mr, Ms, Dr, Lord: part of how a person is named, not a role.</summary>
    Honorific,
    /// <summary>President, Foreign Minister, Senator: an office, capitalised before a name.</summary>
    Office,
    /// <summary>spokesman, analyst, striker: a common noun naming a role.</summary>
    RoleNoun,
}

/// <summary>Titles, honorifics and role nouns (titles.txt), matched case-insensitively, also as multi-word titles.</summary>
public sealed class TitleLexicon
{
    private readonly Dictionary<string, TitleClass> titles = new(StringComparer.OrdinalIgnoreCase);

    public TitleLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var cls = row.Length > 1 ? row[1] switch
            {
                "honorific" => TitleClass.Honorific,
                "rolenoun" => TitleClass.RoleNoun,
                _ => TitleClass.Office,
            } : TitleClass.Office;
            titles.TryAdd(row[0], cls);
            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 3)
            {
                continue; // "President of the European Council": its words are not titles on their own.
            }

            foreach (var word in words)
            {
                // Every word of a compound office ("Foreign", "Minister") can start or continue a title.
                if (cls != TitleClass.Honorific && word.Length > 2 && !IsConnector(word))
                {
                    TitleWords.Add(word);
                }
            }
        }
    }

    public HashSet<string> TitleWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static TitleLexicon Load() => new(EmbeddedLexicon.ReadColumns("titles.txt"));

    public bool TryGet(string title, out TitleClass titleClass) => titles.TryGetValue(title, out titleClass);

    public bool TryGet(ReadOnlySpan<char> title, out TitleClass titleClass) => titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(title, out titleClass);

    /// <summary>A title, or a word of a short compound title ("Foreign", "Minister").</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) =>
        titles.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || TitleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsHonorific(string word) => IsHonorific(word.AsSpan());

    public bool IsHonorific(ReadOnlySpan<char> word) => titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var c) && c == TitleClass.Honorific;

    /// <summary>
    /// A word that names an office or a role by itself (President, minister, spokesman); an honorific written in
    /// lower case is a role noun too ("assistant professor", "a Tauranga mother").
    /// </summary>
    public bool IsRoleHead(string word) =>
        (titles.TryGetValue(word, out var c) && (c != TitleClass.Honorific || char.IsLower(word[0]))) || IsFamilyCompound(word);

    // "mother-of-three", "grandfather-of-four": a role noun joined to a count of children.
    private bool IsFamilyCompound(string word)
    {
        var of = word.IndexOf("-of-", StringComparison.Ordinal);
        return of > 0 && titles.TryGetValue(word[..of], out var c) && (c == TitleClass.RoleNoun || (c == TitleClass.Honorific && char.IsLower(word[0])));
    }

    private static bool IsConnector(string word) => word is "of" or "the" or "for" or "and" or "de";
}
