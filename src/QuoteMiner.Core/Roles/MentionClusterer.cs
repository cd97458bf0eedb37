using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>The entities of a document: each cluster of mentions, and the cluster of every resolved mention.</summary>
public sealed record MentionClusters(List<EntityCluster> Clusters, Dictionary<SpeakerMention, EntityCluster> ClusterOf);

/// <summary>
/// In-document coreference of speakers: clusters the names of each entity, gathers their roles and
/// gender, then resolves pronouns and descriptions, in text order, to the clusters seen before them.
/// </summary>
public sealed class MentionClusterer(NewsLexicons lexicons)
{
    private readonly EntityClusterer clusterer = new(lexicons);
    private readonly AntecedentResolver resolver = new(lexicons);
    private readonly RoleFinder roleFinder = new(lexicons);

    /// <summary>
    /// Clusters <paramref name="mentions"/>; <paramref name="spokeAt"/> holds the first tokens of the mentions
    /// that speak (an unresolved speaking description stands for itself; a silent one is dropped).
    /// </summary>
    public MentionClusters Resolve(TokenText tokens, List<SpeakerMention> mentions, IReadOnlySet<int> spokeAt, IReadOnlyDictionary<int, SpeakerMention>? replies = null)
    {
        var clusterOf = new Dictionary<SpeakerMention, EntityCluster>();
        var names = mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.TitledName).ToList();
        var clusters = clusterer.Cluster(tokens.Text, names, clusterOf);
        CollectRolesAndGender(tokens, names, clusterOf);

        var nameAt = new Dictionary<int, SpeakerMention>();
        foreach (var name in names)
        {
            nameAt.TryAdd(name.FirstToken, name);
        }

        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var before = new List<(SpeakerMention, EntityCluster)>();
        foreach (var mention in mentions)
        {
            if (!clusterOf.TryGetValue(mention, out var cluster))
            {
                var possessor = Possessor(tokens, mention, before);
                var anonymous = IsIndefiniteDescription(tokens, mention) || possessor.Found;
                cluster = mention.Kind is MentionKind.Name or MentionKind.TitledName ? null
                    : ApposedName(tokens, mention, nameAt, clusterOf) is { } apposed ? apposed
                    : possessor.Found ? (IsSpokesperson(tokens, mention) || tokens.Is(mention.EndToken - 1, "office") ? possessor.Cluster : null)
                    : anonymous && GivenNameAfter(tokens, mention, nameAt) is { } given ? clusterOf[given]
                    : anonymous && BodyNamedInside(mention, nameAt, clusterOf) is { } body ? body
                    : BodyOfMembers(tokens, mention, nameAt, clusterOf) is { } membersBody ? membersBody
                    : anonymous ? resolver.ResolveSpokesperson(tokens, mention, before)
                    : ForwardReferences.DelayedLede(tokens, mention, names, clusterOf) is { } introduced ? introduced
                    : ForwardReferences.LedeRoleHolder(tokens, mention, clusters) is { } holder ? holder
                    : resolver.Resolve(tokens, mention, before, RepliedTo(mention, replies, clusterOf)) ?? ForwardReferences.HeadlineReference(tokens, mention, clusters);
                if (cluster is null && anonymous)
                {
                    // "A nurse at the clinic, who did not want to be named, said": someone unnamed, who may speak again as "she".
                    // "one woman asked the mayor whether …": someone unnamed who speaks without quotes may be the next "she".
                    cluster = new EntityCluster(mention.Type) { Anonymous = true, Spoke = IsSubjectOfSpeechVerb(tokens, mention) };
                    clusters.Add(cluster);
                }
                else if (cluster is null && spokeAt.Contains(mention.FirstToken))
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

                cluster.Add(mention, tokens.Document.TextOf(mention.Span).ToString());
                clusterOf[mention] = cluster;
            }

            if (spokeAt.Contains(mention.FirstToken))
            {
                cluster.Spoke = true;
            }

            before.Add((mention, cluster));
        }

