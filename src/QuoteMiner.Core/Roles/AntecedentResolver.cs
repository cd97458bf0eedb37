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
            if (word is "it" or "It")
            {
                return Latest(before, c => c.Type == EntityType.Organization);
            }

            return mention.Type == EntityType.Person
                ? LatestSubject(tokens, before, c => c.Type == EntityType.Person && (c.Gender == Gender.Unknown || c.Gender == gender), mention)
                : Latest(before, c => c.Type is EntityType.Organization or EntityType.Group or EntityType.Location);
        }

        if (mention.Type == EntityType.Person)
        {
            // "the governor": the person whose role says so, else the last person quoted, else the last person with a role.
            return Latest(before, c => c.Type == EntityType.Person && c.Roles.Any(r => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)))
                ?? Latest(before, c => c.Type == EntityType.Person && c.Spoke && c.Roles.Count == 0)
                ?? Latest(before, c => c.Type == EntityType.Person && c.Roles.Count > 0);
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

    /// <summary>
    /// A pronoun usually continues the subject of a recent sentence, not its last-named object: take the
    /// leftmost fitting mention of the nearest sentence that has one.
    /// </summary>
    private static EntityCluster? LatestSubject(TokenText tokens, IReadOnlyList<(SpeakerMention Mention, EntityCluster Cluster)> before, Func<EntityCluster, bool> fits, SpeakerMention pronoun)
    {
        var sentences = tokens.Document.Sentences;
        var paragraphOfPronoun = tokens.Document.Sentences[SentenceIndex(sentences, pronoun.FirstToken)].Paragraph;
        EntityCluster? best = null;
        var bestSentenceStart = -1;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var (mention, cluster) = before[i];
            if (!fits(cluster))
            {
                continue;
            }

            var sentenceIndex = SentenceIndex(sentences, mention.FirstToken);
            var sentenceStart = sentences[sentenceIndex].FirstToken;
            if ((best is not null && sentenceStart != bestSentenceStart) || paragraphOfPronoun - sentences[sentenceIndex].Paragraph > 4)
            {
                break;
            }

            best = cluster;
            bestSentenceStart = sentenceStart;
        }

        return best;
    }

    private static int SentenceIndex(IReadOnlyList<Sentence> sentences, int token)
    {
        int low = 0, high = sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].FirstToken <= token)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
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
