using QuoteMiner.Documents;

namespace QuoteMiner.Output;

/// <summary>
/// Builds the output record from a processed document. Nested quotes and scare-quote-like fragments
/// that nothing attributes are left out: they are not someone's reported words.
/// </summary>
public static class DocumentRecordBuilder
{
    public const string SchemaVersion = "1.0";

    /// <summary>The kinds reported unless asked otherwise: quotations in marks; reported speech is opt-in.</summary>
    public static readonly IReadOnlySet<QuoteKind> DefaultKinds = new HashSet<QuoteKind> { QuoteKind.Direct, QuoteKind.Partial };

    public static DocumentRecord Build(Document document, IReadOnlySet<QuoteKind>? kinds = null)
    {
        kinds ??= DefaultKinds;
        var text = document.Text;
        var offsets = new CodePointOffsets(text);
        var quotes = new List<QuoteRecord>();
        for (var q = 0; q < document.Quotes.Count; q++)
        {
            var quote = document.Quotes[q];
            var attribution = document.Attributions[q];
            var speaker = document.QuoteSpeakers[q];
            // A scare-quote-like fragment counts as speech only when it is attributed; a title-like one only
            // when a speech cue ties it to its speaker.
            if (!kinds.Contains(quote.Kind) || quote.IsNested || (quote.NeedsAttribution && attribution.Speaker is null) || (quote.NeedsCue && attribution.Cue is null))
            {
                continue;
            }

            CueRecord? cue = attribution.Cue is { } c ? new CueRecord(c.Slice(text).ToString(), offsets[c.Start], offsets[c.End]) : null;
            quotes.Add(new QuoteRecord(
                $"q{quotes.Count + 1}",
                quote.Content.Slice(text).ToString(),
                offsets[quote.Content.Start],
                offsets[quote.Content.End],
                KindName(quote.Kind),
                speaker >= 0 ? SpeakerId(speaker) : null,
                cue,
                Math.Round(speaker >= 0 ? attribution.Confidence : 1 - attribution.Confidence, 3)));
        }

        var speakers = document.Speakers.Select(s => new SpeakerRecord(
            SpeakerId(s.Id),
            s.Name,
            TypeName(s.Type),
            s.Roles.Select(r => r.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            s.Mentions.Select(m => new MentionRecord(m.Span.Slice(text).ToString(), offsets[m.Span.Start], offsets[m.Span.End])).ToList())).ToList();
        var entities = document.Entities.Select(e => new EntityRecord(e.Span.Slice(text).ToString(), offsets[e.Span.Start], offsets[e.Span.End], TypeName(e.Type))).ToList();
        return new DocumentRecord(SchemaVersion, document.Id, quotes, speakers, entities);
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

    private static string SpeakerId(int index) => $"s{index + 1}";
}
