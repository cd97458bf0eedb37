using System.Security.Cryptography;
using System.Text;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Entities;

/// <summary>
/// The lexicon evidence the learned recognizer uses as features: first names, honorifics and offices, countries
/// and demonyms, places and organisation words. Every lexicon is optional: a model records which ones it was
/// trained with (<see cref="Sources"/>) and must be run with the same ones.
/// </summary>
public sealed class NerGazetteer
{
    public NerGazetteer(FirstNameLexicon? firstNames, TitleLexicon? titles, PlaceLexicon? places, OrganizationWordLexicon? organizationWords, string fingerprint = "", IReadOnlySet<string>? placeWords = null)
    {
        PlaceWords = placeWords;
        FirstNames = firstNames;
        Titles = titles;
        Places = places;
        OrganizationWords = organizationWords;
        Fingerprint = fingerprint;
    }

    public FirstNameLexicon? FirstNames { get; }

    public TitleLexicon? Titles { get; }

    public PlaceLexicon? Places { get; }

    public OrganizationWordLexicon? OrganizationWords { get; }

    /// <summary>Words that end a place name (Park, Avenue, County); NER-only (Lexicons/ner-place-words.txt).</summary>
    public IReadOnlySet<string>? PlaceWords { get; }

    /// <summary>SHA-256 over the lexicon files used (empty when built by hand).</summary>
    public string Fingerprint { get; }

    /// <summary>Names of the lexicons present, in a fixed order (recorded in the model manifest).</summary>
    public IReadOnlyList<string> Sources =>
    [
        .. FirstNames is null ? Array.Empty<string>() : ["first-names"],
        .. Titles is null ? Array.Empty<string>() : ["titles"],
        .. Places is null ? Array.Empty<string>() : ["places"],
        .. OrganizationWords is null ? Array.Empty<string>() : ["organization-words"],
        .. PlaceWords is null ? Array.Empty<string>() : ["place-words"],
    ];

    public bool IsEmpty => Sources.Count == 0;

    /// <summary>An empty gazetteer: features from lexicons never fire.</summary>
    public static NerGazetteer None { get; } = new(null, null, null, null);

    /// <summary>
    /// Loads the lexicons embedded in QuoteMiner.Core (Lexicons/first-names.txt, titles.txt, countries.txt +
    /// places.txt, organization-words.txt); a lexicon that is not embedded is left out.
    /// </summary>
    public static NerGazetteer LoadEmbedded()
    {
        var text = new StringBuilder();
        var firstNames = TryRead("first-names.txt", text, rows => new FirstNameLexicon(rows));
        var titles = TryRead("titles.txt", text, rows => new TitleLexicon(rows));
        PlaceLexicon? places = null;
        var countries = TryRows("countries.txt", text);
        var otherPlaces = TryRows("places.txt", text);
        if (countries is not null && otherPlaces is not null)
        {
            places = new PlaceLexicon(countries, otherPlaces);
        }

        var organizationWords = TryRead("organization-words.txt", text, rows => new OrganizationWordLexicon(rows));
        var placeWords = TryRead("ner-place-words.txt", text, rows => rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new NerGazetteer(firstNames, titles, places, organizationWords, fingerprint, placeWords);
    }

    private static T? TryRead<T>(string file, StringBuilder text, Func<List<string[]>, T> make)
        where T : class =>
        TryRows(file, text) is { } rows ? make(rows) : null;

    private static List<string[]>? TryRows(string file, StringBuilder text)
    {
        try
        {
            var rows = EmbeddedLexicon.ReadColumns(file).ToList();
            text.Append(file).Append('\n');
            foreach (var row in rows)
            {
                text.AppendJoin('\t', row).Append('\n');
            }

            return rows;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public bool IsFirstName(string word) => FirstNames?.Contains(word) == true;

    public bool IsHonorific(string word) => Titles?.IsHonorific(word) == true || Titles?.IsHonorific(word.TrimEnd('.')) == true;

    public bool IsOffice(string word) => Titles is { } t && (t.TryGet(word, out var c) && c == TitleClass.Office || t.TitleWords.Contains(word));

    /// <summary>A one-word office or honorific by itself (Minister, Cllr, Dr.), not a word of a longer title or a role noun.</summary>
    public bool IsSingleWordTitle(string word) =>
        Titles is { } t && (t.TryGet(word, out var c) || t.TryGet(word.TrimEnd('.'), out c)) && c != TitleClass.RoleNoun;

    public bool IsCountry(string name) => Places?.IsCountry(name) == true;

    public bool IsDemonym(string word) => Places?.IsDemonym(word) == true;

    public bool IsPlace(string name) => Places?.IsPlace(name) == true;

    public bool IsOrganizationWord(string word) => OrganizationWords?.IsOrganizationWord(word) == true;

    public bool IsPlaceWord(string word) => PlaceWords?.Contains(word) == true;
}
