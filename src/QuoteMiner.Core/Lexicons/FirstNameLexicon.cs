using System.Text;

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

    // "Siobhán", "Zoë", "José": the lexicon lists names as mostly written in English, without accents.
    public bool Contains(string name) => Contains(name.AsSpan());

    public bool Contains(ReadOnlySpan<char> name) =>
        names.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name) || (!Ascii.IsValid(name) && names.ContainsKey(Accents.Fold(name)));

    public Gender GenderOf(string name) =>
        names.TryGetValue(name, out var g) || (!Ascii.IsValid(name) && names.TryGetValue(Accents.Fold(name), out g)) ? g : Gender.Unknown;
}
