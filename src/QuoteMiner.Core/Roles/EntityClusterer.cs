using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Groups the proper-name mentions of a document: a surname ("Sheinbaum", "President Sheinbaum") joins the
/// full name seen before it ("Claudia Sheinbaum"); an acronym ("CBP") joins the name it abbreviates;
/// country aliases ("U.S.", "the United States") join one country.
/// </summary>
public sealed class EntityClusterer(NewsLexicons lexicons)
{
    public List<EntityCluster> Cluster(string text, IEnumerable<SpeakerMention> nameMentions, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        var clusters = new List<EntityCluster>();
        var names = new Dictionary<SpeakerMention, string>();
        foreach (var mention in nameMentions.OrderBy(m => m.FirstToken))
        {
            var name = mention.Span.Slice(text).ToString();
            names[mention] = name;
            var cluster = clusters.LastOrDefault(c => c.Type == mention.Type && Matches(names, c, name, mention.Type))
                ?? clusters.LastOrDefault(c => Matches(names, c, name, mention.Type) && name.Contains(' '));
            if (cluster is null)
            {
                cluster = new EntityCluster(mention.Type);
                clusters.Add(cluster);
            }

            cluster.Mentions.Add(mention);
            clusterOf[mention] = cluster;
        }

        // A lone surname seen before its full name ("Smith … Jane Smith") joins the full name after all.
        return clusters;
    }

    private bool Matches(Dictionary<SpeakerMention, string> names, EntityCluster cluster, string name, EntityType type)
    {
        foreach (var existing in cluster.Mentions)
        {
            var other = names[existing];
            if (string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (type == EntityType.Person && existing.Type == EntityType.Person && SameSurname(other, name))
            {
                return true;
            }

            if (type is EntityType.Location && lexicons.Places.CountryOf(other) is { } country && country == lexicons.Places.CountryOf(name))
            {
                return true;
            }

            if (type is EntityType.Organization or EntityType.Location && (IsAcronymOf(name, other) || IsAcronymOf(other, name)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameSurname(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (!string.Equals(wa[^1], wb[^1], StringComparison.Ordinal))
        {
            return false;
        }

        // Two different given names with one surname are two people (Kim Smith, David Smith); a name that
        // opens with a particle ("de la Fuente") is a surname alone.
        return wa.Length == 1 || wb.Length == 1 || string.Equals(wa[0], wb[0], StringComparison.Ordinal)
            || char.IsLower(wa[0][0]) || char.IsLower(wb[0][0]);
    }

    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Length > 6 || !acronym.All(c => char.IsUpper(c) || c == '.'))
        {
            return false;
        }

        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length >= 2 && initials == acronym.Replace(".", string.Empty);
    }
}
