using QuoteMiner.Documents;
using QuoteMiner.Entities;

namespace QuoteMiner.Attribution;

/// <summary>
/// Jane Doe said: "…" / Lord Tebbit said Lord Young had been 'simply wrong' / the Bureau, which stated, '…' —
/// the nearest cue before the quote in its sentence, and that cue's subject. A participle cue
/// ("…, emphasizing that '…'") belongs to the subject of the main clause.
/// </summary>
public sealed class CueBeforeQuoteSieve : IAttributionSieve
{
    public string Name => "cue-before";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quote = context.Document.Quotes[quoteIndex];
        var (open, _) = context.QuoteTokens(quote);
        var sentenceIndex = context.SentenceOfToken(Math.Min(open, context.Tokens.Count - 1));
        var sentence = context.Document.Sentences[sentenceIndex];
        var tokens = context.Tokens;
        // A title-cased fragment ("The Salt Road") needs its own cue, not a source named for the whole sentence.
        if (!quote.NeedsCue && AccordingToAfter(context, quote, sentence) is { } source)
        {
            return source with { QuoteIndex = quoteIndex };
        }

        // "Dunmore boss McAlister: 'We were second best by a mile'": a headline names its speaker before a colon.
        if (quote.Paragraph == 0 && open >= 2 && tokens.IsPunctuation(open - 1, ':')
            && context.MentionEndingAt(open - 1) is { Type: EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } headlined)
        {
            return new QuoteAttribution(quoteIndex, headlined, null, 0.8f, Name);
        }

        // "PHOENIX (AP) — Arizona Gov. Elena Marsh vetoed …": the clause starts after the dateline.
        var clauseStart = ProperNameChunker.DatelineEnd(tokens.Text, tokens.Tokens, sentence);
        for (var i = open - 1; i >= sentence.FirstToken; i--)
        {
            if (context.Cues[i] is not { } cue || context.IsQuoted(i) || IsAdjunctOfEarlierCue(context, cue, sentence.FirstToken))
            {
                continue;
            }

            // "The agency quoted Foreign Minister Ahmad Karimi as saying '…'": the one quoted speaks, not the one quoting.
            if (tokens.Is(cue.Start - 1, "as") && context.MentionEndingAt(cue.Start - 1) is { } quoted && FollowsQuoted(tokens, quoted))
            {
                return new QuoteAttribution(quoteIndex, quoted, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.9f, Name);
            }

            // "in the words of the Crown prosecutor, Mark Tedeschi, QC, '…'", "according to the charity, '…'": the source follows the cue.
            if (IsSourceBeforeQuote(tokens, cue) && FirstMentionAfter(context, cue.End, open) is { } named)
            {
                return new QuoteAttribution(quoteIndex, OrganizationsPerson(context, named), SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.9f, Name);
            }

            // "Asked whether Brightway would buy more, Lindgren-Holt declined to comment on 'specific opportunities'":
            // the one asked is the main clause's subject, after the comma.
            if (cue.Start == clauseStart && tokens.Is(cue.Start, "asked") && AfterOpeningClause(context, cue.End, open) is { } asked)
            {
                return new QuoteAttribution(quoteIndex, asked, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.75f, Name);
            }

            if (SubjectFinder.IsMemberOfGroup(context, cue.Start, out var group))
            {
                return new QuoteAttribution(quoteIndex, group, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.6f, Name);
            }

            // "the family had been told 'almost nothing'": the subject of a passive speech verb was spoken to.
            var agent = PassiveAgent(context, cue, open);
            if (agent is null && IsAgentlessNaming(context, cue, open))
            {
                return new QuoteAttribution(quoteIndex, null, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.6f, Name);
            }

            // The headline names who heard it, not who said it; the story below may say who did.
            if (agent is null && IsHeadlinePassive(tokens, quote, sentence, cue))
            {
                return new QuoteAttribution(quoteIndex, null, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.6f, Name);
            }

            if (agent is null && IsPassive(tokens, cue.Start))
            {
                continue;
            }

            var speaker = agent ?? (IsCoordinated(tokens, cue.Start)
                ? SubjectFinder.EarlierCueSubject(context, cue.Start, clauseStart) ?? SubjectFinder.ClauseSubject(context, cue.Start, clauseStart)
                : cue.IsParticiple && WithSubject(context, cue) is { } own
                ? own
                : cue.IsParticiple && IsClauseParticiple(tokens, cue.Start)
                ? SentenceSubjectSieve.FirstSubject(context, sentence, cue.Start)
                : SubjectFinder.Before(context, cue.Start, clauseStart) ?? SubjectFinder.After(context, cue, open));
            // "Quill said that Lyle, who told a lunch that …, had been 'asleep at the wheel'": a relative
            // clause's cue governs only a quote right after it, not one after the clause has closed.
            if (speaker is not null && IsRelativeClauseCue(tokens, cue.Start) && ClauseClosedBefore(tokens, cue.End, open))
            {
                continue;
            }

            if (speaker is not null)
            {
                return new QuoteAttribution(quoteIndex, speaker, SpeechTagAfterQuoteSieve.Span(tokens, cue), cue.Verb.Strong ? 0.9f : 0.75f, Name);
            }

            // "A petition signed by 3,200 people describes the railway as '…'": a text no one is named as writing speaks for no one.
            if (OpensWithUnsignedText(tokens, clauseStart))
            {
                return new QuoteAttribution(quoteIndex, null, SpeechTagAfterQuoteSieve.Span(tokens, cue), 0.6f, Name);
            }
        }

