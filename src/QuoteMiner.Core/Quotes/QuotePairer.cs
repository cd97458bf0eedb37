namespace QuoteMiner.Quotes;

/// <summary>An opening mark and the mark that closes it, or null when the quote runs to the paragraph end.</summary>
public readonly record struct MarkPair(QuoteMark Open, QuoteMark? Close, int Depth);

/// <summary>
/// Pairs the quotation marks of one paragraph with a stack, so nested quotes ('…' inside "…") pair
/// correctly and an unbalanced mark never reaches past its paragraph.
/// </summary>
public static class QuotePairer
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "in", "to", "and", "or", "is", "was", "are", "were", "as", "at", "on", "for", "from", "with", "by", "of",
        "that", "which", "while", "after", "before", "but", "because", "when", "if", "than", "the", "a", "an",
        "he", "she", "they", "it", "we", "said", "says", "added", "since", "into", "over", "about", "will", "would",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<MarkPair> Pair(string text, IReadOnlyList<QuoteMark> marks)
    {
        var stack = new List<QuoteMark>();
        var pairs = new List<MarkPair>();
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var openIndex = mark.CanClose ? FindOpen(stack, mark.Family) : -1;
            if (openIndex >= 0 && !IsPluralPossessive(text, marks, i))
            {
                pairs.Add(new MarkPair(stack[openIndex], mark, openIndex));
                // Marks opened inside the closed quote and never closed were strays.
                stack.RemoveRange(openIndex, stack.Count - openIndex);
            }
            else if (mark.CanOpen)
            {
                stack.Add(mark);
            }
        }

        // News convention: a quote that continues into the next paragraph leaves its mark open at the
        // paragraph end. Only the outermost open mark can start such a quote.
        if (stack.Count > 0)
        {
            pairs.Add(new MarkPair(stack[0], null, 0));
        }

        pairs.Sort((a, b) => a.Open.Start.CompareTo(b.Open.Start));
        return pairs;
    }

    private static int FindOpen(List<QuoteMark> stack, QuoteFamily family)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Family == family)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the workers' union" inside a single-quoted quote: a ' after s, followed by a word, is an
    /// apostrophe when a later single mark can still close the quote.
    /// </summary>
    private static bool IsPluralPossessive(string text, IReadOnlyList<QuoteMark> marks, int index)
    {
        var mark = marks[index];
        if (mark.Family != QuoteFamily.Single || mark.Start == 0 || text[mark.Start - 1] is not ('s' or 'S'))
        {
            return false;
        }

        var next = mark.End + 1;
        if (mark.End >= text.Length || text[mark.End] != ' ' || next >= text.Length || !char.IsLower(text[next]))
        {
            return false;
        }

        // "progress' in addressing": a function word after the mark means the quote closed there.
        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (FunctionWordLookup.Contains(text.AsSpan(next, wordEnd - next)))
        {
            return false;
        }

        for (var j = index + 1; j < marks.Count; j++)
        {
            if (marks[j].Family == QuoteFamily.Single && marks[j].CanClose)
            {
                return true;
            }
        }

        return false;
    }
}
