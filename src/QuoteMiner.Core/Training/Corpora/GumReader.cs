using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Training.Corpora;

/// <summary>
/// Reads GUM's token-TAB-type files (one token a line, blank line between sentences, one document a file).
/// GUM labels every mention, pronouns and common nouns too, and has no B/I prefixes, so a run of tokens of one
/// type is one mention. We keep person/organization/place mentions only when they are proper names:
/// <list type="number">
/// <item>leading determiners and honorifics are trimmed ("the United States" → "United States"), and so is
/// everything up to the last title word (titles.txt) before the name ("NASA Administrator Charles Bolden" →
/// "Charles Bolden"), as CoNLL-style annotation leaves titles out;</item>
/// <item>every remaining token must be capitalised, a number, or a connector inside a name (of, the, and, de,
/// &amp;, -, ., 's) — "Indonesian coast" and "the President of Chile's office" are dropped;</item>
/// <item>a one-word name is dropped if it is a closed-class word ("I", "We") or appears in lower case elsewhere
/// in the document ("President", "Church"); so is a name whose only capitalised word is sentence-initial and
/// that appears in lower case elsewhere ("Officials").</item>
/// </list>
/// GUM labels only the outermost mention, so a name nested in a longer mention ("Seattle" in "the museum in
/// Seattle", "NASA" in "NASA Administrator Charles Bolden") has no label of its own: capitalised words (not
/// sentence-initial) in a mention, outside the name we keep, are marked <see cref="NerSentence.Unknown"/> rather
/// than O, so training skips them and evaluation does not count them either way.
/// </summary>
public static class GumReader
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "al", "bin", "&", "-", ".", "'s", "'", "for", "on", "in",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
    };

    private static readonly HashSet<string> ClosedClass = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "this", "that", "these", "those", "who", "which", "what", "one", "someone", "everyone", "here", "there", "where",
    };

    private static readonly Lazy<TitleLexicon?> Titles = new(() =>
    {
        try
        {
            return TitleLexicon.Load();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    });

    public static NerDocument Read(string path) => Read(File.ReadLines(path), Path.GetFileNameWithoutExtension(path));

    public static NerDocument Read(IEnumerable<string> lines, string name)
    {
        var raw = new List<(string[] Words, string[] Types)>();
        var words = new List<string>();
        var types = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var columns = trimmed.Split('\t');
            words.Add(columns[0].Trim());
            types.Add(columns.Length > 1 ? columns[^1].Trim() : "O");
        }

        Flush();

        var lowerWords = new HashSet<string>(raw.SelectMany(s => s.Words).Where(w => w.Length > 0 && char.IsLower(w[0])), StringComparer.Ordinal);
        var sentences = new List<NerSentence>(raw.Count);
        foreach (var (sentenceWords, sentenceTypes) in raw)
        {
            var spans = new List<EntitySpan>();
            var unknown = new bool[sentenceWords.Length];
            var i = 0;
            while (i < sentenceWords.Length)
            {
                var type = LabelMap.Resolve(sentenceTypes[i]);
                var j = i + 1;
                while (j < sentenceWords.Length && sentenceTypes[j] == sentenceTypes[i])
                {
                    j++;
                }

                (int Start, int End)? kept = null;
                if (type is { } entityType && ProperNameCore(sentenceWords, i, j, lowerWords) is { } core)
                {
                    spans.Add(new EntitySpan(core.Start, core.End, entityType));
                    kept = core;
                }

                if (sentenceTypes[i] is not ("O" or "" or "_"))
                {
                    for (var k = Math.Max(i, 1); k < j; k++)
                    {
                        if (IsCapitalised(sentenceWords[k]) && (kept is not { } c || k < c.Start || k >= c.End))
                        {
                            unknown[k] = true;
                        }
                    }
                }

                i = j;
            }

            sentences.Add(new NerSentence(sentenceWords, NerLabels.FromSpans(sentenceWords.Length, spans)) { Unknown = unknown.Contains(true) ? unknown : null });
        }

        return new NerDocument(name, sentences);

        void Flush()
        {
            if (words.Count > 0)
            {
                raw.Add(([.. words], [.. types]));
                words.Clear();
                types.Clear();
            }
        }
    }

    /// <summary>The proper-name part of mention [start, end), or null when the mention is not a proper name.</summary>
    internal static (int Start, int End)? ProperNameCore(string[] words, int start, int end, HashSet<string> lowerWordsInDocument)
    {
        if (Titles.Value is { } titles)
        {
            for (var k = end - 2; k >= start; k--)
            {
                if (IsCapitalised(words[k]) && (titles.TryGet(words[k], out _) || titles.TitleWords.Contains(words[k])) && IsCapitalised(words[k + 1]))
                {
                    start = k + 1;
                    break;
                }
            }
        }

        while (start < end && (Determiners.Contains(words[start]) || !IsNameWord(words[start])))
        {
            if (!Determiners.Contains(words[start]))
            {
                return null; // a lower-case content word before the name: a description, not a name
            }

            start++;
        }

        while (end > start && (words[end - 1] is "'s" or "'" or "." or "," || !IsNameWord(words[end - 1])))
        {
            if (words[end - 1] is not ("'s" or "'" or "." or ","))
            {
                return null; // "the Chilean president": trailing common noun
            }

            end--;
        }

        if (start >= end)
        {
            return null;
        }

        var capitalised = 0;
        var capitalisedNotInitial = 0;
        for (var k = start; k < end; k++)
        {
            var w = words[k];
            if (IsCapitalised(w))
            {
                capitalised++;
                if (k > 0)
                {
                    capitalisedNotInitial++;
                }
            }
            else if (!Connectors.Contains(w) && !char.IsDigit(w[0]))
            {
                return null;
            }
        }

        if (capitalised == 0)
        {
            return null;
        }

        if (end - start == 1 && (ClosedClass.Contains(words[start]) || lowerWordsInDocument.Contains(words[start].ToLowerInvariant())))
        {
            return null;
        }

        if (capitalisedNotInitial == 0)
        {
            var w = words[start];
            if (ClosedClass.Contains(w) || lowerWordsInDocument.Contains(w.ToLowerInvariant()))
            {
                return null;
            }
        }

        return (start, end);
    }

    private static bool IsNameWord(string w) => w.Length > 0 && (IsCapitalised(w) || char.IsDigit(w[0]));

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);
}