        return null;
    }

    private static bool OpensWithUnsignedText(TokenText tokens, int clauseStart)
    {
        var noun = tokens.Word(clauseStart) is "A" or "An" ? clauseStart + 1 : -1;
        return noun > 0 && tokens.IsLowerWord(noun) && (DocumentSources.IsDocumentNoun(tokens.Word(noun)) || tokens.Is(noun, "petition") || tokens.Is(noun, "banner") || tokens.Is(noun, "sign"));
    }

    // The first mention after the comma that closes a clause opening the sentence.
    private static SpeakerMention? AfterOpeningClause(AttributionContext context, int from, int open)
    {
        for (var t = from; t < open; t++)
        {
            if (context.Tokens.IsPunctuation(t, ','))
            {
                return context.MentionStartingAt(t + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// "The union said members were 'kept in the dark' and 'angry', according to its organiser, Steve Hollins.":
    /// the source named at the end of the sentence speaks every quote in it.
    /// </summary>
    private QuoteAttribution? AccordingToAfter(AttributionContext context, Quote quote, Sentence sentence)
    {
        var (_, after) = context.QuoteTokens(quote);
        for (var t = after; t < sentence.EndToken; t++)
        {
            if (context.Cues[t] is not { } cue || context.IsQuoted(t))
            {
                continue;
            }

            // "'…,' Xi said, according to state broadcaster CCTV": the quote's own tag names its speaker; the
            // source only reports it.
            if (!context.Tokens.Is(t, "according"))
            {
                return null;
            }

            return FirstMentionAfter(context, cue.End, sentence.EndToken) is { } source
                ? new QuoteAttribution(-1, OrganizationsPerson(context, source), SpeechTagAfterQuoteSieve.Span(context.Tokens, cue), 0.9f, Name)
                : null;
        }

        return null;
    }

    // "quoted Foreign Minister Ahmad Karimi", "quoted a senior official": "quoted" before the mention, titles allowed between.
    private static bool FollowsQuoted(TokenText tokens, SpeakerMention mention)
    {
        for (var t = mention.FirstToken - 1; t >= Math.Max(0, mention.FirstToken - 4); t--)
        {
            if (tokens.Is(t, "quoted"))
            {
                return true;
            }

            if (!tokens.IsCapitalised(t))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSourceBeforeQuote(TokenText tokens, CueMention cue) =>
        cue.End - cue.Start > 1 && (tokens.Is(cue.Start, "according") || (tokens.Is(cue.Start, "in") && tokens.Is(cue.Start + 2, "words")));

    private static SpeakerMention? FirstMentionAfter(AttributionContext context, int from, int sentenceEnd)
    {
        for (var t = from; t < Math.Min(sentenceEnd, from + 8); t++)
        {
            if (context.MentionStartingAt(t) is { Kind: not MentionKind.Pronoun } mention)
            {
                return mention;
            }
        }

        return null;
    }

    // "according to its regional organiser, Steve Hollins": the named person after the role, not the role.
    private static SpeakerMention OrganizationsPerson(AttributionContext context, SpeakerMention source) =>
        source.Type != EntityType.Person || source.Kind == MentionKind.Description ? NamedAfterComma(context, source) ?? source : source;

    private static SpeakerMention? NamedAfterComma(AttributionContext context, SpeakerMention source)
    {
        for (var t = source.EndToken; t < Math.Min(context.Tokens.Count, source.EndToken + 5); t++)
        {
            if (context.Tokens.IsPunctuation(t, ',') && context.MentionStartingAt(t + 1) is { Kind: MentionKind.Name or MentionKind.TitledName, Type: EntityType.Person } named)
            {
                return named;
            }
        }

        return null;
    }

    // "Twomey was gracious in defeat but described the call as 'a soft one'": a second verb shares the
    // subject of the first.
    private static bool IsCoordinated(TokenText tokens, int cueStart)
    {
        var i = cueStart - 1;
        while (i >= 0 && tokens.IsLowerWord(i) && (tokens.Word(i).EndsWith("ly", StringComparison.Ordinal) || tokens.Word(i) is "also" or "then" or "later"))
        {
            i--;
        }

        return tokens.Is(i, "and") || tokens.Is(i, "but");
    }

    private static bool IsRelativeClauseCue(TokenText tokens, int cueStart)
    {
        for (var t = cueStart - 1; t >= Math.Max(0, cueStart - 4); t--)
        {
            if (tokens.Is(t, "who") || tokens.Is(t, "which"))
            {
                return true;
            }

            if (tokens.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private static bool ClauseClosedBefore(TokenText tokens, int cueEnd, int open) =>
        open - cueEnd > 3 && Enumerable.Range(cueEnd, open - cueEnd).Any(t => tokens.IsPunctuation(t, ','));

    private static readonly HashSet<string> NamingParticiples = new(StringComparer.Ordinal)
    {
        "described", "dubbed", "labelled", "labeled", "termed", "branded", "nicknamed", "called",
    };

    private static readonly HashSet<string> NotBeforeReducedRelative = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "who", "which", "that", "and", "they", "he", "she", "it", "we", "i", "you",
    };

    /// <summary>
    /// "a phenomenon sometimes described as the lake's 'memory'", "what was dubbed a 'stealth tax'": a name given
    /// in the passive with no one giving it is a term, spoken by no one in the story.
    /// </summary>
    private static bool IsAgentlessNaming(AttributionContext context, CueMention cue, int open)
    {
        var tokens = context.Tokens;
        if (!NamingParticiples.Contains(tokens.Word(cue.Start)) || open - cue.End > 4 || (cue.End < open && !tokens.Is(cue.End, "as") && !tokens.Is(cue.End, "a") && !tokens.Is(cue.End, "an")))
        {
            return false;
        }

        if (HasPassiveAuxiliary(tokens, cue.Start))
        {
            return true;
        }

        // A reduced relative ("a phenomenon sometimes described as …"): "as" with no object before it, and no subject
        // ("what the minister described as …") or "have" before the participle.
        var before = cue.Start - 1;
        while (before > 0 && tokens.IsLowerWord(before) && (tokens.Word(before).EndsWith("ly", StringComparison.Ordinal) || tokens.Word(before) is "sometimes" or "often" or "also"))
        {
            before--;
        }

        return tokens.Is(cue.End, "as") && tokens.IsLowerWord(before) && !NotBeforeReducedRelative.Contains(tokens.Word(before))
            && context.MentionEndingAt(before + 1) is null;
    }

    private static bool IsPassive(TokenText tokens, int cueStart) =>
        HasPassiveAuxiliary(tokens, cueStart)
        && (tokens.Word(cueStart).EndsWith("ed", StringComparison.Ordinal) || tokens.Word(cueStart) is "told" or "said");

    /// <summary>
    /// "Holyrood told ferry delays 'unacceptable'", "PM told to quit": a headline drops the "was" of a passive "told";
    /// an active "told" names its listener next ("told MSPs", "told Sheinbaum").
    /// </summary>
    private static bool IsHeadlinePassive(TokenText tokens, Quote quote, Sentence sentence, CueMention cue)
    {
        var last = sentence.EndToken - 1;
        return quote.Paragraph == 0 && tokens.Is(cue.Start, "told") && cue.End == cue.Start + 1 && !tokens.IsPunctuation(last, '.')
            && tokens.IsLowerWord(cue.End) && tokens.Word(cue.End) is not ("him" or "her" or "them" or "us" or "me" or "reporters" or "journalists");
    }

    // "was told", "is being urged", "had been described": a form of "be" right before the verb.
    private static bool HasPassiveAuxiliary(TokenText tokens, int cueStart) =>
        cueStart > 0 && tokens.Word(cueStart - 1) is "is" or "was" or "were" or "are" or "been" or "being" or "be";

    /// <summary>"is being urged by the party not to 'over-react'", "was described by police as 'calm'": the agent speaks.</summary>
    private static SpeakerMention? PassiveAgent(AttributionContext context, CueMention cue, int open)
    {
        var tokens = context.Tokens;
        if (!HasPassiveAuxiliary(tokens, cue.Start))
        {
            return null;
        }

        var by = cue.End;
        if (by + 1 >= open || !tokens.Is(by, "by"))
        {
            return null;
        }

        // "urged by his party, the United Progress Alliance, not to …": the agent may be named after its description.
        for (var t = by + 1; t < Math.Min(open, by + 7); t++)
        {
            if (context.MentionStartingAt(t) is { } agent)
            {
                return agent;
            }
        }

        return null;
    }

    // ", emphasizing that", "while acknowledging", "statement reaffirming": the participle has no subject of its own.
    // "Bernal told Reuters in an interview on Monday that …": "in an interview" adds to the verb before it, whose
    // subject speaks (the object, Reuters, would be taken for the subject of the adjunct).
    private static bool IsAdjunctOfEarlierCue(AttributionContext context, CueMention cue, int sentenceStart)
    {
        if (!context.Tokens.Is(cue.Start, "in"))
        {
            return false;
        }

        for (var t = cue.Start - 1; t >= Math.Max(sentenceStart, cue.Start - 4); t--)
        {
            if (context.Cues[t] is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "…, with the judge calling her crimes '…'": after "with", the participle has its own subject.
    private static SpeakerMention? WithSubject(AttributionContext context, CueMention cue) =>
        context.MentionEndingAt(cue.Start) is { } subject && context.Tokens.Is(subject.FirstToken - 1, "with") ? subject : null;

    private static bool IsClauseParticiple(TokenText tokens, int index) =>
        tokens.IsPunctuation(index - 1, ',') || tokens.Is(index - 1, "while") || tokens.Is(index - 1, "after")
        || tokens.Is(index - 1, "before") || tokens.Is(index - 1, "by") || tokens.IsLowerWord(index - 1);
}
