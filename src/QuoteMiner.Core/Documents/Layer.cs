namespace QuoteMiner.Documents;

/// <summary>The layers of a <see cref="Document"/>, in the order the pipeline adds them.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Entities = 4,
    Quotes = 8,
    /// <summary>Every phrase outside quotes that could name a speaker (names, pronouns, descriptions).</summary>
    Mentions = 64,
    Attributions = 16,
    /// <summary>Speaker clusters with their roles.</summary>
    Speakers = 32,
}
