namespace QuoteMiner.Training.Quotes;

/// <summary>
/// Whether a predicted speaker name refers to the gold speaker: the same words, one inside the other
/// ("Rubio" in "Marco Rubio"), or the same surname unless the given names differ.
/// </summary>
public static class NameMatcher
{
    // A title in front of a surname ("Secretary Rubio") is no different given name.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "minister", "secretary",
        "senator", "sen", "governor", "gov", "mayor", "judge", "justice", "general", "gen", "chief", "premier",
        "chancellor", "councillor", "councilmember", "coach", "captain", "director", "professor", "father", "rev",
    };

    public static bool Matches(string gold, IEnumerable<string> predicted)
    {
        var g = Normalize(gold);
        var goldWords = g.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var candidate in predicted.Select(Normalize).Where(p => p.Length > 0))
        {
            if (candidate == g || ContainsWords(g, candidate) || ContainsWords(candidate, g))
            {
                return true;
            }

            var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (goldWords.Length > 1 && words[^1] == goldWords[^1] && goldWords[^1].Length > 2
                && (words.Length == 1 || words[0] == goldWords[0] || Titles.Contains(words[0]) || Titles.Contains(goldWords[0])))
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalize(string s)
    {
        var chars = s.Normalize(System.Text.NormalizationForm.FormKC).Replace('’', '\'').ToLowerInvariant()
            .Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool ContainsWords(string haystack, string needle) => $" {haystack} ".Contains($" {needle} ", StringComparison.Ordinal);
}
