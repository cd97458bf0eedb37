using QuoteMiner.Documents;

namespace QuoteMiner.Entities;

/// <summary>
/// "a farmer who gave his name only as Dave", "who asked to be identified only by his surname, Tam,": the word after
/// such a phrase is the name a person the story does not otherwise name goes by.
/// </summary>
public static class NameGiver
{
    private static readonly HashSet<string> NameNouns = new(StringComparer.Ordinal) { "name", "surname", "nickname" };

    /// <summary>Whether the token at <paramref name="index"/> follows "name as", "surname," or "first name,".</summary>
    public static bool IsGivenName(Document document, int index)
    {
        if (index < 2)
        {
            return false;
        }

        var before = document.WordOf(index - 1);
        if (before == "," || before == "as")
        {
            // "his surname, Tam", "her first name, Maria"; "his name only as Dave", "gave her name as Ana".
            for (var t = index - 2; t >= Math.Max(0, index - 4); t--)
            {
                if (NameNouns.Contains(document.WordOf(t)))
                {
                    return before == "as" || t == index - 2;
                }
            }
        }

        return false;
    }
}
