using System.CommandLine;

namespace QuoteMiner.Cli.Commands;

/// <summary><c>--entities rules|learned</c>: which entity recognizer feeds speaker finding.</summary>
public static class EntitiesOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--entities")
        {
            Description = "rules (default: finds speakers best on real news) or learned (the ML.NET model in models/ner).",
            DefaultValueFactory = _ => "rules",
        };
        option.AcceptOnlyFromAmong("rules", "learned");
        return option;
    }
}
