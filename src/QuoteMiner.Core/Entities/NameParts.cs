namespace QuoteMiner.Entities;

/// <summary>Which part of a written person's name the story calls them by later.</summary>
public static class NameParts
{
    /// <summary>
    /// "Winnie Tsang Hon-ying", "Rebecca Ip Lau Suk-ling": Hong Kong style, an English given name, the family name
    /// (and a married name), then hyphenated Chinese given names; the person is "Tsang", "Ip". Null for other names.
    /// </summary>
    public static string? HongKongFamilyName(string name)
    {
        var words = name.Split(' ');
        var given = words[^1];
        return words.Length is 3 or 4 && given.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < given.Length && char.IsLower(given[hyphen + 1])
            ? words[1] : null;
    }
}
