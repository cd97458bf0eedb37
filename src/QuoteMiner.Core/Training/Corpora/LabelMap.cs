using QuoteMiner.Documents;

namespace QuoteMiner.Training.Corpora;

/// <summary>
/// Maps the entity type names of the corpora we read onto our three types. Anything else (MISC, product,
/// creative-work, event, time, …) is not an entity for us and reads as O.
/// </summary>
public static class LabelMap
{
    private static readonly Dictionary<string, EntityType> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = EntityType.Person,
        ["PERS"] = EntityType.Person,
        ["PERSON"] = EntityType.Person,
        ["ORG"] = EntityType.Organization,
        ["ORGANIZATION"] = EntityType.Organization,
        ["ORGANISATION"] = EntityType.Organization,
        ["GROUP"] = EntityType.Organization,
        ["CORPORATION"] = EntityType.Organization,
        ["COMPANY"] = EntityType.Organization,
        ["LOC"] = EntityType.Location,
        ["LOCATION"] = EntityType.Location,
        ["GPE"] = EntityType.Location,
        ["GEO-LOC"] = EntityType.Location,
        ["PLACE"] = EntityType.Location,
    };

    /// <summary>Our type for a corpus type name, or null when we do not tag that type.</summary>
    public static EntityType? Resolve(string? name) =>
        name is not null && Map.TryGetValue(name.Trim(), out var type) ? type : null;
}
