using QuoteMiner.Documents;

namespace QuoteMiner.Output;

/// <summary>
/// Builds the output record from a processed document. Nested quotes and scare-quote-like fragments
/// that nothing attributes are left out: they are not someone's reported words.
/// </summary>
public static class DocumentRecordBuilder
{
    public const string SchemaVersion = "1.2";

    /// <summary>The kinds reported unless asked otherwise: quotations in marks; reported speech is opt-in.</summary>
    public static readonly IReadOnlySet<QuoteKind> DefaultKinds = new HashSet<QuoteKind> { QuoteKind.Direct, QuoteKind.Partial };

    // The ids of the first quotes and speakers, made once: most documents need no others.
    private static readonly string[] QuoteIds = MakeIds('q', 64);
    private static readonly string[] SpeakerIds = MakeIds('s', 32);

    public static DocumentRecord Build(Document document, IReadOnlySet<QuoteKind>? kinds = null)
    {
        kinds ??= DefaultKinds;
        var offsets = new CodePointOffsets(document.Text);
        var reported = ReportedQuotes(document, kinds);
        var speakerIds = NumberSpeakers(document, reported);
        return new DocumentRecord(
            SchemaVersion,
            document.Id,
            QuoteRecords(document, reported, speakerIds, offsets),
            SpeakerRecords(document, speakerIds, offsets),
            EntityRecords(document, offsets));
    }

    /// <summary>Speakers: everyone who says a reported quote, and every person with a role; numbered in order.</summary>
    private static Dictionary<int, string> NumberSpeakers(Document document, List<int> reported)
    {
        var speakerIds = new Dictionary<int, string>();
        foreach (var speaker in document.Speakers)
        {
            if (SaysAny(document, reported, speaker.Id) || (speaker.Type == EntityType.Person && speaker.Roles.Count > 0))
            {
                speakerIds[speaker.Id] = IdOf(SpeakerIds, 's', speakerIds.Count + 1);
            }
        }

        return speakerIds;
    }

    private static bool SaysAny(Document document, List<int> reported, int speakerId)
    {
        foreach (var q in reported)
        {
            if (document.QuoteSpeakers[q] == speakerId)
            {
                return true;
            }
        }

        return false;
    }

    private static QuoteRecord[] QuoteRecords(Document document, List<int> reported, Dictionary<int, string> speakerIds, CodePointOffsets offsets)
    {
        var text = document.Text;
        var records = new QuoteRecord[reported.Count];
        for (var n = 0; n < records.Length; n++)
        {
            var q = reported[n];
            var quote = document.Quotes[q];
            var attribution = document.Attributions[q];
            var speaker = document.QuoteSpeakers[q];
            var cue = attribution.Cue is { } c ? new CueRecord(c.Slice(text).ToString(), offsets[c.Start], offsets[c.End]) : null;
            records[n] = new QuoteRecord(
                IdOf(QuoteIds, 'q', n + 1),
                quote.Content.Slice(text).ToString(),
                offsets[quote.Content.Start],
                offsets[quote.Content.End],
                KindName(quote.Kind),
                speaker >= 0 ? speakerIds[speaker] : null,
                cue,
                Math.Round(speaker >= 0 ? attribution.Confidence : 1 - attribution.Confidence, 3));
        }

        return records;
    }

    private static SpeakerRecord[] SpeakerRecords(Document document, Dictionary<int, string> speakerIds, CodePointOffsets offsets)
    {
        var records = new SpeakerRecord[speakerIds.Count];
        var n = 0;
        foreach (var speaker in document.Speakers)
        {
            if (speakerIds.TryGetValue(speaker.Id, out var id))
            {
                records[n++] = SpeakerRecord(document.Text, speaker, id, offsets);
            }
        }

        return records;
    }

    private static SpeakerRecord SpeakerRecord(string text, Speaker speaker, string id, CodePointOffsets offsets)
    {
        var mentions = new MentionRecord[speaker.Mentions.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            var span = speaker.Mentions[i].Span;
            mentions[i] = new MentionRecord(span.Slice(text).ToString(), offsets[span.Start], offsets[span.End]);
        }

        var roleDetails = new RoleRecord[speaker.Roles.Count];
        for (var i = 0; i < roleDetails.Length; i++)
        {
            var role = speaker.Roles[i];
            roleDetails[i] = new RoleRecord(role.Text, role.Normalized, role.Organization, role.Country, offsets[role.Span.Start], offsets[role.Span.End]);
        }

        return new SpeakerRecord(id, speaker.Name, TypeName(speaker.Type), DistinctRoleTexts(speaker.Roles), mentions)
        {
            RoleDetails = roleDetails,
        };
    }

    /// <summary>The texts of the roles, each once (ignoring case), in the order first found.</summary>
    private static string[] DistinctRoleTexts(List<Role> roles)
    {
        var texts = new List<string>(roles.Count);
        foreach (var role in roles)
        {
            if (!ContainsIgnoringCase(texts, role.Text))
            {
                texts.Add(role.Text);
            }
        }

        return [.. texts];
    }

    // A speaker has a handful of roles at most: a linear search beats building a hash set.
    private static bool ContainsIgnoringCase(List<string> texts, string text)
    {
        foreach (var t in texts)
        {
            if (string.Equals(t, text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityRecord[] EntityRecords(Document document, CodePointOffsets offsets)
    {
        var entities = document.Entities;
        var records = new EntityRecord[entities.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var entity = entities[i];
            records[i] = new EntityRecord(entity.Span.Slice(document.Text).ToString(), offsets[entity.Span.Start], offsets[entity.Span.End], TypeName(entity.Type));
        }

        return records;
    }

    private static string[] MakeIds(char prefix, int count)
    {
        var ids = new string[count];
        for (var n = 1; n <= count; n++)
        {
            ids[n - 1] = $"{prefix}{n}";
        }

        return ids;
    }

    /// <summary>"q7", "s2": the id numbered <paramref name="number"/> (from 1), from the cache when it holds it.</summary>
    private static string IdOf(string[] cache, char prefix, int number) => number <= cache.Length ? cache[number - 1] : $"{prefix}{number}";

    /// <summary>
    /// The quotes the record reports: of the asked kinds, not nested in another quote; a scare-quote-like
    /// fragment only when attributed, a title-like one only when a speech cue ties it to its speaker.
    /// </summary>
    private static List<int> ReportedQuotes(Document document, IReadOnlySet<QuoteKind> kinds)
    {
        var reported = new List<int>(document.Quotes.Count);
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            var attribution = document.Attributions[q];
            if (kinds.Contains(quote.Kind) && !quote.IsNested
                && !(quote.NeedsAttribution && attribution.Speaker is null) && !(quote.NeedsCue && attribution.Cue is null))
            {
                reported.Add(q);
            }
        }

        return reported;
    }

    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => "GROUP",
    };

}
