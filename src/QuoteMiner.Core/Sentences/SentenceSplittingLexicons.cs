using QuoteMiner.Tokenization;

namespace QuoteMiner.Sentences;

/// <summary>The word lists the sentence splitter consults, read once from the embedded lexicons.</summary>
internal sealed class SentenceSplittingLexicons(AbbreviationLexicon abbreviations, WordLexicon openers, WordLexicon quoteTagVerbs)
{
    private static readonly Lazy<SentenceSplittingLexicons> Shared = new(() => new SentenceSplittingLexicons(
        AbbreviationLexicon.Default,
        WordLexicon.FromEmbedded("sentence-openers.txt", ignoreCase: false),
        WordLexicon.FromEmbedded("quote-tag-verbs.txt", ignoreCase: false)));

    public static SentenceSplittingLexicons Default => Shared.Value;

    public AbbreviationLexicon Abbreviations { get; } = abbreviations;

    /// <summary>Capitalised words that usually open a sentence (The, He, But …).</summary>
    public WordLexicon Openers { get; } = openers;

    /// <summary>Speech verbs of a quote tag after the speaker's name ("Smith asked").</summary>
    public WordLexicon QuoteTagVerbs { get; } = quoteTagVerbs;
}
