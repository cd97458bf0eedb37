namespace QuoteMiner.Attribution.Ranking;

/// <summary>The features of a quote–candidate pair, in model order. Changing this list changes the model format.</summary>
public static class CandidateFeatures
{
    public static readonly string[] Names =
    [
        "tokenDistance", "after", "sameSentence", "sentenceDistance", "sameParagraph", "paragraphDistance",
        "kindName", "kindTitledName", "kindDescription", "kindPronoun",
        "typePerson", "typeOrganization", "typeLocation", "typeGroup",
        "ruleAnswer", "ruleTagAfter", "ruleDialogue", "ruleCueBefore", "ruleContinued", "ruleSentenceSubject", "ruleCarry", "ruleRecentSpeaker",
        "ruleNone", "cueAdjacent", "subjectOfCue", "invertedSubject", "mentionsBetween", "firstInSentence",
        "previousQuoteSpeaker", "quoteDirect", "quotePartial", "quoteIndirect", "quoteOpensParagraph", "colonBefore",
        "salience", "strongCueAdjacent",
    ];

    /// <summary>The feature count, a constant because the ML.NET row type needs a fixed vector size.</summary>
    public const int Count = 36;

    public static int RuleFeature(string rule) => rule switch
    {
        "tag-after" => 15,
        "dialogue" => 16,
        "cue-before" => 17,
        "continued" => 18,
        "sentence-subject" => 19,
        "carry" => 20,
        "recent-speaker" => 21,
        _ => -1,
    };
}
