namespace QuoteMiner.Lexicons;

/// <summary>
/// Countries with their aliases and demonyms (countries.txt) and other well-known places (places.txt):
/// a place name is a LOCATION, a demonym ("Mexican") is part of a role, not an entity.
/// </summary>
public sealed class PlaceLexicon
{
    private readonly Dictionary<string, string> countryByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> countryByDemonym = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> places = new(StringComparer.OrdinalIgnoreCase);

    public PlaceLexicon(IEnumerable<string[]> countries, IEnumerable<string[]> otherPlaces)
    {
        foreach (var row in countries)
        {
            var name = row[0];
            countryByName.TryAdd(name, name);
            if (row.Length > 1)
            {
                foreach (var demonym in Values(row[1]))
                {
                    countryByDemonym.TryAdd(demonym, name);
                }
            }

            if (row.Length > 2)
            {
                foreach (var alias in Values(row[2]))
                {
                    countryByName.TryAdd(alias, name);
                }
            }
        }

        foreach (var row in otherPlaces)
        {
            places.Add(row[0]);
        }
    }

    // A comma-separated column; "-" marks an empty one.
    private static IEnumerable<string> Values(string column) =>
        column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(v => v != "-");

    public static PlaceLexicon Load() =>
        new(EmbeddedLexicon.ReadColumns("countries.txt"), EmbeddedLexicon.ReadColumns("places.txt"));

    public bool IsCountry(string name) => countryByName.ContainsKey(name);

    public string? CountryOf(string name) => countryByName.GetValueOrDefault(name);

    public bool IsPlace(string name) => countryByName.ContainsKey(name) || places.Contains(name);

    public bool IsDemonym(string word) => countryByDemonym.ContainsKey(word);

    public bool IsDemonym(ReadOnlySpan<char> word) => countryByDemonym.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    public bool IsCountry(ReadOnlySpan<char> name) => countryByName.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(name);

    public string? CountryOfDemonym(string word) => countryByDemonym.GetValueOrDefault(word);
}
