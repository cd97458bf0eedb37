using QuoteMiner.Documents;

namespace QuoteMiner.Cli.Commands;

/// <summary>Parses <c>--kinds direct,partial,indirect</c>; an unknown kind is a usage error.</summary>
public static class QuoteKinds
{
    public static IReadOnlySet<QuoteKind> Parse(string value)
    {
        var kinds = new HashSet<QuoteKind>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds.Add(name.ToLowerInvariant() switch
            {
                "direct" => QuoteKind.Direct,
                "partial" => QuoteKind.Partial,
                "indirect" => QuoteKind.Indirect,
                _ => throw new ArgumentException($"Unknown quote kind '{name}': use direct, partial or indirect."),
            });
        }

        return kinds;
    }
}
