using QuoteMiner.Documents;

namespace QuoteMiner.Training.Corpora;

/// <summary>
/// Reads CoNLL-style column files: the token in the first column, the tag in the last, a blank line between
/// sentences and <c>-DOCSTART-</c> between documents. IOB1, IOB2 (BIO) and BILOU/BIOES are all read by one
/// lenient rule: an entity starts at B/U/S, or at I/L/E whose type differs from the open entity's, and it ends
/// at L/E/U/S, at O, or where the next token starts another one. A file without <c>-DOCSTART-</c> (tweets)
/// makes one document per sentence.
/// </summary>
public static class ConllReader
{
    public static List<NerDocument> Read(string path) => Read(File.ReadLines(path), Path.GetFileName(path));

    public static List<NerDocument> Read(IEnumerable<string> lines, string name)
    {
        var documents = new List<List<NerSentence>>();
        var current = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var sawDocStart = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                FlushSentence();
                continue;
            }

            var columns = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                FlushSentence();
                sawDocStart = true;
                if (current.Count > 0)
                {
                    documents.Add(current);
                    current = [];
                }

                continue;
            }

            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : "O");
        }

        FlushSentence();
        if (current.Count > 0)
        {
            documents.Add(current);
        }

        if (!sawDocStart)
        {
            documents = [.. documents.SelectMany(d => d).Select(s => new List<NerSentence> { s })];
        }

        return [.. documents.Select((d, i) => new NerDocument($"{name}#{i}", d))];

        void FlushSentence()
        {
            if (words.Count > 0)
            {
                current.Add(new NerSentence([.. words], TagsToLabels(tags)));
                words.Clear();
                tags.Clear();
            }
        }
    }

    /// <summary>Converts IOB1/IOB2/BILOU/BIOES tags to our BILOU labels, through <see cref="LabelMap"/>.</summary>
    public static byte[] TagsToLabels(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        EntityType? open = null;
        string? openName = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, typeName) = Parse(tags[i]);
            if (prefix == 'O')
            {
                Close(i);
                continue;
            }

            var startsNew = prefix is 'B' or 'U' or 'S' || openName is null
                || !string.Equals(openName, typeName, StringComparison.OrdinalIgnoreCase);
            if (startsNew)
            {
                Close(i);
                start = i;
                openName = typeName;
                open = LabelMap.Resolve(typeName);
            }

            if (prefix is 'L' or 'E' or 'U' or 'S')
            {
                Close(i + 1);
            }
        }

        Close(tags.Count);
        return NerLabels.FromSpans(tags.Count, spans);

        void Close(int end)
        {
            if (openName is not null && open is { } type)
            {
                spans.Add(new EntitySpan(start, end, type));
            }

            openName = null;
            open = null;
        }
    }

    /// <summary>The scheme prefix (B, I, L, U, E, S or O) and type of one tag; a bare type counts as I.</summary>
    public static (char Prefix, string Type) Parse(string tag)
    {
        if (tag.Length == 0 || tag == "O" || tag == "_")
        {
            return ('O', "");
        }

        if (tag.Length > 2 && (tag[1] == '-' || tag[1] == '_') && "BILUES".Contains(char.ToUpperInvariant(tag[0])))
        {
            return (char.ToUpperInvariant(tag[0]), tag[2..]);
        }

        return ('I', tag);
    }

    /// <summary>Whether a tag looks like a CoNLL scheme tag (used by format detection).</summary>
    public static bool LooksLikeSchemeTag(string tag) =>
        tag == "O" || (tag.Length > 2 && (tag[1] == '-' || tag[1] == '_') && "BILUES".Contains(tag[0]));

    /// <summary>Names the tagging scheme a file uses, for the training log.</summary>
    public static string DetectScheme(IEnumerable<string> tags)
    {
        bool sawB = false, sawBilou = false, sawIob1 = false;
        var previous = "O";
        foreach (var tag in tags)
        {
            var (p, t) = Parse(tag);
            var (pp, pt) = Parse(previous);
            sawB |= p == 'B';
            sawBilou |= p is 'L' or 'U' or 'E' or 'S';
            sawIob1 |= p == 'I' && (pp == 'O' || pt != t);
            previous = tag;
        }

        return sawBilou ? "BILOU/BIOES" : sawIob1 ? "IOB1" : sawB ? "IOB2" : "IO";
    }
}
