using QuoteMiner.Documents;
using QuoteMiner.Entities;

namespace QuoteMiner.Attribution;

/// <summary>
/// "The U.S. continues to seek 'tangible results'": with no cue, a partial quote belongs to the subject
/// of its sentence — the first mention that is not inside a prepositional phrase.
/// </summary>
public sealed class SentenceSubjectSieve : IAttributionSieve
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "with", "from", "to", "by", "of", "for", "about", "against", "into", "after", "before",
        "during", "under", "over", "between", "among", "than", "like", "via", "toward", "towards", "since",
    };

    public string Name => "sentence-subject";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quote = context.Document.Quotes[quoteIndex];
        if (quote.Kind != QuoteKind.Partial)
        {
            return null;
        }

        var (open, _) = context.QuoteTokens(quote);
        var sentence = context.Document.Sentences[quote.Sentence];
        return (FinalTag(context, sentence, open) ?? FirstSubject(context, sentence, open)) is { } subject
            ? new QuoteAttribution(quoteIndex, subject, null, 0.6f, Name)
            : null;
    }

    /// <summary>"Cornwall village 'abandoned' after bus route axed, residents say": a tag closing the sentence after a comma.</summary>
    private static SpeakerMention? FinalTag(AttributionContext context, Sentence sentence, int open)
    {
        var tokens = context.Tokens;
        var cue = sentence.EndToken - 1;
        while (cue > open && tokens.Tokens[cue].Kind == TokenKind.Punctuation)
        {
            cue--;
        }

        return cue > open && context.Cues[cue] is not null && tokens.IsLowerWord(cue) && context.MentionEndingAt(cue) is { } speaker
            && tokens.IsPunctuation(speaker.FirstToken - 1, ',') && speaker.FirstToken - 1 > open
            ? speaker : null;
    }

    public static SpeakerMention? FirstSubject(AttributionContext context, Sentence sentence, int before)
    {
        var tokens = context.Tokens;
        // "CHICAGO (AP) — An Illinois appeals court …": the dateline's place is not the subject.
        var start = ProperNameChunker.DatelineEnd(tokens.Text, tokens.Tokens, sentence);
        foreach (var mention in context.Mentions)
        {
            if (mention.FirstToken < start)
            {
                continue;
            }

            if (mention.FirstToken >= before)
            {
                break;
            }

            // "The company's 'green' strategy": a possessor is no subject.
            if (mention.EndToken < tokens.Count && tokens.Tokens[mention.EndToken].Kind == TokenKind.Clitic)
            {
                continue;
            }

            var previous = mention.FirstToken - 1;
            while (previous >= sentence.FirstToken && (tokens.Is(previous, "the") || tokens.IsCapitalised(previous) && previous > sentence.FirstToken && !tokens.IsPunctuation(previous - 1, ',')))
            {
                previous--;
            }

            if (previous >= sentence.FirstToken && tokens.IsLowerWord(previous) && Prepositions.Contains(tokens.Word(previous)))
            {
                continue;
            }

            if (previous >= sentence.FirstToken && tokens.IsCapitalised(previous) && Prepositions.Contains(tokens.Word(previous)))
            {
                continue; // "In Washington, …"
            }

            // "BJP city president Ashish Shelar-Kadam hit back, saying …": the body names the person's affiliation.
            return mention.Type is EntityType.Organization or EntityType.Location ? SubjectFinder.PersonAfterBodyRole(context, mention, sentence.EndToken) ?? mention : mention;
        }

        return null;
    }
}
