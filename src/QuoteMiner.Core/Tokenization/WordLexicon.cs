using System.Collections.Frozen;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Tokenization;

/// <summary>
/// An immutable set of words from an embedded lexicon, looked up by span so a token's text is never copied.
/// </summary>
public sealed class WordLexicon
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordLexicon(IEnumerable<string> words, bool ignoreCase)
    {
        this.words = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    public static WordLexicon FromEmbedded(string fileName, bool ignoreCase) => new(EmbeddedLexicon.ReadLines(fileName), ignoreCase);
}
