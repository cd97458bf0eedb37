using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Finds who a pronoun or description refers to: he/she → the most recent person of that gender,
/// they → the most recent group or organisation, "the minister" → the person whose role says so
/// (or the last person quoted), "the ministry" → the organisation whose name holds that word.
/// </summary>
public sealed class AntecedentResolver(NewsLexicons lexicons)
{
    public EntityCluster? Resolve(TokenText tokens, SpeakerMention mention, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var word = tokens.Word(mention.EndToken - 1);
        if (mention.Kind == MentionKind.Pronoun)
        {
            var gender = word is "she" or "She" ? Gender.Female : word is "he" or "He" ? Gender.Male : Gender.Unknown;
            return mention.Type == EntityType.Person
                ? Latest(before, c => c.Type == EntityType.Person && (c.Gender == Gender.Unknown || c.Gender == gender))
                : Latest(before, c => c.Type is EntityType.Organization or EntityType.Group or EntityType.Location);
        }

        if (mention.Type == EntityType.Person)
        {
            return Latest(before, c => c.Type == EntityType.Person && c.Roles.Any(r => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
                ?? Latest(before, c => c.Type == EntityType.Person && c.Spoke);
        }

        if (mention.Type == EntityType.Organization)
        {
            return Latest(before, c => c.Type == EntityType.Organization && c.Mentions.Any(m => tokens.Document.TextOf(m.Span).Contains(word, StringComparison.OrdinalIgnoreCase)));
        }

        return null;
    }

    public Gender GenderOf(TokenText tokens, SpeakerMention mention)
    {
        var first = tokens.Word(mention.FirstToken);
        var gender = lexicons.FirstNames.GenderOf(first);
        if (gender != Gender.Unknown || mention.FirstToken == 0)
        {
            return gender;
        }

        return tokens.Word(mention.FirstToken - 1).TrimEnd('.') switch
        {
            "Mr" or "Lord" or "Sir" or "King" or "Prince" or "Father" => Gender.Male,
            "Ms" or "Mrs" or "Miss" or "Lady" or "Dame" or "Queen" or "Princess" => Gender.Female,
            _ => Gender.Unknown,
        };
    }

    private static EntityCluster? Latest(IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Func<EntityCluster, bool> fits)
    {
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (fits(before[i].Cluster))
            {
                return before[i].Cluster;
            }
        }

        return null;
    }
}
