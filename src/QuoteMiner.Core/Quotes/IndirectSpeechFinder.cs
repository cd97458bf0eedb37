using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Quotes;

/// <summary>
/// Reported speech without quotation marks: "X said (that) …", "…, X said." and "According to X, …".
/// The reported clause becomes a quote of kind <see cref="QuoteKind.Indirect"/>; like every quote it
/// needs the attribution stage to find its speaker, or it is dropped.
/// </summary>
public sealed class IndirectSpeechFinder(CueVerbLexicon cues)
{
    private const int MinimumWords = 4;

    // Verbs that take a reported clause ("said that …"); "called", "described" and the like do not.
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "warn", "add", "claim", "argue", "insist", "state", "explain", "note", "announce", "confirm",
        "admit", "acknowledge", "suggest", "predict", "promise", "stress", "emphasise", "emphasize", "maintain",
        "contend", "assert", "allege", "report", "reveal", "disclose", "concede", "estimate", "caution",
    };

    // A clause never starts with a preposition or a time word: "said in a statement", "said on Monday".

    public IEnumerable<Quote> Find(Document document)
    {
        var text = document.Text;
        var tokens = document.TokenArray;
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount < MinimumWords + 2 || HasQuoteMark(text, tokens, sentence))
            {
                continue;
            }

            var content = AccordingTo(text, tokens, sentence) ?? TagAtEnd(text, tokens, sentence) ?? SaidThat(text, tokens, sentence);
            if (content is { } span && span.Length > 0)
            {
                yield return new Quote(span, span, QuoteKind.Indirect, s, sentence.Paragraph) { NeedsAttribution = true };
            }
        }
    }

    // "According to the ministry, the border will reopen on Monday."
    private static TextSpan? AccordingTo(string text, Token[] tokens, Sentence sentence)
    {
        if (!Word(text, tokens[sentence.FirstToken]).Equals("According", StringComparison.Ordinal) || sentence.TokenCount < 4
            || !Word(text, tokens[sentence.FirstToken + 1]).Equals("to", StringComparison.Ordinal))
        {
            return null;
        }

        for (var t = sentence.FirstToken + 2; t < Math.Min(sentence.EndToken, sentence.FirstToken + 12); t++)
        {
            if (IsComma(text, tokens[t]))
            {
                return Clause(text, tokens, t + 1, sentence.EndToken);
            }
        }

        return null;
    }

    // "The border will reopen on Monday, the minister said."
    private TextSpan? TagAtEnd(string text, Token[] tokens, Sentence sentence)
    {
        for (var t = sentence.EndToken - 2; t > sentence.FirstToken + MinimumWords && t >= sentence.EndToken - 9; t--)
        {
            if (!IsComma(text, tokens[t]))
            {
                continue;
            }

            // The tag ends the sentence: ", the minister said.", ", said Jane Doe.", ", the Nigeria Centre
            // for Disease Response (NCDR) said on Sunday." — a cue at most four tokens before the end.
            var last = sentence.EndToken;
            while (last > t + 1 && tokens[last - 1].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            if (last - (t + 1) is < 2 or > 14)
            {
                return null;
            }

            for (var k = Math.Max(t + 1, last - 5); k < last; k++)
            {
                if (IsTagCue(text, tokens[k]) && EndsAsTag(text, tokens, k + 1, last))
                {
                    return Clause(text, tokens, sentence.FirstToken, t);
                }
            }

            return null;
        }

        return null;
    }

    private static bool ClosesApposition(string text, Token[] tokens, int sentenceStart, int comma)
    {
        for (var t = comma - 1; t > sentenceStart && t > comma - 16; t--)
        {
            if (IsComma(text, tokens[t]))
            {
                return true;
            }
        }

        return false;
    }

    // After the cue a tag holds at most its subject (", said Jane Doe.", ", said the minister on Sunday.",
    // ", said she."), not a clause of its own (", said she had heard screams.").
    private static bool EndsAsTag(string text, Token[] tokens, int afterCue, int last)
    {
        if (afterCue >= last)
        {
            return true;
        }

        var first = Word(text, tokens[afterCue]);
        var isPronoun = first is "he" or "she" or "they" or "it" or "we" or "I";
        return isPronoun ? afterCue + 1 == last : last - afterCue <= 4 && !HasAuxiliary(text, tokens, afterCue, last);
    }

    // ", said three consortiums had bid.": an auxiliary after the cue makes a clause of its own.
    private static bool HasAuxiliary(string text, Token[] tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (Word(text, tokens[t]) is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "would" or "will" or "could")
            {
                return true;
            }
        }

        return false;
    }

    // "The minister said (that) the border will reopen." — the cue needs a subject before it.
    private TextSpan? SaidThat(string text, Token[] tokens, Sentence sentence)
    {
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken - MinimumWords; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(text[tokens[t].Start]) || !IsClauseCue(Word(text, tokens[t])))
            {
                continue;
            }

            // "512 confirmed cases", "the reported figure": a participle used as an adjective reports nothing.
            // A comma before the cue may close an apposition ("His partner, who did not want to be named, said …").
            var before = tokens[t - 1];
            var closesApposition = IsComma(text, before) && ClosesApposition(text, tokens, sentence.FirstToken, t - 1);
            if (!closesApposition && (before.Kind != TokenKind.Word || IsClauseBreaker(Word(text, before)) || Word(text, before) is "the" or "a" or "an" or "with" or "and" or "or"))
            {
                continue;
            }

            var start = t + 1;
            var lemma = cues.TryGet(Word(text, tokens[t]), out var cue) ? cue.Lemma : string.Empty;
            if (lemma == "tell" || lemma == "warn" || lemma == "caution")
            {
                // "told reporters (that) …": skip the listener.
                while (start < sentence.EndToken && start < t + 4 && !Word(text, tokens[start]).Equals("that", StringComparison.Ordinal) && tokens[start].Kind == TokenKind.Word)
                {
                    start++;
                }
            }

            if (start < sentence.EndToken && Word(text, tokens[start]).Equals("that", StringComparison.Ordinal))
            {
                start++;
            }
            else if (start < sentence.EndToken && (tokens[start].Kind != TokenKind.Word || IsClauseBreaker(Word(text, tokens[start]))))
            {
                continue; // "said in a statement", "said on Monday": no clause follows directly.
            }

            return Clause(text, tokens, start, sentence.EndToken);
        }

        return null;
    }

    private bool IsTagCue(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && IsClauseCue(Word(text, token));

    private bool IsClauseCue(ReadOnlySpan<char> word) =>
        !word.EndsWith("ing", StringComparison.Ordinal) && cues.TryGet(word, out var cue) && cue.Strong && ClauseVerbs.Contains(cue.Lemma);

    private static bool IsClauseBreaker(ReadOnlySpan<char> word) => word is "in" or "on" or "at" or "by" or "to" or "for" or "with" or "from" or "after" or "before" or "during" or "as" or "last" or "yesterday" or "today" or "earlier" or "later";

    private static TextSpan? Clause(string text, Token[] tokens, int first, int end)
    {
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        var words = 0;
        for (var t = first; t < end; t++)
        {
            words += tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words >= MinimumWords ? new TextSpan(tokens[first].Start, tokens[end - 1].End) : null;
    }

    private static bool HasQuoteMark(string text, Token[] tokens, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Kind == TokenKind.QuoteMark && !PossessiveApostrophe.Is(text, tokens, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsComma(string text, Token token) => token.Length == 1 && text[token.Start] == ',';

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

}
