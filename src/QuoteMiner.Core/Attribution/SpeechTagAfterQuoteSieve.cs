using QuoteMiner.Documents;
using QuoteMiner.Tokenization;

namespace QuoteMiner.Attribution;

/// <summary>"…," said Jane Doe. / "…," Jane Doe said. / "…" he added. — the speech tag right after the closing mark.</summary>
public sealed class SpeechTagAfterQuoteSieve : IAttributionSieve
{
    public string Name => "tag-after";

    public QuoteAttribution? Attribute(AttributionContext context, int quoteIndex)
    {
        var quote = context.Document.Quotes[quoteIndex];
        var (_, after) = context.QuoteTokens(quote);
        var tokens = context.Tokens;
        var paragraphEnd = context.Document.Paragraphs[quote.Paragraph].Span.End;
        var i = after;
        while (i < tokens.Count && tokens.Tokens[i].Kind == TokenKind.Punctuation && tokens.Tokens[i].Start < paragraphEnd && !tokens.IsPunctuation(i, '.'))
        {
            i++;
        }

        if (i >= tokens.Count || tokens.Tokens[i].Start >= paragraphEnd)
        {
            return null;
        }

        // A tag belongs to the quote's own sentence ("…?" she asked); the next sentence is someone else's.
        if (after > 0 && context.SentenceOfToken(i) != context.SentenceOfToken(after - 1))
        {
            return null;
        }

        // "'I write the book I'm afraid to write': Adaeze Nwosu on grief", "'…': Chef Odile Marchetti on …": a headline
        // quote, a colon, then who said it, a title or two allowed before the name.
        if (quote.Paragraph == 0 && tokens.IsPunctuation(after, ':') && HeadlinedName(context, after + 1) is { } headlined)
        {
            return new QuoteAttribution(quoteIndex, headlined, null, 0.8f, Name);
        }

        // "'So far, it's the Internet: 1, Scientology: 0.' - Matthew Ingram": a name signed after a dash.
        if (SignedName(context, after, i, paragraphEnd) is { } signer)
        {
            return new QuoteAttribution(quoteIndex, signer, null, 0.9f, Name);
        }

        // "'…,' the statement read.": a document speaks for whoever the story says issued it, else for no one it names.
        if (tokens.Is(i, "the") && tokens.IsLowerWord(i + 1) && DocumentSources.IsDocumentNoun(tokens.Word(i + 1)) && context.Cues[i + 2] is { } documentCue)
        {
            var issuer = DocumentSources.IssuerBefore(context, quote) ?? DocumentSources.AuthorNamedBefore(context, i + 1);
            return new QuoteAttribution(quoteIndex, issuer, Span(tokens, documentCue), 0.6f, Name);
        }

        var sentence = context.Document.Sentences[context.SentenceOfToken(i)];
        if (context.Cues[i] is { } cue)
        {
            return SubjectFinder.After(context, cue, sentence.EndToken) is { } speaker
                ? new QuoteAttribution(quoteIndex, speaker, Span(tokens, cue), 0.95f, Name)
                : null;
        }

        // Name (possibly behind a title: "Ontario Economic Development Minister Todd Smith said", or a role set off
        // by commas: "the student's mother, Esther Chebet, said") then the cue.
        for (var j = i; j < Math.Min(sentence.EndToken, i + 12); j++)
        {
            if (context.MentionStartingAt(j) is { } mention)
            {
                var k = mention.EndToken;
                while (k < sentence.EndToken && context.Cues[k] is null
                    && ((tokens.IsLowerWord(k) && tokens.Word(k).EndsWith("ly", StringComparison.Ordinal)) || (tokens.IsPunctuation(k, ',') && k > mention.EndToken - 1 && IsApposedName(context, mention, k))))
                {
                    k++;
                }

                if (k < sentence.EndToken && context.Cues[k] is { } tagCue)
                {
                    return new QuoteAttribution(quoteIndex, mention, Span(tokens, tagCue), 0.95f, Name);
                }

                // "'…,' Mayor Kenji Oyamada of Higashi-Omura told reporters": the place a person is from, before the cue.
                if (mention.Type == EntityType.Person && mention.Kind is MentionKind.Name or MentionKind.TitledName && (tokens.Is(k, "of") || tokens.Is(k, "from"))
                    && CueAfterPlace(context, k + 1, sentence.EndToken) is { } placeCue)
                {
                    return new QuoteAttribution(quoteIndex, mention, Span(tokens, placeCue), 0.9f, Name);
                }

                // "'…,' the 29-year-old mother of four told Al Jazeera", "the father of two said": a short of-phrase.
                if (mention.Kind == MentionKind.Description && tokens.Is(k, "of") && k + 2 < sentence.EndToken && tokens.IsLowerWord(k + 1)
                    && context.Cues[k + 2] is { } ofCue && context.MentionStartingAt(k + 1) is null)
                {
                    return new QuoteAttribution(quoteIndex, mention, Span(tokens, ofCue), 0.9f, Name);
                }

                // "'…,' a Halberg spokesperson said": the body speaks through its spokesperson.
                if (mention.Type == EntityType.Organization && k + 1 < sentence.EndToken && tokens.IsLowerWord(k)
                    && SpeakerMentionFinder.IsSpokesperson(tokens.Word(k)) && context.Cues[k + 1] is { } spokespersonCue)
                {
                    return new QuoteAttribution(quoteIndex, mention, Span(tokens, spokespersonCue), 0.9f, Name);
                }

                if (mention.Type == EntityType.Person && mention.Kind is MentionKind.Name or MentionKind.TitledName
                    && CueAfterRoleApposition(context, mention.EndToken, sentence.EndToken) is { } appositionCue)
                {
                    return new QuoteAttribution(quoteIndex, mention, Span(tokens, appositionCue), 0.9f, Name);
                }

                j = mention.EndToken - 1; // A title-like mention ("Deputy Minister") may stand before the name.
                continue;
            }

            if (tokens.Tokens[j].Kind == TokenKind.Clitic || (tokens.IsPunctuation(j, ',') && j > i))
            {
                continue; // "the student's mother, Esther Chebet,"
            }

            // "'a coronation', while the Foundation said …": a conjunction starts another statement, not a tag.
            if (tokens.Tokens[j].Kind != TokenKind.Word || (tokens.IsLowerWord(j) && ClauseOpeners.Contains(tokens.Word(j))))
            {
                return null;
            }
        }

        return null;
    }

