using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// A role written after a name and set off by commas: "Amina Farouk, an astrophysicist at Eastbridge University,",
/// "Maren Holt, data protection lead at Vantor Systems, said", "Darnell Price, 54, one of the plaintiffs,", "X, who
/// heads the crop genetics programme at KARC,".
/// </summary>
public sealed class AppositionRoles(NewsLexicons lexicons)
{
    private readonly RoleNormalizer normalizer = new(lexicons);

    // Besides a preposition, words that open an aside rather than a noun phrase: "Holt, also a member, said".
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "like", "unlike", "as", "also", "too", "once", "again", "not",
    };

    private static readonly HashSet<string> ObjectAndPossessivePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "his", "them", "their", "us", "our", "me", "my", "your",
    };

    /// <summary>"Darnell Price, 54, one of the plaintiffs, …": a member of a group named by its role holds that role.</summary>
    private Role? OneOfThe(TokenText tokens, int start, int sentenceEnd)
    {
        if (!tokens.Is(start, "one") || !tokens.Is(start + 1, "of") || !tokens.Is(start + 2, "the") || start + 4 >= sentenceEnd
            || !tokens.IsLowerWord(start + 3) || !(tokens.IsPunctuation(start + 4, ',') || tokens.IsPunctuation(start + 4, '.')))
        {
            return null;
        }

        var plural = tokens.Word(start + 3);
        var singular = plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.EndsWith('s') ? plural[..^1] : null;
        if (singular is null || !lexicons.Titles.IsRoleHead(singular))
        {
            return null;
        }

        var span = new TextSpan(tokens.Tokens[start].Start, tokens.Tokens[start + 3].End);
        return normalizer.Normalize(new Role(span.Slice(tokens.Text).ToString(), span)) with { Normalized = singular };
    }

    /// <summary>The role set off after a name ending at <paramref name="nameEnd"/>, or null.</summary>
    public Role? After(TokenText tokens, int nameEnd, int sentenceEnd)
    {
        if (!tokens.IsPunctuation(nameEnd, ','))
        {
            return null;
        }

        // "Karen Tull, 52, the former finance director of …": the age between commas comes before the role.
        if (tokens.Tokens.Count > nameEnd + 2 && tokens.Tokens[nameEnd + 1].Kind == TokenKind.Number && tokens.IsPunctuation(nameEnd + 2, ','))
        {
            nameEnd += 2;
        }

        var start = nameEnd + 1;
        if (WhoHeads(tokens, start, sentenceEnd) is { } headOf)
        {
            return headOf;
        }

        if (OneOfThe(tokens, start, sentenceEnd) is { } member)
        {
            return member;
        }

        var hasArticle = start < sentenceEnd && RoleWords.Articles.Contains(tokens.Word(start));
        if (hasArticle)
        {
            start++;
        }

        var end = start;
        var hasRole = false;
        while (end < sentenceEnd && end - start < 16 && !tokens.IsPunctuation(end, ',') && !tokens.IsPunctuation(end, '.') && !tokens.IsQuoteMark(end))
        {
            if (tokens.IsPossessiveApostrophe(end))
            {
                end++;
                continue;
            }

            var word = tokens.Word(end);
            if (end == start && word is "who" or "which" or "whose" or "he" or "she" or "and" or "but")
            {
                return null;
            }

            // "an astrophysicist at Eastbridge University who led the study", "a developer at a startup that received
            // chips": a relative clause ends the role.
            if (end > start && word is "who" or "which" or "whose" or "where" || (end > start + 1 && word == "that"))
            {
                break;
            }

            if (RoleWords.IsClauseWord(lexicons, tokens, end))
            {
                return null;
            }

            // "a fish vendor at the market for 23 years": the role ends before a number.
            if (tokens.Tokens[end].Kind == TokenKind.Number)
            {
                if (end > start + 1 && tokens.Is(end - 1, "for"))
                {
                    end--;
                }

                return hasRole || hasArticle ? RoleWords.Make(normalizer, tokens, start, end) : null;
            }

            hasRole |= lexicons.Titles.IsRoleHead(word);
            end++;
        }

        // "Amina Farouk, an astrophysicist at Eastbridge University,": an article and a common noun make a role
        // even when the noun is not in the title lexicon.
        hasRole |= hasArticle && end > start && !tokens.IsCapitalised(start);
        hasRole |= !hasArticle && IsNounPhraseBeforeSpeechVerb(tokens, start, end, sentenceEnd);

        var closed = end < sentenceEnd && (tokens.IsPunctuation(end, ',') || tokens.IsPunctuation(end, '.') || tokens.Is(end, "who") || tokens.Is(end, "which") || tokens.Is(end, "whose") || tokens.Is(end, "where")
            || (tokens.Is(end, "that") && hasArticle));
        return hasRole && closed && end > start ? RoleWords.Make(normalizer, tokens, start, end) : null;
    }

    // "Maren Holt, data protection lead at Vantor Systems, said": with no article and no known role noun, a short
    // lowercase phrase closed by a comma and a speech verb is still an apposition (the loop has rejected verbs in it).
    private bool IsNounPhraseBeforeSpeechVerb(TokenText tokens, int start, int end, int sentenceEnd) =>
        end > start && end - start <= 12 && tokens.IsLowerWord(start) && !IsAsideOpener(tokens.Word(start))
        && !IsParticipleClause(tokens, start) && !HasPronoun(tokens, start, end) && IsCommaThenSpeechVerb(tokens, end, sentenceEnd);

    // ", said", ", told", ", warned": the comma closes the apposition and the sentence goes on with its speech verb.
    private bool IsCommaThenSpeechVerb(TokenText tokens, int comma, int sentenceEnd) =>
        tokens.IsPunctuation(comma, ',') && comma + 1 < sentenceEnd && tokens.IsLowerWord(comma + 1)
        && lexicons.CueVerbs.IsStrong(tokens.Word(comma + 1));

    // "Holt, in a statement, said", "Holt, for her part, said", "Holt, also a member, said": not a noun phrase.
    private static bool IsAsideOpener(string word) => RoleWords.Prepositions.Contains(word) || AsideOpeners.Contains(word);

    // "standing beside her", "flanked by his lawyers": a pronoun points back into the sentence, so this is an aside.
    private static bool HasPronoun(TokenText tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => ObjectAndPossessivePronouns.Contains(tokens.Word(i)));

    // "speaking after the hearing", "pressed on the issue": a participle followed by a preposition or article opens a
    // clause, while "marketing director" or "retired teacher" is a noun phrase.
    private static bool IsParticipleClause(TokenText tokens, int start)
    {
        if (start + 1 >= tokens.Count)
        {
            return false;
        }

        var word = tokens.Word(start);
        var next = tokens.Word(start + 1);
        return (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            && (RoleWords.Prepositions.Contains(next) || RoleWords.Articles.Contains(next));
    }

    /// <summary>"X, who heads the crop genetics programme at KARC," → "head of the crop genetics programme at KARC".</summary>
    private Role? WhoHeads(TokenText tokens, int start, int sentenceEnd)
    {
        if (!tokens.Is(start, "who") || start + 2 >= sentenceEnd)
        {
            return null;
        }

        var noun = tokens.Word(start + 1) switch
        {
            "heads" or "headed" or "runs" or "ran" or "leads" or "led" => "head",
            "chairs" or "chaired" => "chair",
            "directs" or "directed" => "director",
            "manages" or "managed" => "manager",
            "owns" or "owned" => "owner",
            "founded" => "founder",
            "coaches" or "coached" => "coach",
            "represents" => "representative",
            _ => null,
        };
        if (noun is null)
        {
            return null;
        }

        var end = start + 2;
        while (end < sentenceEnd && end - start < 16 && !tokens.IsPunctuation(end, ',') && !tokens.IsPunctuation(end, '.') && !tokens.Is(end, "and"))
        {
            end++;
        }

        if (end == start + 2)
        {
            return null;
        }

        var objectSpan = new TextSpan(tokens.Tokens[start + 2].Start, tokens.Tokens[end - 1].End);
        var span = new TextSpan(tokens.Tokens[start].Start, objectSpan.End);
        return normalizer.Normalize(new Role($"{noun} of {objectSpan.Slice(tokens.Text)}", span));
    }
}
