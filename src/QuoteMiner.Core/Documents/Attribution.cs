namespace QuoteMiner.Documents;

/// <summary>How a speaker mention refers to its entity.</summary>
public enum MentionKind : byte
{
    Name,
    TitledName,
    Description,
    Pronoun,
}

/// <summary>A mention of a (possible) speaker: its span, token range and how it names the speaker.</summary>
public readonly record struct SpeakerMention(TextSpan Span, int FirstToken, int EndToken, MentionKind Kind, EntityType Type);

/// <summary>
/// Who said a quote: the mention that names the speaker (null when the text names none),
/// the speech cue (verb or phrase) and a confidence in [0,1].
/// </summary>
public sealed record QuoteAttribution(int QuoteIndex, SpeakerMention? Speaker, TextSpan? Cue, float Confidence, string Rule);
