namespace QuoteMiner.Documents;

/// <summary>
/// A role as written in the text ("U.S. Secretary of State") and where it was found, with its normalised
/// form ("secretary of state"), the organisation it is held at ("chief executive of Acme" → "Acme") and
/// the country a demonym or country name in it names ("Mexican President" → "Mexico").
/// </summary>
public sealed record Role(string Text, TextSpan Span)
{
    public string Normalized { get; init; } = Text.ToLowerInvariant();

    public string? Organization { get; init; }

    public string? Country { get; init; }
}

/// <summary>
/// One real-world speaker: the cluster of every mention that refers to it, its canonical name
/// (the longest proper-name mention) and the roles found for it.
/// </summary>
public sealed class Speaker
{
    public Speaker(int id, string name, EntityType type)
    {
        Id = id;
        Name = name;
        Type = type;
    }

    public int Id { get; }

    public string Name { get; set; }

    public EntityType Type { get; set; }

    public List<SpeakerMention> Mentions { get; } = [];

    public List<Role> Roles { get; } = [];
}
