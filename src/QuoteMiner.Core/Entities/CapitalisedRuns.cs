namespace QuoteMiner.Entities;

/// <summary>
/// Finds the runs of capitalised words in a sentence, joined by the lower-case connectors names use ("Bank of
/// England", "Ludwig van Beethoven"); a run starts and ends with a capitalised word. The learned recognizer reads
/// features off the run a word stands in (see <see cref="NerFeatures"/>).
/// </summary>
public static class CapitalisedRuns
{
    /// <summary>
    /// Writes each word's run as [start, end) into <paramref name="runStart"/> and <paramref name="runEnd"/>;
    /// a word outside every run gets start = end = its own index.
    /// </summary>
    public static void Find(string[] words, Span<int> runStart, Span<int> runEnd)
    {
        var n = words.Length;
        var i = 0;
        while (i < n)
        {
            if (!IsCapitalised(words[i]))
            {
                runStart[i] = runEnd[i] = i;
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && (IsCapitalised(words[end]) || (end + 1 < n && IsCapitalised(words[end + 1]) && IsConnector(words[end]))))
            {
                end++;
            }

            for (var j = i; j < end; j++)
            {
                runStart[j] = i;
                runEnd[j] = end;
            }

            i = end;
        }
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsConnector(string word) =>
        word is "of" or "&" or "de" or "du" or "da" or "del" or "der" or "van" or "von" or "for" or "la" or "le";
}
