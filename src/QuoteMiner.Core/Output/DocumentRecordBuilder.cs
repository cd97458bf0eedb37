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

    public static DocumentRecord Build(Document document, IReadOnlySet<QuoteKind>? kinds = null)
    {
        kinds ??= DefaultKinds;
        var text = document.Text;
        var offsets = new CodePointOffsets(text);
        var reported = ReportedQuotes(document, kinds);

        // Speakers: everyone who says a reported quote, and every person with a role; numbered in order.
        var speakerIds = new Dictionary<int, string>();
        foreach (var speaker in document.Speakers)
        {
            var says = reported.Any(q => document.QuoteSpeakers[q] == speaker.Id);
            if (says || (speaker.Type == EntityType.Person && speaker.Roles.Count > 0))
            {
                speakerIds[speaker.Id] = $"s{speakerIds.Count + 1}";
            }
        }

        var quotes = reported.Select((q, n) =>
        {
            var quote = document.Quotes[q];
            var attribution = document.Attributions[q];
            var speaker = document.QuoteSpeakers[q];
            var cue = attribution.Cue is { } c ? new CueRecord(c.Slice(text).ToString(), offsets[c.Start], offsets[c.End]) : null;
            return new QuoteRecord(
                $"q{n + 1}",
                quote.Content.Slice(text).ToString(),
                offsets[quote.Content.Start],
                offsets[quote.Content.End],
                KindName(quote.Kind),
                speaker >= 0 ? speakerIds[speaker] : null,
                cue,
                Math.Round(speaker >= 0 ? attribution.Confidence : 1 - attribution.Confidence, 3));
        }).ToList();

        var speakers = document.Speakers.Where(s => speakerIds.ContainsKey(s.Id)).Select(s => new SpeakerRecord(
            speakerIds[s.Id],
            s.Name,
            TypeName(s.Type),
            s.Roles.Select(r => r.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            s.Mentions.Select(m => new MentionRecord(m.Span.Slice(text).ToString(), offsets[m.Span.Start], offsets[m.Span.End])).ToList())
        {
            RoleDetails = s.Roles.Select(r => new RoleRecord(r.Text, r.Normalized, r.Organization, r.Country, offsets[r.Span.Start], offsets[r.Span.End])).ToList(),
        }).ToList();
        var entities = document.Entities.Select(e => new EntityRecord(e.Span.Slice(text).ToString(), offsets[e.Span.Start], offsets[e.Span.End], TypeName(e.Type))).ToList();
        return new DocumentRecord(SchemaVersion, document.Id, quotes, speakers, entities);
    }

    /// <summary>
    /// The quotes the record reports: of the asked kinds, not nested in another quote; a scare-quote-like
    /// fragment only when attributed, a title-like one only when a speech cue ties it to its speaker.
    /// </summary>
    private static List<int> ReportedQuotes(Document document, IReadOnlySet<QuoteKind> kinds)
    {
        var reported = new List<int>();
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
