using QuoteMiner.Documents;

namespace QuoteMiner.Attribution.Ranking;

/// <summary>A mention that might have said a quote, with the features the ranker scores it by.</summary>
public sealed record SpeakerCandidate(int QuoteIndex, SpeakerMention Mention, float[] Features);
