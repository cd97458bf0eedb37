using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// What the words around a description ("the man", "the judge", "the researchers") say about whom it means: who
/// reported it, whom the story introduced with that noun, whose members a group is, and the gender the noun carries.
/// </summary>
public static class DescriptionAntecedents
{
    /// <summary>
    /// "In a statement, police said the man was taken to hospital": a description inside what someone reports is
    /// not the one reporting it, so the subject of the cue just before it is no antecedent.
    /// </summary>
    public static IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> WithoutReporter(TokenText tokens, CueVerbLexicon cueVerbs, SpeakerMention description, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var cue = tokens.Is(description.FirstToken - 1, "that") ? description.FirstToken - 2 : description.FirstToken - 1;
        if (cue < 1 || before.Count == 0 || !tokens.IsLowerWord(cue) || !cueVerbs.TryGet(tokens.Word(cue), out _))
        {
            return before;
        }

        var reporter = before[^1].Mention;
        var sameSentence = tokens.Document.SentenceOfToken(reporter.FirstToken) == tokens.Document.SentenceOfToken(description.FirstToken);
        return sameSentence && reporter.EndToken <= cue ? before.Take(before.Count - 1).ToList() : before;
    }

    /// <summary>
    /// "Sgt Owen Marsh said the driver had been drinking. '…,' the driver told the court": the description repeats a
    /// person the story brought in without a name (not as a named person's mention), so it is that person, not the last one named.
    /// </summary>
    public static bool IsUnnamedPersonMentionedBefore(TokenText tokens, SpeakerMention description, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        var head = tokens.Word(description.EndToken - 1);
        var firstSentence = tokens.Document.SentenceOfToken(description.FirstToken);
        var from = tokens.Document.Sentences[Math.Max(0, firstSentence - 10)].FirstToken;
        for (var t = description.FirstToken - 1; t >= from; t--)
        {
            if (tokens.IsLowerWord(t) && tokens.Is(t, head) && (tokens.Is(t - 1, "the") || tokens.Is(t - 2, "the"))
                && !before.Any(b => !b.Cluster.Anonymous && b.Mention.FirstToken <= t && t < b.Mention.EndToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Researchers from the Great Lakes Aging Study said … according to the researchers": a group brought in as
    /// members of a body ("researchers at", "officials from", "doctors with") speaks for that body when named again.
    /// </summary>
    public static EntityCluster? MembersBody(TokenText tokens, string head, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before) =>
        AntecedentResolver.Latest(before, (body, cluster) => cluster.Type == EntityType.Organization && body.FirstToken >= 2
            && (tokens.Is(body.FirstToken - 1, "from") || tokens.Is(body.FirstToken - 1, "at") || tokens.Is(body.FirstToken - 1, "with")
                || (tokens.Is(body.FirstToken - 1, "the") && (tokens.Is(body.FirstToken - 2, "from") || tokens.Is(body.FirstToken - 2, "at") || tokens.Is(body.FirstToken - 2, "with"))))
            && tokens.Is(tokens.Is(body.FirstToken - 1, "the") ? body.FirstToken - 3 : body.FirstToken - 2, head));

    /// <summary>"the injured man" is not the woman the last sentence was about.</summary>
    public static bool FitsGender(EntityCluster cluster, string noun) =>
        cluster.Gender == Gender.Unknown || GenderedNouns.Of(noun) is var described && (described == Gender.Unknown || described == cluster.Gender);

    /// <summary>
    /// "after a judge rejected her plea … U.S. District Judge Allison Burroughs said … '…,' the judge said": the person
    /// the story named with the role after describing someone with it, not the unnamed description.
    /// </summary>
    public static EntityCluster? SameOrNamedHolder(EntityCluster? described, EntityCluster? named, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before)
    {
        if (described is not { Anonymous: true } || named is null || named == described)
        {
            return described ?? named;
        }

        return LastIndexOf(before, named) > LastIndexOf(before, described) ? named : described;
    }

    private static int LastIndexOf(IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, EntityCluster cluster)
    {
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (before[i].Cluster == cluster)
            {
                return i;
            }
        }

        return -1;
    }
}
