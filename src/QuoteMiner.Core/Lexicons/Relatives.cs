namespace QuoteMiner.Lexicons;

/// <summary>Nouns for a person's family and household ("her husband", "their son Sam").</summary>
public static class Relatives
{
    public static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "partner", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "fiancée", "fiance", "fiancé",
        "girlfriend", "boyfriend", "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin", "neighbour", "neighbor",
    };
}
