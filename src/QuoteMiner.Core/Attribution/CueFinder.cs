using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Attribution;

/// <summary>A speech cue in the text: its token range [Start, End) and lemma.</summary>
public readonly record struct CueMention(int Start, int End, CueVerb Verb)
{
    /// <summary>"emphasizing", "declaring": a participle clause whose subject is the main clause's.</summary>
    public bool IsParticiple { get; init; }
}

/// <summary>Marks every token that is (or starts) a speech cue, so the sieves can look them up by position.</summary>
public sealed class CueFinder(CueVerbLexicon lexicon, TitleLexicon titles)
{
    public CueMention?[] Find(TokenText tokens)
    {
        var cues = new CueMention?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsLowerWord(i) && !tokens.IsCapitalised(i))
            {
                continue;
            }

            var word = tokens.Word(i);
            foreach (var (words, cue) in lexicon.MultiWordCues(word))
            {
                if (Matches(tokens, i, words))
                {
                    cues[i] = new CueMention(i, i + words.Length, cue);
                    break;
                }
            }

            if (cues[i] is null && lexicon.TryGet(word, out var verb) && !IsNounUse(tokens, i) && !IsNounAfterModifier(tokens, i, verb))
            {
                cues[i] = new CueMention(i, i + 1, verb) { IsParticiple = word.EndsWith("ing", StringComparison.Ordinal) };
            }
        }

        return cues;
    }

    private static bool Matches(TokenText tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!tokens.Is(start + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    // "a statement", "the claims", "his warning": a determiner before it makes the cue word a noun; so does one
    // before an adjective and an -ing form ("a regular briefing", "the weekly meeting"), but not before a person
    // ("with the judge calling her crimes …").
    private bool IsNounUse(TokenText tokens, int index) =>
        IsDeterminer(tokens, index - 1)
        || (tokens.Word(index).EndsWith("ing", StringComparison.Ordinal) && tokens.IsLowerWord(index - 1) && IsDeterminer(tokens, index - 2)
            && !titles.IsRoleHead(tokens.Word(index - 1)))
        || IsCompoundModifier(tokens, index) || IsAddingSomething(tokens, index) || IsAfterDeterminedAdjective(tokens, index)
        || IsUnrealised(tokens, index);

    // "in a research note", "a LinkedIn post": after "a" and a word, the cue word's bare form is a noun, as a verb
    // would agree with a singular subject ("a spokesman notes").
    private static bool IsNounAfterModifier(TokenText tokens, int index, CueVerb verb) =>
        index >= 2 && (tokens.Is(index - 2, "a") || tokens.Is(index - 2, "an")) && (tokens.IsLowerWord(index - 1) || tokens.IsCapitalised(index - 1))
        && string.Equals(tokens.Word(index), verb.Lemma, StringComparison.OrdinalIgnoreCase);

    // "Tokyo would continue to respond 'calmly'": what someone would, will or could say is not said here.
    private static bool IsUnrealised(TokenText tokens, int index) =>
        IsModal(tokens, index - 1) || (tokens.Is(index - 1, "to") && tokens.IsLowerWord(index - 2) && IsModal(tokens, index - 3));

    private static bool IsModal(TokenText tokens, int index) =>
        index >= 0 && (tokens.Is(index, "would") || tokens.Is(index, "will") || tokens.Is(index, "could") || tokens.Is(index, "might"));

    private static readonly string[] AdjectiveEndings = ["ed", "en", "al", "ive", "ic", "ful", "ous", "ary", "ial"];

    // "in a written reply", "an official response", "a detailed warning": a determiner and an adjective make a noun of
    // the cue word ("a spokesman warns" keeps its verb: "spokesman" is no adjective).
    private static bool IsAfterDeterminedAdjective(TokenText tokens, int index) =>
        IsDeterminer(tokens, index - 2) && tokens.IsLowerWord(index - 1)
        && !tokens.Word(index).EndsWith("ed", StringComparison.Ordinal) && tokens.Word(index) is not ("said" or "told" or "wrote" or "spoke" or "says" or "tells" or "writes")
        && tokens.Word(index - 1) is var adjective && AdjectiveEndings.Any(e => adjective.Length > e.Length + 2 && adjective.EndsWith(e, StringComparison.Ordinal));

    // "the corporation had added 120 vehicles", "which added to the confusion": "add" with an amount or "to" adds, not speaks.
    private static bool IsAddingSomething(TokenText tokens, int index) =>
        tokens.Word(index) is "add" or "added" or "adds" or "adding" && index + 1 < tokens.Count
        && (tokens.Tokens[index + 1].Kind == TokenKind.Number || tokens.Is(index + 1, "to") || tokens.Text[tokens.Tokens[index + 1].Start] is '$' or '£' or '€');

    private static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "that", "to", "on", "in", "for", "with", "it", "he", "she", "they", "we", "his", "her", "its", "their",
        "this", "these", "those", "of", "about", "was", "were", "is", "are", "has", "had", "have", "no", "not", "some", "there",
    };

    // "An Illinois appeals court threw out …", "a Senate ethics panel": after a determiner and a name, a plural
    // cue word before a noun is the noun's modifier, not a verb.
    private static bool IsCompoundModifier(TokenText tokens, int index) =>
        tokens.Word(index).EndsWith('s') && tokens.IsCapitalised(index - 1) && IsDeterminer(tokens, index - 2)
        && tokens.IsLowerWord(index + 1) && !ClauseStarts.Contains(tokens.Word(index + 1)) && !tokens.Word(index + 1).EndsWith("ly", StringComparison.Ordinal);

    private static bool IsDeterminer(TokenText tokens, int index) =>
        index >= 0 && (tokens.Is(index, "a") || tokens.Is(index, "an") || tokens.Is(index, "the")
            || tokens.Is(index, "his") || tokens.Is(index, "her") || tokens.Is(index, "their") || tokens.Is(index, "its"));
}
