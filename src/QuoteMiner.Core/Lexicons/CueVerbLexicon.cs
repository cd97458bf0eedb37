namespace QuoteMiner.Lexicons;

/// <summary>A speech cue: its lemma and whether it reliably introduces speech ("said") or only sometimes ("called").</summary>
public readonly record struct CueVerb(string Lemma, bool Strong);

/// <summary>Reporting verbs in every inflected form, and multi-word cues ("according to"), from speech-verbs.txt.</summary>
public sealed class CueVerbLexicon
{
    private readonly Dictionary<string, CueVerb> single = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, CueVerb Cue)>> multiByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public CueVerbLexicon(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var cue = new CueVerb(row.Length > 1 ? row[1] : row[0], row.Length < 3 || row[2] != "weak");
            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                single[words[0]] = cue;
            }
            else
            {
                if (!multiByFirstWord.TryGetValue(words[0], out var list))
                {
                    multiByFirstWord[words[0]] = list = [];
                }

                list.Add((words, cue));
            }
        }

        // Longest first, sorted once here rather than on every lookup.
        foreach (var list in multiByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public static CueVerbLexicon Load() => new(EmbeddedLexicon.ReadColumns("speech-verbs.txt"));

    public bool TryGet(string word, out CueVerb cue) => single.TryGetValue(word, out cue);

    /// <summary>A form of a verb that reliably reports speech ("said", "told"), not a weak one ("called").</summary>
    public bool IsStrong(string word) => TryGet(word, out var cue) && cue.Strong;

    public bool TryGet(ReadOnlySpan<char> word, out CueVerb cue) => single.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out cue);

    /// <summary>Multi-word cues that start with <paramref name="firstWord"/>, longest first.</summary>
    public IReadOnlyList<(string[] Words, CueVerb Cue)> MultiWordCues(string firstWord) =>
        multiByFirstWord.TryGetValue(firstWord, out var list) ? list : [];
}
