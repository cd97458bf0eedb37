using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;
using QuoteMiner.Pipeline;

namespace QuoteMiner.Roles;

/// <summary>
/// Turns attributed mentions into speakers: clusters the names of each entity, resolves pronouns and
/// descriptions to them, gathers every role written for a person, and lists each speaker once with all
/// of its mentions.
/// </summary>
public sealed class SpeakerBuilder(NewsLexicons lexicons) : IPipelineStage
{
    private readonly SpeakerMentionFinder mentionFinder = new(lexicons);
    private readonly EntityClusterer clusterer = new(lexicons);
    private readonly AntecedentResolver resolver = new(lexicons);
    private readonly RoleFinder roleFinder = new(lexicons);

    public string Name => "speakers";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes | Layer.Attributions;

    public Layer Produces => Layer.Speakers;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var (speakers, quoteSpeakers) = Build(document);
        document.SetSpeakers(speakers, quoteSpeakers);
    }

    public (Speaker[] Speakers, int[] QuoteSpeakers) Build(Document document)
    {
        var tokens = new TokenText(document);
        var mentions = mentionFinder.Find(tokens, AttributionContext.MarkQuoted(document));
        var clusterOf = new Dictionary<SpeakerMention, EntityCluster>();
        var names = mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.TitledName).ToList();
        var clusters = clusterer.Cluster(document.Text, names, clusterOf);
        CollectRolesAndGender(tokens, names, clusterOf);

        var speakerMentions = document.Attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!.Value).ToList();
        var spokeAt = speakerMentions.GroupBy(m => m.FirstToken).ToDictionary(g => g.Key, g => g.First());
        foreach (var mention in speakerMentions.Where(m => !mentions.Contains(m)))
        {
            mentions.Add(mention);
        }

        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var before = new List<(SpeakerMention, EntityCluster)>();
        foreach (var mention in mentions)
        {
            if (!clusterOf.TryGetValue(mention, out var cluster))
            {
                var anonymous = IsIndefiniteDescription(tokens, mention);
                cluster = mention.Kind is MentionKind.Name or MentionKind.TitledName || anonymous ? null : resolver.Resolve(tokens, mention, before);
                if (cluster is null && anonymous)
                {
                    // "A nurse at the clinic, who did not want to be named, said": someone unnamed, who may speak again as "she".
                    cluster = new EntityCluster(mention.Type) { Anonymous = true };
                    clusters.Add(cluster);
                }
                else if (cluster is null && spokeAt.ContainsKey(mention.FirstToken))
                {
                    // A speaker nothing earlier explains ("police", "both governments") stands for itself;
                    // a pronoun with no antecedent names no one.
                    cluster = new EntityCluster(mention.Type) { Anonymous = mention.Kind == MentionKind.Pronoun };
                    clusters.Add(cluster);
                }

                if (cluster is null)
                {
                    continue;
                }

                // "she" resolved to "Lorna Beattie" teaches the cluster its gender for the next pronoun.
                if (mention.Kind == MentionKind.Pronoun && cluster.Gender == Gender.Unknown && mention.Type == EntityType.Person)
                {
                    var word = tokens.Word(mention.FirstToken);
                    cluster.Gender = word is "she" or "She" ? Gender.Female : Gender.Male;
                }

                cluster.Mentions.Add(mention);
                clusterOf[mention] = cluster;
            }

            if (spokeAt.ContainsKey(mention.FirstToken))
            {
                cluster.Spoke = true;
            }

            before.Add((mention, cluster));
        }

        return ToSpeakers(document, clusters, clusterOf);
    }

    private static bool IsIndefiniteDescription(TokenText tokens, SpeakerMention mention) =>
        mention.Kind == MentionKind.Description && mention.Type == EntityType.Person
        && tokens.Word(mention.FirstToken) is "a" or "A" or "an" or "An";

    private void CollectRolesAndGender(TokenText tokens, List<SpeakerMention> names, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        var sentenceOf = new AttributionContext(tokens, new bool[tokens.Count], new CueMention?[tokens.Count], []);
        foreach (var mention in names.Where(m => m.Type == EntityType.Person))
        {
            var cluster = clusterOf[mention];
            if (cluster.Gender == Gender.Unknown)
            {
                cluster.Gender = resolver.GenderOf(tokens, mention);
            }

            var sentence = tokens.Document.Sentences[sentenceOf.SentenceOfToken(mention.FirstToken)];
            foreach (var role in roleFinder.Find(tokens, mention, sentence))
            {
                if (!cluster.Roles.Any(r => string.Equals(r.Text, role.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    cluster.Roles.Add(role);
                }
            }
        }
    }

    private static (Speaker[] Speakers, int[] QuoteSpeakers) ToSpeakers(Document document, List<EntityCluster> clusters, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        var speakers = new List<Speaker>();
        var indexOf = new Dictionary<EntityCluster, int>();
        foreach (var cluster in clusters.Where(c => !c.Anonymous && (c.Spoke || (c.Type == EntityType.Person && c.Roles.Count > 0))))
        {
            var speaker = new Speaker(speakers.Count, cluster.Name(document.Text), cluster.Type);
            speaker.Mentions.AddRange(cluster.Mentions.OrderBy(m => m.FirstToken));
            speaker.Roles.AddRange(cluster.Roles);
            indexOf[cluster] = speakers.Count;
            speakers.Add(speaker);
        }

        var quoteSpeakers = document.Attributions
            .Select(a => a.Speaker is { } m && clusterOf.TryGetValue(m, out var c) && indexOf.TryGetValue(c, out var i) ? i : -1)
            .ToArray();
        return ([.. speakers], quoteSpeakers);
    }
}
