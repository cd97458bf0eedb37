using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// Reports, statements and letters speak for whoever wrote or issued them: "PC World's analysis … concluded",
/// "'…,' the statement read" after "X said in a statement".
/// </summary>
public static class DocumentSources
{
    // Things that speak for whoever wrote them.
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "analysis", "study", "statement", "survey", "review", "letter", "filing", "audit", "investigation",
        "research", "website", "blog", "post", "editorial", "ruling", "judgment", "judgement", "memo", "assessment", "release",
        "account", "feed", "page",
    };

    public static bool IsDocumentNoun(string word) => DocumentNouns.Contains(word);

    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.Ordinal) { "issued", "released", "published", "posted", "sent" };

    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal) { "statement", "letter", "message", "note" };

    /// <summary>"issued a statement", "released a letter": the noun at <paramref name="noun"/> is a statement someone put out.</summary>
    public static bool IsIssuedDocument(TokenText tokens, int noun) =>
        noun >= 2 && tokens.IsLowerWord(noun) && StatementNouns.Contains(tokens.Word(noun))
        && (tokens.Is(noun - 1, "a") || tokens.Is(noun - 1, "an")) && tokens.IsLowerWord(noun - 2) && IssuingVerbs.Contains(tokens.Word(noun - 2));

    /// <summary>
    /// "PC World's analysis of its own web traffic concluded", "the ministry's latest report said": the owner of a
    /// report, statement or study is the source of what it says.
    /// </summary>
    public static SpeakerMention? OwnerOf(AttributionContext context, int last, int sentenceStart)
    {
        var tokens = context.Tokens;
        for (var noun = last; noun > sentenceStart && noun >= last - 8; noun--)
        {
            if (!tokens.IsLowerWord(noun) || !DocumentNouns.Contains(tokens.Word(noun)) || (noun < last && !tokens.Is(noun + 1, "of") && !tokens.Is(noun + 1, "on")))
            {
                continue;
            }

            // Up to two modifiers between the owner's 's and the noun ("its own annual report").
            for (var clitic = noun - 1; clitic >= Math.Max(sentenceStart + 1, noun - 3); clitic--)
            {
                if (tokens.Tokens[clitic].Kind == TokenKind.Clitic)
                {
                    return context.MentionEndingAt(clitic);
                }

                if (!tokens.IsLowerWord(clitic))
                {
                    break;
                }
            }

            if (noun == last && tokens.Is(noun - 1, "the"))
            {
                return AuthorNamedBefore(context, noun);
            }
        }

        return null;
    }

    /// <summary>
    /// "A report by the Hartley Institute … The report said", "in a statement by its publicity secretary, Mr Wale
    /// Oyekunle. '…,' the statement added": the one the story named as the text's author.
    /// </summary>
    public static SpeakerMention? AuthorNamedBefore(AttributionContext context, int noun)
    {
        var tokens = context.Tokens;
        var word = tokens.Word(noun);
        var from = context.Document.Sentences[Math.Max(0, context.SentenceOfToken(noun) - 3)].FirstToken;
        for (var t = noun - 2; t >= from; t--)
        {
            if (tokens.Is(t, word) && (tokens.Is(t + 1, "by") || tokens.Is(t + 1, "from")))
            {
                return NamedAuthorAfter(context, t + 2);
            }
        }

        return null;
    }

    // The first name within a few words after "by", past a description of the author ("its publicity secretary, Mr …").
    private static SpeakerMention? NamedAuthorAfter(AttributionContext context, int start)
    {
        for (var t = start; t < Math.Min(context.Tokens.Count, start + 8) && !context.Tokens.IsPunctuation(t, '.'); t++)
        {
            if (context.MentionStartingAt(t) is { Type: EntityType.Organization or EntityType.Person, Kind: MentionKind.Name or MentionKind.TitledName } named)
            {
                return named;
            }
        }

        return null;
    }

    // "The ministry issued a statement on Sunday", "The club's chairman, Roger Pemberton, said in a statement:" in the
    // quote's paragraph or the one before it.
    public static SpeakerMention? IssuerBefore(AttributionContext context, Quote quote)
    {
        var document = context.Document;
        var tokens = context.Tokens;
        var (open, _) = context.QuoteTokens(quote);
        var first = document.Sentences[document.Paragraphs[Math.Max(0, quote.Paragraph - 1)].FirstSentence];
        for (var t = open - 1; t > first.FirstToken; t--)
        {
            if (IsIssuedDocument(tokens, t))
            {
                return SubjectFinder.Before(context, t - 2, SentenceStart(context, t));
            }

            // "In a statement sent through his spokesman, Mr Peter Mwasi, the governor dismissed …": the main clause's subject.
            if (tokens.Is(t, "statement") && OpensSentenceWithIn(context, t) && FirstCueAfter(context, t, open) is { } main)
            {
                return SubjectFinder.Before(context, main.Start, t + 1);
            }

            if (context.Cues[t] is { } cue && !context.IsQuoted(t) && SaysInStatement(tokens, cue))
            {
                // "said" + "in a statement" may be two cues: the subject stands before the verb.
                return SubjectFinder.Before(context, tokens.Is(t, "in") && context.Cues[t - 1] is not null ? t - 1 : t, SentenceStart(context, t));
            }
        }

        return null;
    }

    // "In a statement", "In a written statement" opening the sentence.
    private static bool OpensSentenceWithIn(AttributionContext context, int statement)
    {
        var first = context.Document.Sentences[context.SentenceOfToken(statement)].FirstToken;
        return statement - first is 2 or 3 && context.Tokens.Word(first) == "In" && context.Tokens.Is(first + 1, "a");
    }

    private static CueMention? FirstCueAfter(AttributionContext context, int from, int end)
    {
        var sentenceEnd = context.Document.Sentences[context.SentenceOfToken(from)].EndToken;
        for (var t = from + 1; t < Math.Min(end, sentenceEnd); t++)
        {
            if (context.Cues[t] is { } cue && !context.IsQuoted(t))
            {
                return cue;
            }
        }

        return null;
    }

    private static int SentenceStart(AttributionContext context, int token) => context.Document.Sentences[context.SentenceOfToken(token)].FirstToken;

    private static bool SaysInStatement(TokenText tokens, CueMention cue) =>
        tokens.Is(cue.End - 1, "statement") || (tokens.Is(cue.End, "in") && tokens.Is(cue.End + 2, "statement"));
}
