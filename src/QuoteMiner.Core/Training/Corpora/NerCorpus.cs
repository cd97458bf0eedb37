namespace QuoteMiner.Training.Corpora;

/// <summary>One sentence of a training or evaluation corpus: its words and their gold BILOU labels.</summary>
public sealed class NerSentence
{
    public NerSentence(string[] words, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(labels);
        if (words.Length != labels.Length)
        {
            throw new ArgumentException("A sentence needs one label per word.", nameof(labels));
        }

        Words = words;
        Labels = labels;
    }

    public string[] Words { get; }

    public byte[] Labels { get; }

    public int Length => Words.Length;

    /// <summary>
    /// Tokens whose label the corpus does not know (null: every label is known). Training skips them and
    /// evaluation does not count a predicted entity that covers one as wrong. GUM sets it on capitalised words
    /// inside mentions it labels only as a whole ("the museum in Seattle").
    /// </summary>
    public bool[]? Unknown { get; init; }

    public List<EntitySpan> Entities() => NerLabels.ToSpans(Labels);
}

/// <summary>A document: the unit of document-level consistency and of corpus slicing.</summary>
public sealed record NerDocument(string Id, IReadOnlyList<NerSentence> Sentences)
{
    /// <summary>The text domain ("formal", "social"), for domain-adapted training; set from the corpus spec.</summary>
    public string Domain { get; init; } = CorpusLoader.DefaultDomain;

    public int TokenCount => Sentences.Sum(s => s.Length);
}

/// <summary>The corpus formats the readers understand.</summary>
public enum CorpusFormat
{
    Conll,
    Gum,
    Brat,
    Jsonl,
}
