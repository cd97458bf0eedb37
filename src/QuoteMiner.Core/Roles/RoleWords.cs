using QuoteMiner.Attribution;
using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>The words the role readers share: determiners, prepositions, and the words that make a clause of a phrase.</summary>
internal static class RoleWords
{
    // Verbs and clause words: their presence means the commas hold a clause, not an apposition.
    public static readonly HashSet<string> NotInApposition = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "who", "which", "that",
        "if", "when", "while", "because", "however", "meanwhile", "though", "although", "he", "she", "they", "it", "we", "i",
    };

    public static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their" };

    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "at", "for", "with", "without", "on", "from", "by", "to", "about", "after", "before", "during", "over",
        "under", "beside", "behind", "near", "outside", "inside", "into", "through", "against", "between", "among", "despite",
    };

    // Verbs and clause words mean the words hold a clause, not a role; a speech verb's form after a preposition or an
    // article is a noun ("minister of state", "head of comment").
    public static bool IsClauseWord(NewsLexicons lexicons, TokenText tokens, int index) =>
        NotInApposition.Contains(tokens.Word(index))
        || (tokens.IsLowerWord(index) && lexicons.CueVerbs.TryGet(tokens.Word(index), out _)
            && !(index > 0 && (Prepositions.Contains(tokens.Word(index - 1)) || Articles.Contains(tokens.Word(index - 1)))));

    public static Role Make(RoleNormalizer normalizer, TokenText tokens, int start, int end)
    {
        var span = new TextSpan(tokens.Tokens[start].Start, tokens.Tokens[end - 1].End);
        return normalizer.Normalize(new Role(span.Slice(tokens.Text).ToString(), span));
    }
}
