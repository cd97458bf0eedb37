using QuoteMiner.Documents;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Entities;

/// <summary>
/// Splits a tagged name at a title inside it: "Galway County Council Cllr Siobhán Carey" is the council and the
/// councillor, "Water Resources Minister Pranab Gogoi" and "Dr Okonkwo" are persons without their title, and
/// "American Jada Morris" is a person without her demonym. News prose stacks these words before a name without
/// punctuation, and every corpus we score on leaves titles out of the person's name.
/// </summary>
public static class TitledNameSplitter
{
    public static void Apply(IReadOnlyList<string[]> sentences, IReadOnlyList<byte[]> labels, NerGazetteer gazetteer)
    {
        if (gazetteer.IsEmpty)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var tags = labels[s];
            foreach (var span in NerLabels.ToSpans(tags))
            {
                var title = LastTitle(words, span, gazetteer);
                if (title < 0 || !LooksLikePersonName(words, title + 1, span.End, gazetteer.IsHonorific(words[title]), gazetteer))
                {
                    continue;
                }

                // The words before the title keep their type only if they name a body or a place on their own.
                var before = title > span.Start ? Describe(words, span.Start, title, gazetteer) : null;
                Clear(tags, span.Start, span.End);
                if (before is { } type)
                {
                    NerLabels.Write(tags, span.Start, title, type);
                }

                NerLabels.Write(tags, title + 1, span.End, EntityType.Person);
            }
        }
    }

    /// <summary>The last title, honorific or demonym inside the span with at least one word after it; -1 if none.</summary>
    private static int LastTitle(string[] words, EntitySpan span, NerGazetteer gazetteer)
    {
        for (var i = span.End - 2; i >= span.Start; i--)
        {
            if (gazetteer.IsSingleWordTitle(words[i]) || gazetteer.IsDemonym(words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikePersonName(string[] words, int start, int end, bool afterHonorific, NerGazetteer gazetteer)
    {
        for (var i = start; i < end; i++)
        {
            if (words[i].Length == 0 || !char.IsUpper(words[i][0]) || gazetteer.IsOrganizationWord(words[i]) || gazetteer.IsSingleWordTitle(words[i]))
            {
                return false;
            }
        }

        // One word after an office may be a name or a body ("Minister Mandela", "Secretary General Assembly");
        // after an honorific it is a surname.
        return afterHonorific || end - start >= 2 || gazetteer.IsFirstName(words[start]);
    }

    private static EntityType? Describe(string[] words, int start, int end, NerGazetteer gazetteer)
    {
        var name = string.Join(' ', words, start, end - start);
        if (gazetteer.IsCountry(name) || gazetteer.IsPlace(name))
        {
            return EntityType.Location;
        }

        return gazetteer.IsOrganizationWord(words[end - 1]) ? EntityType.Organization : null;
    }

    private static void Clear(byte[] tags, int start, int end) => tags.AsSpan(start, end - start).Clear();
}
