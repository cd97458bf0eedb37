using QuoteMiner.Attribution;
using QuoteMiner.Documents;

namespace QuoteMiner.Roles;

/// <summary>Which bodies named before "the company", "the firm" or "the team" can be what it refers to.</summary>
public static class CompanyAntecedents
{
    /// <summary>Whether <paramref name="cluster"/> can be what "the <paramref name="noun"/>" means.</summary>
    public static bool CanBe(TokenText tokens, EntityCluster cluster, string noun) =>
        !(CompanyNouns.Contains(noun) && IsPublicBody(cluster)) && !IsOnlyAnEmployer(tokens, cluster);

    // Nouns for businesses, and the words that name bodies which are not businesses: "the company" is not the union.
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "business", "retailer", "chain", "carrier", "airline", "lender", "insurer", "brewer", "manufacturer", "maker",
    };

    private static readonly HashSet<string> PublicBodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Alliance", "Union", "Association", "Federation", "Council", "Ministry", "Department", "Agency", "Commission", "Authority",
        "Police", "Court", "University", "Party", "Government", "Committee", "Institute", "Society", "Foundation", "Congress", "Guild",
    };

    // "an analyst at Savanna Capital", "Marcus Feld of Halcyon Labs": a body named only as where someone works, or
    // as whom a statement went to, is not the company a story is about.
    private static bool IsOnlyAnEmployer(TokenText tokens, EntityCluster cluster) =>
        cluster.Mentions.All(m =>
        {
            var p = tokens.Is(m.FirstToken - 1, "the") ? m.FirstToken - 2 : m.FirstToken - 1;
            // "in a statement to the Nairobi Securities Exchange": a body spoken to is not the one speaking either.
            return tokens.Is(p, "to") || ((tokens.Is(p, "at") || tokens.Is(p, "of") || tokens.Is(p, "with")) && p > 0 && tokens.Tokens[p - 1].Kind == TokenKind.Word
                && (tokens.IsLowerWord(p - 1) || tokens.IsCapitalised(p - 1)));
        });

    private static bool IsPublicBody(EntityCluster cluster) =>
        cluster.NameTexts.Any(n => n.Split(' ').Any(PublicBodyWords.Contains));
}
