using System.Collections.Frozen;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Tokenization;

/// <summary>How an abbreviation that ends in a dot behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation: a final dot is sentence punctuation.</summary>
    None,

    /// <summary>A title before a name (Dr., Gen., Sen.): never ends a sentence.</summary>
    Title,

    /// <summary>May end a sentence (Inc., a.m., U.S., etc., an initial): ends one only before a sentence opener.</summary>
    Ordinary,

    /// <summary>Almost always closes its sentence (etc.): ends one before any capitalised word, like a full stop.</summary>
    SentenceFinal,

    /// <summary>An abbreviation only when a number follows (No. 10, pp. 4); otherwise the dot is punctuation.</summary>
    BeforeNumber,
}

/// <summary>
/// The abbreviations that keep their dot (Lexicons/abbreviations.txt) plus the two rules that need no list:
/// letter-dot sequences (U.S., a.m., Ph.D.) and a single capital letter with a dot (the initial in "George W. Bush").
/// </summary>
public sealed class AbbreviationLexicon
{
    private static readonly Lazy<AbbreviationLexicon> Shared = new(() => new AbbreviationLexicon(Load("abbreviations.txt")));

    private readonly FrozenDictionary<string, AbbreviationKind> entries;
    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public AbbreviationLexicon(IEnumerable<KeyValuePair<string, AbbreviationKind>> entries)
    {
        this.entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        lookup = this.entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with the library (read once, immutable).</summary>
    public static AbbreviationLexicon Default => Shared.Value;

    public int Count => entries.Count;

    /// <summary>The kind of a listed abbreviation, written with its final dot ("Dr."); None when not listed.</summary>
    public AbbreviationKind Lookup(ReadOnlySpan<char> withDot) =>
        lookup.TryGetValue(withDot, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>
    /// How a word token that ends in a dot behaves: listed abbreviations use their listed kind; initials (J.)
    /// and letter-dot sequences (U.S., J.R.R.) are Ordinary. Anything else is None.
    /// </summary>
    public AbbreviationKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[^1] != '.')
        {
            return AbbreviationKind.None;
        }

        var listed = Lookup(token);
        if (listed != AbbreviationKind.None)
        {
            return listed;
        }

        return IsInitial(token) || IsLetterDotSequence(token) ? AbbreviationKind.Ordinary : AbbreviationKind.None;
    }

    /// <summary>A single capital letter and a dot: "J." in "J. R. R. Tolkien".</summary>
    public static bool IsInitial(ReadOnlySpan<char> token) => token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.';

    /// <summary>Two or more short letter groups each closed by a dot: U.S., a.m., e.g., Ph.D., U.S.A.</summary>
    public static bool IsLetterDotSequence(ReadOnlySpan<char> token)
    {
        var groups = 0;
        var groupLength = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                if (groupLength == 0)
                {
                    return false;
                }

                groups++;
                groupLength = 0;
            }
            else if (char.IsLetter(c) && groupLength < LetterDotGroupMaxLength)
            {
                groupLength++;
            }
            else
            {
                return false;
            }
        }

        return groups >= 2 && groupLength == 0;
    }

    /// <summary>Longest letter group in a letter-dot abbreviation: two covers "Ph.D." without taking "end.Then".</summary>
    internal const int LetterDotGroupMaxLength = 2;

    private static IEnumerable<KeyValuePair<string, AbbreviationKind>> Load(string fileName)
    {
        foreach (var columns in EmbeddedLexicon.ReadColumns(fileName))
        {
            if (columns.Length != 2)
            {
                throw new FormatException($"Lexicon '{fileName}': expected 'abbreviation<TAB>kind', got '{string.Join("\\t", columns)}'.");
            }

            var kind = columns[1] switch
            {
                "title" => AbbreviationKind.Title,
                "ordinary" => AbbreviationKind.Ordinary,
                "number" => AbbreviationKind.BeforeNumber,
                "final" => AbbreviationKind.SentenceFinal,
                _ => throw new FormatException($"Lexicon '{fileName}': unknown kind '{columns[1]}' for '{columns[0]}'."),
            };
            yield return new KeyValuePair<string, AbbreviationKind>(columns[0], kind);
        }
    }
}
