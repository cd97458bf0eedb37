using QuoteMiner.Attribution;
using QuoteMiner.Documents;

namespace QuoteMiner.Roles;

/// <summary>
/// Descriptions that point forward: a headline, a lede or a summary speaks of "the judge" or "the Cardiff leader"
/// before the story names that person, so the description goes to someone named later rather than earlier.
/// </summary>
public static class ForwardReferences
{
    /// <summary>
    /// "Council tax rise 'unavoidable', says Cardiff leader / The leader of Cardiff Council has said … / Councillor
    /// Rhiannon Pritchard told BBC Wales …": a story that opens on a description, before it names anyone, names
    /// that person within the next two sentences.
    /// </summary>
    public static EntityCluster? DelayedLede(TokenText tokens, SpeakerMention mention, List<SpeakerMention> names, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        var document = tokens.Document;
        var sentence = document.SentenceOfToken(mention.FirstToken);
        if (mention.Kind != MentionKind.Description || mention.Type != EntityType.Person || document.Sentences[sentence].Paragraph > 1
            || names.Any(n => n.Type == EntityType.Person && n.FirstToken < mention.FirstToken) || !OpensItsSentence(tokens, mention))
        {
            return null;
        }

        // Someone named in the same sentence ("Labour MP tells George Osborne to …") is someone else.
        var later = names.Where(n => n.Type == EntityType.Person && document.SentenceOfToken(n.FirstToken) > sentence).ToList();
        if (later.Count == 0)
        {
            return null;
        }

        var firstNamed = later.MinBy(n => n.FirstToken);
        return document.SentenceOfToken(firstNamed.FirstToken) - sentence <= 2 ? clusterOf[firstNamed] : null;
    }

    // The lede's subject: the first mention of its sentence ("The leader of Cardiff Council has said"), not one later in
    // it ("…, with the judge calling her crimes …").
    private static bool OpensItsSentence(TokenText tokens, SpeakerMention mention)
    {
        var sentence = tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)];
        return !tokens.Document.Mentions.Any(m => m.FirstToken >= sentence.FirstToken && m.FirstToken < mention.FirstToken && m.Type == EntityType.Person);
    }

    /// <summary>
    /// "Labour MP tells Osborne to '…'" in a headline: the person named later with that role ("Labour MP Ian
    /// Austin"), since a headline speaks of people before the story names them.
    /// </summary>
    public static EntityCluster? HeadlineReference(TokenText tokens, SpeakerMention mention, List<EntityCluster> clusters) =>
        ParagraphOf(tokens, mention) == 0 ? RoleHolders(tokens, mention, clusters).FirstOrDefault() : null;

    /// <summary>
    /// "…, with the judge calling her crimes '…'" in the lede, before "U.S. District Judge Raymond Okafor", or "The
    /// Premier says …" in the key points above "South Australian Premier Jodie Marchetti": the story's only holder of
    /// the role, though named later (an office written with a capital anywhere, a common noun only in the lede).
    /// </summary>
    public static EntityCluster? LedeRoleHolder(TokenText tokens, SpeakerMention mention, List<EntityCluster> clusters) =>
        (ParagraphOf(tokens, mention) <= 1 || tokens.IsCapitalised(mention.EndToken - 1)) && (tokens.Is(mention.FirstToken, "the") || tokens.Is(mention.FirstToken, "its"))
        && RoleHolders(tokens, mention, clusters).ToList() is [var only] ? only : null;

    private static IEnumerable<EntityCluster> RoleHolders(TokenText tokens, SpeakerMention mention, List<EntityCluster> clusters)
    {
        if (mention.Kind != MentionKind.Description || mention.Type != EntityType.Person)
        {
            return [];
        }

        var head = tokens.Word(mention.EndToken - 1);
        return clusters.Where(c => c.Type == EntityType.Person && !c.Anonymous && c.Roles.Any(r => AntecedentResolver.RoleNames(r.Text, head)));
    }

    private static int ParagraphOf(TokenText tokens, SpeakerMention mention) =>
        tokens.Document.Sentences[tokens.Document.SentenceOfToken(mention.FirstToken)].Paragraph;
}
