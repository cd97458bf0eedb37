namespace QuoteMiner.Lexicons;

public enum Gender : byte
{
    Unknown,
    Female,
    Male,
}

/// <summary>Given names with their usual gender (first-names.txt): evidence for PERSON and for he/she.</summary>
public sealed class FirstNameLexicon
{
    private readonly Dictionary<string, Gender> names = new(StringComparer.OrdinalIgnoreCase);

    public FirstNameLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var gender = row.Length > 1 ? row[1] switch { "F" => Gender.Female, "M" => Gender.Male, _ => Gender.Unknown } : Gender.Unknown;
            names.TryAdd(row[0], gender);
        }
    }

    public static FirstNameLexicon Load() => new(EmbeddedLexicon.ReadColumns("first-names.txt"));

    public bool Contains(string name) => names.ContainsKey(name);

    public bool Contains(ReadOnlySpan<char> name) => names.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name);

    public Gender GenderOf(string name) => names.TryGetValue(name, out var g) ? g : Gender.Unknown;
}