    private static CueMention? CueAfterPlace(AttributionContext context, int start, int sentenceEnd)
    {
        var t = start;
        while (t < Math.Min(sentenceEnd, start + 4) && context.Tokens.IsCapitalised(t))
        {
            t++;
        }

        return t > start && t < sentenceEnd ? context.Cues[t] : null;
    }

    // "Latin America strategist at Meridian Bank": capitalised words, then a lower-case noun, before the next comma.
    private static bool OpensWithPlaceBeforeRole(TokenText tokens, int start, int sentenceEnd)
    {
        for (var t = start; t < Math.Min(sentenceEnd, start + 4); t++)
        {
            if (tokens.IsLowerWord(t))
            {
                return t > start && tokens.Word(t).Length > 3;
            }

            if (!tokens.IsCapitalised(t))
            {
                return false;
            }
        }

        return false;
    }

    // The name after a headline's colon; capitalised words before it must be its title ("Chef").
    private static SpeakerMention? HeadlinedName(AttributionContext context, int start) =>
        SubjectFinder.PersonNameAfterCapitals(context, start) is { } named && (named.FirstToken == start || named.Kind == MentionKind.TitledName) ? named : null;

    /// <summary>
    /// "…," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.", "…," Tsuyoshi Nakandakari, 63, said: a role
    /// or an age set off by commas (or a bracket) between the name and the cue.
    /// </summary>
    private static CueMention? CueAfterRoleApposition(AttributionContext context, int comma, int sentenceEnd)
    {
        var tokens = context.Tokens;
        // "Sen. Dale Whitcomb (R-Kan.) said": a bracket after the name.
        if (tokens.IsPunctuation(comma, '('))
        {
            for (var close = comma + 1; close < Math.Min(sentenceEnd - 1, comma + 8); close++)
            {
                if (tokens.IsPunctuation(close, ')'))
                {
                    return context.Cues[close + 1] ?? CueAfterRoleApposition(context, close + 1, sentenceEnd);
                }
            }

            return null;
        }

        if (comma + 1 >= sentenceEnd || !tokens.IsPunctuation(comma, ',') || !(tokens.IsLowerWord(comma + 1) || tokens.Is(comma + 1, "the") || tokens.Is(comma + 1, "a")
            || tokens.Tokens[comma + 1].Kind == TokenKind.Number || OpensWithPlaceBeforeRole(tokens, comma + 1, sentenceEnd)))
        {
            return null;
        }

        // "Thierry Lemaire, president of the FNSEA, France's largest farmers' union, told": up to three parts set off by commas.
        var commas = 0;
        for (var t = comma + 1; t < Math.Min(sentenceEnd - 1, comma + 24); t++)
        {
            if (context.Cues[t] is not null || tokens.IsQuoteMark(t))
            {
                return null;
            }

            if (tokens.IsPunctuation(t, ','))
            {
                if (context.Cues[t + 1] is { } cue)
                {
                    return cue;
                }

                if (++commas > 2)
                {
                    return null;
                }
            }
        }

        return null;
    }

    // The comma closing a name set off after its role ("…, Esther Chebet, said").
    private static bool IsApposedName(AttributionContext context, SpeakerMention mention, int comma) =>
        comma == mention.EndToken && mention.Kind is MentionKind.Name or MentionKind.TitledName
        && context.Tokens.IsPunctuation(mention.FirstToken - 1, ',');

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "while", "whereas", "but", "and", "although", "though", "as", "when", "after", "before", "because", "since", "if", "so", "yet", "or",
    };

    internal static TextSpan Span(TokenText tokens, CueMention cue) =>
        new(tokens.Tokens[cue.Start].Start, tokens.Tokens[cue.End - 1].End);

    private static SpeakerMention? SignedName(AttributionContext context, int after, int nameStart, int paragraphEnd)
    {
        var tokens = context.Tokens;
        if (nameStart != after + 1 || tokens.Tokens[after].Length != 1 || !CharClasses.IsDash(tokens.Text[tokens.Tokens[after].Start])
            || context.MentionStartingAt(nameStart) is not { Kind: MentionKind.Name or MentionKind.TitledName, Type: EntityType.Person } name)
        {
            return null;
        }

        // The name closes the paragraph, or a description follows it ("- Matthew Ingram, The Globe and Mail").
        var end = name.EndToken;
        return end >= tokens.Count || tokens.Tokens[end].Start >= paragraphEnd || tokens.IsPunctuation(end, ',') ? name : null;
    }
}
