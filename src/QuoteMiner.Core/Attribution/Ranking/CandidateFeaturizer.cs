using QuoteMiner.Documents;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>
/// Turns each quote's neighbourhood into candidate rows: every speaker mention outside quotes from two
/// paragraphs before the quote to the end of its paragraph, described by distance, position, kind, the
/// cue words around it and what the rule sieves concluded.
/// </summary>
public sealed class CandidateFeaturizer
{
    private const int MaxCandidates = 24;

    public List<SpeakerCandidate> Candidates(AttributionContext context, int quoteIndex, IReadOnlyList<QuoteAttribution?> ruleAnswers)
    {
        var document = context.Document;
        var quote = document.Quotes[quoteIndex];
        var (open, after) = context.QuoteTokens(quote);
        var firstParagraph = Math.Max(0, quote.Paragraph - 2);
        var windowStart = document.Paragraphs[firstParagraph].Span.Start;
        var windowEnd = document.Paragraphs[quote.Paragraph].Span.End;
        var rule = ruleAnswers[quoteIndex];
        var previousSpeaker = PreviousSpeakerWord(context, quoteIndex, ruleAnswers);
        var rows = new List<SpeakerCandidate>();
        var inWindow = MentionsIn(context.Mentions, windowStart, windowEnd)
            .Where(m => !context.IsQuoted(m.FirstToken))
            .OrderBy(m => Distance(m, open, after))
            .Take(MaxCandidates)
            .OrderBy(m => m.FirstToken)
            .ToList();
        if (rule?.Speaker is { } ruleMention && !inWindow.Contains(ruleMention))
        {
            inWindow.Add(ruleMention);
        }

        foreach (var mention in inWindow)
        {
            rows.Add(new SpeakerCandidate(quoteIndex, mention, Features(context, quote, open, after, mention, rule, previousSpeaker)));
        }

        return rows;
    }

    private static float[] Features(AttributionContext context, Quote quote, int open, int after, SpeakerMention mention, QuoteAttribution? rule, string? previousSpeaker)
    {
        var document = context.Document;
        var tokens = context.Tokens;
        var f = new float[CandidateFeatures.Count];
        var isAfter = mention.FirstToken >= after;
        var quoteSentence = context.SentenceOfToken(Math.Min(isAfter ? Math.Max(after - 1, 0) : open, tokens.Count - 1));
        var mentionSentence = context.SentenceOfToken(mention.FirstToken);
        var mentionParagraph = document.Sentences[mentionSentence].Paragraph;
        f[0] = Math.Min(Distance(mention, open, after), 200) / 200f;
        f[1] = isAfter ? 1 : 0;
        f[2] = quoteSentence == mentionSentence ? 1 : 0;
        f[3] = Math.Min(Math.Abs(quoteSentence - mentionSentence), 10) / 10f;
        f[4] = mentionParagraph == quote.Paragraph ? 1 : 0;
        f[5] = Math.Min(Math.Abs(quote.Paragraph - mentionParagraph), 3) / 3f;
        f[6 + (int)mention.Kind] = 1;
        f[10 + (int)mention.Type] = 1;
        if (rule?.Speaker is { } answer && answer == mention)
        {
            f[14] = 1;
            var ruleFeature = CandidateFeatures.RuleFeature(rule.Rule);
            if (ruleFeature >= 0)
            {
                f[ruleFeature] = 1;
            }
        }

        f[22] = rule?.Speaker is null ? 1 : 0;
        var (cueNear, strongNear) = CueNear(context, mention);
        f[23] = cueNear ? 1 : 0;
        f[35] = strongNear ? 1 : 0;
        f[24] = IsSubjectOfCue(context, mention, mentionSentence) ? 1 : 0;
        f[25] = IsInvertedSubject(context, mention) ? 1 : 0;
        f[26] = Math.Min(MentionsBetween(context, mention, open, after), 10) / 10f;
        f[27] = IsFirstInSentence(context, mention, mentionSentence) ? 1 : 0;
        f[28] = previousSpeaker is not null && LastWord(context, mention) == previousSpeaker ? 1 : 0;
        f[29 + (int)quote.Kind] = 1;
        f[32] = document.Sentences[document.Paragraphs[quote.Paragraph].FirstSentence].FirstToken == open ? 1 : 0;
        f[33] = mention.EndToken + 1 == open && tokens.IsPunctuation(mention.EndToken, ':') ? 1 : 0;
        f[34] = Math.Min(Salience(context, mention), 5) / 5f;
        return f;
    }

