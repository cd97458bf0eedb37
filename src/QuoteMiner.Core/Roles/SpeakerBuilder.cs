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
    private readonly MentionClusterer clusterer = new(lexicons);

    public string Name => "speakers";

    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Entities | Layer.Quotes | Layer.Mentions | Layer.Attributions;

    public Layer Produces => Layer.Speakers;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var (speakers, quoteSpeakers) = Build(document);
        document.SetSpeakers(speakers, quoteSpeakers);
    }

    public (Speaker[] Speakers, int[] QuoteSpeakers) Build(Document document)
    {
        var tokens = new TokenText(document);
        var mentions = document.Mentions.ToList();
        var speakerMentions = document.Attributions.Where(a => a.Speaker is not null).Select(a => a.Speaker!.Value).ToList();
        var known = mentions.ToHashSet();
        foreach (var mention in speakerMentions.Where(known.Add))
        {
            mentions.Add(mention);
        }

        var spokeAt = speakerMentions.Select(m => m.FirstToken).ToHashSet();
        var resolution = clusterer.Resolve(tokens, mentions, spokeAt, Replies(document));
        return ToSpeakers(document, resolution.Clusters, resolution.ClusterOf);
    }

    /// <summary>
    /// "'It's an investment,' Moretti countered. 'It's a cracked 1960s pool,' the first-term member replied.":
    /// an unnamed replier (pronoun or description) is not the one replied to. A reply also opens an exchange
    /// whose turns alternate while each following paragraph holds a quote by an unnamed speaker ("…,' replied Chinembiri. ¶ 'They are
    /// posted on the walls,' he said. ¶ '…,' the 36-year-old lawyer said."): an unnamed speaker who takes the
    /// next turn is not the one who held the last. Maps each such speaker's first token to the speaker it cannot be.
    /// </summary>
    private static Dictionary<int, SpeakerMention> Replies(Document document)
    {
        var replies = new Dictionary<int, SpeakerMention>();
        SpeakerMention? previous = null;
        SpeakerMention? turnHolder = null;
        var turnParagraph = -1;
        var inExchange = false;
        foreach (var attribution in document.Attributions)
        {
            var paragraph = document.Quotes[attribution.QuoteIndex].Paragraph;
            var newTurn = paragraph != turnParagraph;
            inExchange &= !newTurn || paragraph == turnParagraph + 1;
            var isReply = attribution.Cue is { } cue && ReplyCues.IsReply(document.TextOf(cue)) && !AnswersReporter(document, cue);
            if (attribution.Speaker is { Kind: MentionKind.Pronoun or MentionKind.Description } unnamed)
            {
                if (isReply && previous is { } repliedTo)
                {
                    replies.TryAdd(unnamed.FirstToken, repliedTo);
                }
                else if (newTurn && inExchange && turnHolder is { } lastTurn)
                {
                    replies.TryAdd(unnamed.FirstToken, lastTurn);
                }
            }

            if (newTurn)
            {
                turnHolder = null;
                turnParagraph = paragraph;
            }

            turnHolder = attribution.Speaker ?? turnHolder;
            // A named speaker who does not reply ends the exchange: the story has moved on to someone else.
            inExchange = isReply || (inExchange && attribution.Speaker is not { Kind: MentionKind.Name or MentionKind.TitledName });
            previous = attribution.Speaker ?? previous;
        }

        return replies;
    }

    // "Asked whether she would offer concessions, she replied": the answer is to a reporter, not to the last speaker.
    private static bool AnswersReporter(Document document, TextSpan cue)
    {
        var sentence = document.Sentences.FirstOrDefault(s => s.Span.Start <= cue.Start && cue.Start < s.Span.End);
        if (sentence.EndToken == 0)
        {
            return false;
        }

        var first = document.WordOf(sentence.FirstToken);
        return first == "Asked" || (first == "When" && sentence.FirstToken + 1 < sentence.EndToken && document.WordOf(sentence.FirstToken + 1) == "asked");
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
