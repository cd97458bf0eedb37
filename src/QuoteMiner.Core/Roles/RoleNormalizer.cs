using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Splits a role as written into its parts: "U.S. Secretary of State" → normalised "secretary of state",
/// country United States; "chief executive of Acme" → "chief executive", organisation "Acme";
/// "an astrophysicist at Eastbridge University" → "astrophysicist", organisation "Eastbridge University".
/// </summary>
public sealed class RoleNormalizer(NewsLexicons lexicons)
{
    private static readonly string[] OrganizationLinks = [" of the ", " at the ", " with the ", " for the ", " of ", " at ", " with ", " for "];

    public Role Normalize(Role role)
    {
        var text = role.Text;
        string? organization = null;
        foreach (var link in OrganizationLinks)
        {
            var at = text.IndexOf(link, StringComparison.Ordinal);
            if (at > 0 && at + link.Length < text.Length && char.IsUpper(text[at + link.Length]) && !IsTitleContinuation(text[(at + link.Length)..]))
            {
                organization = text[(at + link.Length)..].Trim();
                text = text[..at];
                break;
            }
        }

        string? country = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (lexicons.Places.IsDemonym(words[0]) || lexicons.Places.IsCountry(words[0])))
        {
            country ??= lexicons.Places.CountryOf(words[0]) ?? lexicons.Places.CountryOfDemonym(words[0]);
            words.RemoveAt(0);
        }

        var normalized = string.Join(' ', words.Where(w => w is not ("a" or "an" or "the"))).ToLowerInvariant();
        return role with { Normalized = normalized, Organization = organization, Country = country };
    }

    // "Secretary of State", "Minister for Health": the words after "of"/"for" are part of the office.
    private bool IsTitleContinuation(string rest)
    {
        var first = rest.Split(' ', 2)[0];
        return lexicons.Titles.TitleWords.Contains(first) && !lexicons.OrganizationWords.IsOrganizationWord(first);
    }
}