        AddDescribedRoles(tokens, clusters, spokeAt);
        return new MentionClusters(clusters, clusterOf);
    }

    // A person whose name is written with no role may still speak under one ("the striker said"); a description that
    // does not speak is left out, its resolution being too loose to name a role.
    private void AddDescribedRoles(TokenText tokens, List<EntityCluster> clusters, IReadOnlySet<int> spokeAt)
    {
        foreach (var cluster in clusters.Where(c => c.Type == EntityType.Person && !c.Anonymous && c.Roles.Count == 0))
        {
            if (cluster.Mentions.Where(m => spokeAt.Contains(m.FirstToken)).Select(m => roleFinder.FromDescription(tokens, m)).FirstOrDefault(r => r is not null) is { } role)
            {
                cluster.Roles.Add(role);
            }
        }
    }

    /// <summary>
    /// "The Prime Minister's official spokesman", "Hale's lawyer": a description owned by a person named before it is
    /// another person, but a spokesman or an office ("Mayor Eric Adams's office") speaks for the owner; Found says whether there is such an owner, Cluster what it resolved to.
    /// </summary>
    private static (bool Found, EntityCluster? Cluster) Possessor(TokenText tokens, SpeakerMention mention, List<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var clitic = mention.FirstToken - 1;
        if (mention.Kind != MentionKind.Description || clitic < 1 || tokens.Tokens[clitic].Kind != TokenKind.Clitic)
        {
            return (false, null);
        }

        for (var i = before.Count - 1; i >= 0 && before[i].Mention.EndToken >= clitic; i--)
        {
            // "Chile's president" is the country's office holder, not someone else's: only a person owns another person.
            if (before[i].Mention.EndToken == clitic)
            {
                return before[i].Mention.Type == EntityType.Person ? (true, before[i].Cluster) : (false, null);
            }
        }

        // An owner the story does not resolve ("The Prime Minister's", with no prime minister named) is still an owner.
        return (tokens.IsCapitalised(clitic - 1), null);
    }

    private static bool IsSpokesperson(TokenText tokens, SpeakerMention mention) =>
        SpeakerMentionFinder.IsSpokesperson(tokens.Word(mention.EndToken - 1));

    // "a nurse", "one vendor", "his partner": someone the story does not name (the possessive's owner is someone else).
    // The cluster of the speaker this mention replies to, which it cannot be.
    private static EntityCluster? RepliedTo(SpeakerMention mention, IReadOnlyDictionary<int, SpeakerMention>? replies, Dictionary<SpeakerMention, EntityCluster> clusterOf) =>
        replies is not null && replies.TryGetValue(mention.FirstToken, out var repliedTo) && clusterOf.TryGetValue(repliedTo, out var cluster) ? cluster : null;

    /// <summary>
    /// "a spokesperson for the team, the Denver Peaks, said", "Tesla's chief financial officer, Vaibhav Taneja,": a
    /// description names its entity right after a comma, a spokesperson the body after "for".
    /// </summary>
    // "The village priest, Father Alberto Gomes,": the name behind its title words.
    private static bool TitledNameAt(TokenText tokens, int start, Dictionary<int, SpeakerMention> nameAt, out SpeakerMention name)
    {
        for (var t = start + 1; t <= start + 3 && tokens.IsCapitalised(t - 1); t++)
        {
            if (nameAt.TryGetValue(t, out name) && name.Kind == MentionKind.TitledName)
            {
                return true;
            }
        }

        name = default;
        return false;
    }

    private EntityCluster? ApposedName(TokenText tokens, SpeakerMention mention, Dictionary<int, SpeakerMention> nameAt, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        if (mention.Kind != MentionKind.Description)
        {
            return null;
        }

        // "a spokeswoman for the Queensland Flood Rescue Service": the body she speaks for.
        if (IsSpokesperson(tokens, mention) && tokens.Is(mention.EndToken, "for"))
        {
            var body = tokens.Is(mention.EndToken + 1, "the") ? mention.EndToken + 2 : mention.EndToken + 1;
            return nameAt.TryGetValue(body, out var bodyName) && clusterOf[bodyName].Type == EntityType.Organization ? clusterOf[bodyName] : null;
        }

        // "QuickKart co-founder and chief technology officer Anirudh Menon": two roles joined before one name.
        if (mention.Type == EntityType.Person && tokens.Is(mention.EndToken, "and"))
        {
            for (var t = mention.EndToken + 1; t < mention.EndToken + 6 && (tokens.IsLowerWord(t) || nameAt.ContainsKey(t))
                && tokens.Word(t) is not ("the" or "a" or "an" or "his" or "her" or "their" or "its"); t++)
            {
                if (nameAt.TryGetValue(t, out var named))
                {
                    return clusterOf[named].Type == EntityType.Person ? clusterOf[named] : null;
                }
            }
        }

        // "The U.S. ambassador to Japan, Daniel Whitford,": the role's complement before the comma.
        var comma = mention.EndToken;
        if (comma < tokens.Count && tokens.Word(comma) is "to" or "of" or "for" or "at" or "in")
        {
            while (comma < Math.Min(tokens.Count, mention.EndToken + 6) && !tokens.IsPunctuation(comma, ',') && tokens.Tokens[comma].Kind == TokenKind.Word)
            {
                comma++;
            }
        }

        if (!tokens.IsPunctuation(comma, ','))
        {
            return null;
        }

        var next = comma + 1;
        // "Another witness, farmer Koos van der Walt,", "The chair of the panel, critic and broadcaster Dr Niamh Rourke,":
        // role nouns may stand before the apposed name.
        var afterRoles = next;
        while (afterRoles < next + 4 && tokens.IsLowerWord(afterRoles) && (lexicons.Titles.IsRoleHead(tokens.Word(afterRoles)) || (afterRoles > next && tokens.Is(afterRoles, "and"))))
        {
            afterRoles++;
        }

        if (!nameAt.TryGetValue(next, out var name) && !(tokens.Is(next, "the") && nameAt.TryGetValue(next + 1, out name)) && !TitledNameAt(tokens, next, nameAt, out name)
            && !(afterRoles > next && (nameAt.TryGetValue(afterRoles, out name) || TitledNameAt(tokens, afterRoles, nameAt, out name))))
        {
            return null;
        }

        var cluster = clusterOf[name];
        if (mention.Type == EntityType.Person)
        {
            return cluster.Type == EntityType.Person ? cluster : null;
        }

        if (mention.Type != EntityType.Organization || cluster.Type is not (EntityType.Organization or EntityType.Location))
        {
            return null;
        }

        // A place named as a team or company ("the Denver Peaks") is that body.
        cluster.Type = EntityType.Organization;
        return cluster;
    }

    // People who belong to a body ("critics of Scientology" do not).
    private static readonly HashSet<string> MemberNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "members", "analysts", "researchers", "scientists", "officials", "staff", "employees", "workers", "economists", "engineers", "lawyers",
    };

    // "Members of the Senate Committee on Power", "Analysts at Ridgeline Capital": a group speaks for the body it is of.
    private static EntityCluster? BodyOfMembers(TokenText tokens, SpeakerMention mention, Dictionary<int, SpeakerMention> nameAt, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        if (mention.Kind != MentionKind.Description || mention.Type != EntityType.Group || !MemberNouns.Contains(tokens.Word(mention.EndToken - 1))
            || !(tokens.Is(mention.EndToken, "of") || tokens.Is(mention.EndToken, "at") || tokens.Is(mention.EndToken, "from")))
        {
            return null;
        }

        var body = tokens.Is(mention.EndToken + 1, "the") ? mention.EndToken + 2 : mention.EndToken + 1;
        return nameAt.TryGetValue(body, out var name) && clusterOf[name].Type == EntityType.Organization ? clusterOf[name] : null;
    }

    // "A Norvell spokeswoman": a spokesperson speaks for the body named inside the description.
    private static EntityCluster? BodyNamedInside(SpeakerMention mention, Dictionary<int, SpeakerMention> nameAt, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        for (var t = mention.FirstToken + 1; t < mention.EndToken - 1; t++)
        {
            if (nameAt.TryGetValue(t, out var name) && clusterOf[name].Type == EntityType.Organization)
            {
                return clusterOf[name];
            }
        }

        return null;
    }

    /// <summary>
    /// "One of them, a farmer who gave his name only as Dave, told Stuff": someone unnamed who gives a name in the same
    /// sentence, before its verb, goes by it.
    /// </summary>
    private static SpeakerMention? GivenNameAfter(TokenText tokens, SpeakerMention mention, Dictionary<int, SpeakerMention> nameAt)
    {
        var sentence = tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)];
        for (var t = mention.EndToken; t < Math.Min(sentence.EndToken, mention.EndToken + 25) && !tokens.IsQuoteMark(t); t++)
        {
            if (nameAt.TryGetValue(t, out var name) && name.Type == EntityType.Person && NameGiver.IsGivenName(tokens.Document, t))
            {
                return name;
            }
        }

        return null;
    }

    private bool IsSubjectOfSpeechVerb(TokenText tokens, SpeakerMention mention) =>
        mention.EndToken < tokens.Count && tokens.IsLowerWord(mention.EndToken) && lexicons.CueVerbs.IsStrong(tokens.Word(mention.EndToken));

    private static bool IsIndefiniteDescription(TokenText tokens, SpeakerMention mention) =>
        mention.Kind == MentionKind.Description && mention.Type == EntityType.Person
        && tokens.Word(mention.FirstToken) is "a" or "A" or "an" or "An" or "one" or "One" or "his" or "His" or "her" or "Her" or "their" or "Their";

    private void CollectRolesAndGender(TokenText tokens, List<SpeakerMention> names, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        foreach (var mention in names.Where(m => m.Type == EntityType.Person))
        {
            var cluster = clusterOf[mention];
            if (cluster.Gender == Gender.Unknown)
            {
                cluster.Gender = resolver.GenderOf(tokens, mention);
            }

            var sentence = tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)];
            foreach (var role in roleFinder.Find(tokens, mention, sentence))
            {
                if (!cluster.Roles.Any(r => string.Equals(r.Text, role.Text, StringComparison.OrdinalIgnoreCase)))
                {
                    cluster.Roles.Add(role);
                }
            }
        }
    }
}
