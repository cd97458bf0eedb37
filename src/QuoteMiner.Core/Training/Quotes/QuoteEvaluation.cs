namespace QuoteMiner.Training.Quotes;

/// <summary>Quote detection, attribution and role scores over a set of articles.</summary>
public sealed record QuoteEvaluation(
    int Documents,
    int GoldQuotes,
    int PredictedQuotes,
    int MatchedQuotes,
    int ExactQuotes,
    int AttributedCorrectly,
    int RolesCorrect,
    int RolesTotal)
{
    /// <summary>Gold quotes, matched quotes and correct speakers per gold quote kind (direct, partial, …).</summary>
    public IReadOnlyDictionary<string, KindScore> PerKind { get; init; } = new Dictionary<string, KindScore>();

    public double Precision => PredictedQuotes == 0 ? 0 : (double)MatchedQuotes / PredictedQuotes;

    public double Recall => GoldQuotes == 0 ? 0 : (double)MatchedQuotes / GoldQuotes;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ExactF1 => GoldQuotes + PredictedQuotes == 0 ? 0 : 2.0 * ExactQuotes / (GoldQuotes + PredictedQuotes);

    /// <summary>Share of matched quotes whose speaker is right (null counts as right when gold has none).</summary>
    public double AttributionAccuracy => MatchedQuotes == 0 ? 0 : (double)AttributedCorrectly / MatchedQuotes;

    /// <summary>End to end: a quote counts when it is found and its speaker is right, against both gold and predicted quotes.</summary>
    public double QuoteSpeakerF1 => GoldQuotes + PredictedQuotes == 0 ? 0 : 2.0 * AttributedCorrectly / (GoldQuotes + PredictedQuotes);

    public double RoleAccuracy => RolesTotal == 0 ? 0 : (double)RolesCorrect / RolesTotal;

    public override string ToString() =>
        $"documents {Documents}  gold {GoldQuotes}  predicted {PredictedQuotes}  matched {MatchedQuotes}  exact {ExactQuotes}\n" +
        $"quote P {Precision:F3} R {Recall:F3} F1 {F1:F3}  exact-F1 {ExactF1:F3}\n" +
        $"attribution accuracy {AttributionAccuracy:F3}  quote+speaker F1 {QuoteSpeakerF1:F3}  roles {RolesCorrect}/{RolesTotal} ({RoleAccuracy:F3})" +
        string.Concat(PerKind.OrderBy(k => k.Key).Select(k => $"\n  {k.Key,-8} gold {k.Value.Gold,4}  recall {k.Value.Recall:F3}  attribution {k.Value.AttributionAccuracy:F3}"));
}

/// <summary>Scores of one quote kind: how many gold quotes were found, and how many of those got the right speaker.</summary>
public sealed record KindScore(int Gold, int Matched, int Attributed)
{
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double AttributionAccuracy => Matched == 0 ? 0 : (double)Attributed / Matched;
}
