namespace QuoteMiner.Lexicons;

/// <summary>Nouns for a person that carry a gender ("the injured man", "her younger brother, Eli").</summary>
public static class GenderedNouns
{
    private static readonly Dictionary<string, Gender> Genders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["man"] = Gender.Male, ["boy"] = Gender.Male, ["father"] = Gender.Male, ["husband"] = Gender.Male, ["son"] = Gender.Male,
        ["brother"] = Gender.Male, ["grandfather"] = Gender.Male, ["grandson"] = Gender.Male, ["uncle"] = Gender.Male,
        ["nephew"] = Gender.Male, ["widower"] = Gender.Male, ["boyfriend"] = Gender.Male, ["businessman"] = Gender.Male,
        ["chairman"] = Gender.Male, ["spokesman"] = Gender.Male,
        ["woman"] = Gender.Female, ["girl"] = Gender.Female, ["mother"] = Gender.Female, ["wife"] = Gender.Female, ["daughter"] = Gender.Female,
        ["sister"] = Gender.Female, ["grandmother"] = Gender.Female, ["granddaughter"] = Gender.Female, ["aunt"] = Gender.Female,
        ["niece"] = Gender.Female, ["widow"] = Gender.Female, ["girlfriend"] = Gender.Female, ["businesswoman"] = Gender.Female,
        ["chairwoman"] = Gender.Female, ["spokeswoman"] = Gender.Female,
    };

    public static Gender Of(string noun) => Genders.GetValueOrDefault(noun, Gender.Unknown);
}
