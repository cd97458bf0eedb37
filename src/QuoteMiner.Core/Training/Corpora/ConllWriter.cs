namespace QuoteMiner.Training.Corpora;

/// <summary>The tagging schemes <see cref="ConllWriter"/> can write.</summary>
public enum TagScheme
{
    Iob1,
    Bio,
    Bilou,
}

/// <summary>Writes documents as CoNLL (token TAB tag), for exporting corpora and for reader round-trip tests.</summary>
public static class ConllWriter
{
    public static void Write(TextWriter writer, IEnumerable<NerDocument> documents, TagScheme scheme, bool docStart = true)
    {
        foreach (var document in documents)
        {
            if (docStart)
            {
                writer.WriteLine("-DOCSTART-\tO");
                writer.WriteLine();
            }

            foreach (var sentence in document.Sentences)
            {
                var tags = Tags(sentence, scheme);
                for (var i = 0; i < sentence.Length; i++)
                {
                    writer.Write(sentence.Words[i]);
                    writer.Write('\t');
                    writer.WriteLine(tags[i]);
                }

                writer.WriteLine();
            }
        }
    }

    public static string[] Tags(NerSentence sentence, TagScheme scheme)
    {
        var tags = Enumerable.Repeat("O", sentence.Length).ToArray();
        EntitySpan? previous = null;
        foreach (var span in sentence.Entities())
        {
            var type = span.Type switch
            {
                Documents.EntityType.Person => "PER",
                Documents.EntityType.Organization => "ORG",
                _ => "LOC",
            };
            for (var i = span.Start; i < span.End; i++)
            {
                var prefix = scheme switch
                {
                    TagScheme.Bilou => span.End - span.Start == 1 ? "U" : i == span.Start ? "B" : i == span.End - 1 ? "L" : "I",
                    TagScheme.Bio => i == span.Start ? "B" : "I",
                    _ => i == span.Start && previous is { } p && p.End == span.Start && p.Type == span.Type ? "B" : "I",
                };
                tags[i] = $"{prefix}-{type}";
            }

            previous = span;
        }

        return tags;
    }
}