    /// <summary>The mentions inside [start, end) of a list sorted by position, found by binary search.</summary>
    private static IEnumerable<SpeakerMention> MentionsIn(List<SpeakerMention> mentions, int start, int end)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Span.Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low; i < mentions.Count && mentions[i].Span.Start < end; i++)
        {
            if (mentions[i].Span.End <= end)
            {
                yield return mentions[i];
            }
        }
    }

    private static int Distance(SpeakerMention mention, int open, int after) =>
        mention.FirstToken >= after ? mention.FirstToken - after : Math.Max(0, open - mention.EndToken);

    private static (bool Any, bool Strong) CueNear(AttributionContext context, SpeakerMention mention)
    {
        bool any = false, strong = false;
        for (var t = Math.Max(0, mention.FirstToken - 3); t < Math.Min(context.Tokens.Count, mention.EndToken + 3); t++)
        {
            if (context.Cues[t] is { } cue && !context.IsQuoted(t))
            {
                any = true;
                strong |= cue.Verb.Strong;
            }
        }

        return (any, strong);
    }

    private static bool IsSubjectOfCue(AttributionContext context, SpeakerMention mention, int sentenceIndex)
    {
        var sentence = context.Document.Sentences[sentenceIndex];
        for (var t = mention.EndToken; t < Math.Min(sentence.EndToken, mention.EndToken + 16); t++)
        {
            if (context.Cues[t] is { } cue && !context.IsQuoted(t))
            {
                return SubjectFinder.Before(context, cue.Start, sentence.FirstToken) == mention;
            }
        }

        return false;
    }

    private static bool IsInvertedSubject(AttributionContext context, SpeakerMention mention)
    {
        for (var t = mention.FirstToken - 1; t >= Math.Max(0, mention.FirstToken - 4); t--)
        {
            if (context.Cues[t] is { } cue)
            {
                return SubjectFinder.After(context, cue, mention.EndToken) == mention;
            }
        }

        return false;
    }

    private static int MentionsBetween(AttributionContext context, SpeakerMention mention, int open, int after)
    {
        var tokens = context.Tokens.Tokens;
        var (from, to) = mention.FirstToken >= after ? (after, mention.FirstToken) : (mention.EndToken, open);
        if (from >= to || from >= tokens.Count)
        {
            return 0;
        }

        var end = to < tokens.Count ? tokens[to].Start : int.MaxValue;
        return MentionsIn(context.Mentions, tokens[from].Start, end).Count(m => m.FirstToken >= from && m.EndToken <= to && !context.IsQuoted(m.FirstToken));
    }

    private static bool IsFirstInSentence(AttributionContext context, SpeakerMention mention, int sentenceIndex)
    {
        var sentence = context.Document.Sentences[sentenceIndex];
        return !MentionsIn(context.Mentions, sentence.Span.Start, mention.Span.Start).Any(m => !context.IsQuoted(m.FirstToken));
    }

    private static int Salience(AttributionContext context, SpeakerMention mention) =>
        context.MentionCountByLastWord.GetValueOrDefault(LastWord(context, mention));

    private static string? PreviousSpeakerWord(AttributionContext context, int quoteIndex, IReadOnlyList<QuoteAttribution?> answers)
    {
        for (var q = quoteIndex - 1; q >= 0; q--)
        {
            if (answers[q]?.Speaker is { } speaker)
            {
                return LastWord(context, speaker);
            }
        }

        return null;
    }

    private static string LastWord(AttributionContext context, SpeakerMention mention) => context.Tokens.Word(mention.EndToken - 1);
}
