namespace QuoteMiner.Documents;

public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    /// <summary>A collective speaker that is not one organisation ("both governments", "officials").</summary>
    Group,
}

/// <summary>A named-entity mention: its character span, token range [FirstToken, EndToken) and type.</summary>
public readonly record struct EntityMention(TextSpan Span, int FirstToken, int EndToken, EntityType Type, float Confidence = 1f);
