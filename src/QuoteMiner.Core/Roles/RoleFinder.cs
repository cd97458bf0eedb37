using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Roles of a named person, as written: the title in front of the name ("U.S. Secretary of State Marco Rubio",
/// "trader Milka Njeri") and an apposition after it ("Neville Richardson, chief executive of Britannia,").
/// </summary>
public sealed class RoleFinder(NewsLexicons lexicons)
{
    private readonly RoleNormalizer normalizer = new(lexicons);

    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "federal", "acting", "deputy", "interim", "senior", "junior", "outgoing", "incoming", "assistant",
        "executive", "chief", "general", "vice", "lead", "then", "shadow", "state", "national", "regional", "local",
        "foreign", "defence", "defense", "health", "finance", "interior", "justice", "education", "trade", "party",
    };

    // Verbs and clause words: their presence means the commas hold a clause, not an apposition.
    private static readonly HashSet<string> NotInApposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "who", "which", "that",
        "if", "when", "while", "because", "however", "meanwhile", "though", "although", "he", "she", "they", "it", "we", "i",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their" };

    public IEnumerable<Role> Find(TokenText tokens, SpeakerMention mention, Sentence sentence)
    {
        if (Prefix(tokens, mention.FirstToken, sentence.FirstToken) is { } prefix)
        {
            yield return prefix;
        }
        else if (mention.FirstToken > sentence.FirstToken + 1 && tokens.IsPunctuation(mention.FirstToken - 1, ',')
            && Prefix(tokens, mention.FirstToken - 1, sentence.FirstToken) is { } beforeComma && tokens.IsPunctuation(mention.EndToken, ','))
        {
            // "the Kenyan Trade Minister, Wanjiru Kamau, said": the role stands before the name, set off by commas.
            yield return beforeComma;
        }

        if (Apposition(tokens, mention.EndToken, sentence.EndToken) is { } apposition)
        {
            yield return apposition;
        }
    }

    private Role? Prefix(TokenText tokens, int nameStart, int sentenceStart)
    {
        var start = nameStart;
        var end = nameStart;
        var hasRole = false;
        for (var i = nameStart - 1; i >= sentenceStart; i--)
        {
            if (tokens.Tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            var word = tokens.Word(i);
            if (lexicons.Titles.IsHonorific(word) && !hasRole)
            {
                end = i; // "Lord Tebbit": the honorific is part of the name, the role lies before it.
                start = i;
                continue;
            }

            var isRoleWord = lexicons.Titles.IsRoleHead(word) || lexicons.Titles.TitleWords.Contains(word);
            var fits = isRoleWord || char.IsUpper(word[0]) || RoleModifiers.Contains(word)
                || (hasRole && word is "of" or "for" && i > sentenceStart);
            if (!fits || (char.IsUpper(word[0]) && !isRoleWord && !hasRole && !lexicons.Places.IsDemonym(word) && !IsRoleNounBefore(tokens, i, end)))
            {
                break;
            }

            if (char.IsUpper(word[0]) && lexicons.SentenceOpeners.Contains(word) && i == sentenceStart)
            {
                break;
            }

            hasRole |= isRoleWord;
            start = i;
        }

        while (start < end && tokens.Word(start) is "of" or "for")
        {
            start++;
        }

        return hasRole && start < end ? Make(tokens, start, end) : null;
    }

    // "Tory MP Philip Davies": a capitalised qualifier ("Tory") counts when a role word follows it.
    private bool IsRoleNounBefore(TokenText tokens, int index, int end)
    {
        for (var j = index + 1; j < end; j++)
        {
            if (lexicons.Titles.IsRoleHead(tokens.Word(j)) || lexicons.Titles.TitleWords.Contains(tokens.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    private Role? Apposition(TokenText tokens, int nameEnd, int sentenceEnd)
    {
        if (!tokens.IsPunctuation(nameEnd, ','))
        {
            return null;
        }

        var start = nameEnd + 1;
        var hasArticle = start < sentenceEnd && Articles.Contains(tokens.Word(start));
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

            if ((lexicons.CueVerbs.TryGet(word, out _) && tokens.IsLowerWord(end)) || NotInApposition.Contains(word) || char.IsDigit(word[0]))
            {
                return null;
            }

            hasRole |= lexicons.Titles.IsRoleHead(word);
            end++;
        }

        // "Amina Farouk, an astrophysicist at Eastbridge University,": an article and a common noun make a role
        // even when the noun is not in the title lexicon.
        hasRole |= hasArticle && end > start && tokens.IsLowerWord(start);

        var closed = end < sentenceEnd && (tokens.IsPunctuation(end, ',') || tokens.IsPunctuation(end, '.'));
        return hasRole && closed && end > start ? Make(tokens, start, end) : null;
    }

    private Role Make(TokenText tokens, int start, int end)
    {
        var span = new TextSpan(tokens.Tokens[start].Start, tokens.Tokens[end - 1].End);
        return normalizer.Normalize(new Role(span.Slice(tokens.Text).ToString(), span));
    }
}
