using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>
/// Groups the proper-name mentions of a document: a surname ("Sheinbaum", "President Sheinbaum") joins the
/// full name seen before it ("Claudia Sheinbaum"); an acronym ("CBP") joins the name it abbreviates;
/// country aliases ("U.S.", "the United States") join one country.
/// </summary>
public sealed class EntityClusterer(NewsLexicons lexicons)
{
    public List<EntityCluster> Cluster(string text, IEnumerable<SpeakerMention> nameMentions, Dictionary<SpeakerMention, EntityCluster> clusterOf)
    {
        var clusters = new List<EntityCluster>();
        var order = new Dictionary<EntityCluster, int>();
        var distinctNames = new Dictionary<EntityCluster, List<(string Name, EntityType Type)>>();

        // Clusters indexed by what a new name can share with them (surname, country, initials), so a long
        // document compares each name with a few candidates, not with every cluster.
        var index = new Dictionary<string, List<EntityCluster>>(StringComparer.OrdinalIgnoreCase);
        var candidates = new List<EntityCluster>();
        var titlesOf = new Dictionary<EntityCluster, HashSet<string>>();
        foreach (var mention in nameMentions.OrderBy(m => m.FirstToken))
        {
            var name = mention.Span.Slice(text).ToString();
            var title = TitleBefore(text, mention);
            CandidatesFor(name, index, order, candidates);
            var sameType = candidates.Where(c => c.Type == mention.Type && Matches(distinctNames[c], name, mention.Type)).ToList();
            var cluster = ChooseSameType(sameType, text, mention, name, title, titlesOf, distinctNames)
                ?? BirthNameOf(text, mention, name, clusters, distinctNames)
                ?? candidates.LastOrDefault(c => Matches(distinctNames[c], name, mention.Type) && name.Contains(' '))
                ?? candidates.LastOrDefault(c => c.Type is EntityType.Organization or EntityType.Location && distinctNames[c].Any(n => IsAcronymOf(name, n.Name)));
            if (cluster is null)
            {
                cluster = new EntityCluster(mention.Type);
                order[cluster] = clusters.Count;
                distinctNames[cluster] = [];
                clusters.Add(cluster);
            }

            cluster.Add(mention, name);
            clusterOf[mention] = cluster;
            if (cluster.Gender == Gender.Unknown)
            {
                cluster.Gender = WrittenGender(text, mention);
            }

            if (title is not null)
            {
                (titlesOf.TryGetValue(cluster, out var titles) ? titles : titlesOf[cluster] = new(StringComparer.OrdinalIgnoreCase)).Add(title);
            }

            if (!distinctNames[cluster].Any(n => n.Type == mention.Type && string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                distinctNames[cluster].Add((name, mention.Type));
                foreach (var key in IndexKeys(name))
                {
                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    if (!list.Contains(cluster))
                    {
                        list.Add(cluster);
                    }
                }
            }
        }

        return clusters;
    }

    /// <summary>
    /// Of the clusters of the mention's type that the name matches: "Gov. Marsh" after "Gov. Elena Marsh" and "House
    /// Speaker Warren Marsh" is the one the title was written with; otherwise one whose surname it is ("Fairlie" is
    /// Anthony Fairlie, not the firm Fairlie Achterberg) and whose given name fits the honorific, the latest first.
    /// </summary>
    private EntityCluster? ChooseSameType(List<EntityCluster> matching, string text, SpeakerMention mention, string name, string? title,
        Dictionary<EntityCluster, HashSet<string>> titlesOf, Dictionary<EntityCluster, List<(string Name, EntityType Type)>> distinctNames)
    {
        if (title is not null && !name.Contains(' ') && matching.LastOrDefault(c => titlesOf.TryGetValue(c, out var titles) && titles.Contains(title)) is { } titled)
        {
            return titled;
        }

        var fitting = matching.Where(c => FitsHonorific(text, mention, c, distinctNames[c])).ToList();
        return MostRecent(fitting.Where(c => name.Contains(' ') || distinctNames[c].Any(n => n.Name.Contains(' ') && LastWord(n.Name) == name)))
            ?? MostRecent(fitting)
            ?? MostRecent(matching);
    }

    /// <summary>"Lorraine Castellano … Born Lorraine Ann Dimauro in 1936, she …": a birth name is the person of that given name.</summary>
    private static EntityCluster? BirthNameOf(string text, SpeakerMention mention, string name, List<EntityCluster> clusters,
        Dictionary<EntityCluster, List<(string Name, EntityType Type)>> distinctNames)
    {
        if (mention.Type != EntityType.Person || !name.Contains(' ') || WordBefore(text, mention) != "Born")
        {
            return null;
        }

        var given = name[..name.IndexOf(' ')];
        return clusters.FirstOrDefault(c => c.Type == EntityType.Person && distinctNames[c].Any(n => n.Name.StartsWith(given + " ", StringComparison.Ordinal)));
    }

    // "Mr. Karamanlis" when both brothers are named: the one the story mentioned last.
    private static EntityCluster? MostRecent(IEnumerable<EntityCluster> clusters) =>
        clusters.MaxBy(c => c.Mentions.Count == 0 ? -1 : c.Mentions[^1].FirstToken);

    // The clusters filed under any key of the name, oldest first.
    private void CandidatesFor(string name, Dictionary<string, List<EntityCluster>> index, Dictionary<EntityCluster, int> order, List<EntityCluster> candidates)
    {
        candidates.Clear();
        foreach (var key in LookupKeys(name))
        {
            if (index.TryGetValue(key, out var filed))
            {
                foreach (var cluster in filed)
                {
                    if (!candidates.Contains(cluster))
                    {
                        candidates.Add(cluster);
                    }
                }
            }
        }

        candidates.Sort((a, b) => order[a].CompareTo(order[b]));
    }

    // Keys a cluster is filed under for one of its names.
    private IEnumerable<string> IndexKeys(string name)
    {
        yield return "w:" + LastWord(name);
        if (LeadingTwoWords(name) is { } leading)
        {
            yield return "f:" + leading;
        }

        if (name.IndexOf(' ') is > 0 and var space)
        {
            yield return "o:" + name[..space];
        }

        if (NameParts.HongKongFamilyName(name) is { } family)
        {
            yield return "o:" + family;
        }
        if (lexicons.Places.CountryOf(name) is { } country)
        {
            yield return "c:" + country;
        }

        if (Initials(name) is { Length: >= 2 } initials)
        {
            yield return "i:" + initials;
        }

        if (IsAcronymShaped(name))
        {
            yield return "a:" + name.Replace(".", string.Empty);
        }
    }

    // Keys under which a cluster that could take this name is filed.
    private IEnumerable<string> LookupKeys(string name)
    {
        yield return "w:" + LastWord(name);
        if (name.Count(c => c == ' ') == 1)
        {
            yield return "f:" + name;
        }

        if (!name.Contains(' '))
        {
            yield return "o:" + name;
        }
        if (lexicons.Places.CountryOf(name) is { } country)
        {
            yield return "c:" + country;
        }

        if (IsAcronymShaped(name))
        {
            yield return "i:" + name.Replace(".", string.Empty);
        }

        if (Initials(name) is { Length: >= 2 } initials)
        {
            yield return "a:" + initials;
        }
    }

    /// <summary>The word written right before a name, with its full stop ("Gov.", "Mr", "Dr").</summary>
    private static string WordBefore(string text, SpeakerMention mention) => WordEndingAt(text, AfterSpacesBack(text, mention.Span.Start), withFullStops: true);

    // Where the text before <paramref name="position"/> stops being spaces.
    private static int AfterSpacesBack(string text, int position)
    {
        while (position > 0 && text[position - 1] == ' ')
        {
            position--;
        }

        return position;
    }

    // The letters (and, if asked, full stops: "Gov.") that end at <paramref name="end"/>.
    private static string WordEndingAt(string text, int end, bool withFullStops)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (withFullStops && text[start - 1] == '.')))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>
    /// The title written right before a name ("Gov." → "Gov", "Dr"), or null. "Mr." and "Ms" tell two people of one
    /// surname apart by gender only (FitsHonorific); "Dr", "Prof." and offices by who was written with them.
    /// </summary>
    private string? TitleBefore(string text, SpeakerMention mention)
    {
        var word = WordBefore(text, mention);
        return word.Length > 0 && char.IsUpper(word[0]) && GenderOfHonorific(word.TrimEnd('.')) == Gender.Unknown
            && (lexicons.Titles.TryGet(word, out _) || lexicons.Titles.TryGet(word.TrimEnd('.'), out _)) ? word.TrimEnd('.') : null;
    }

    private static Gender GenderOfHonorific(string word) => word switch
    {
        "Mr" or "Sir" or "Lord" => Gender.Male,
        "Mrs" or "Ms" or "Miss" or "Lady" or "Dame" => Gender.Female,
        _ => Gender.Unknown,
    };

    // "Mr. Karamanlis" is not the woman of that surname: the honorific's gender against the full names' given names
    // and against what the story wrote of the person ("Her younger brother, Eli Haverland").
    private bool FitsHonorific(string text, SpeakerMention mention, EntityCluster cluster, List<(string Name, EntityType Type)> clusterNames)
    {
        var gender = GenderOfHonorific(WordBefore(text, mention).TrimEnd('.'));
        return gender == Gender.Unknown || ((cluster.Gender == Gender.Unknown || cluster.Gender == gender) && clusterNames.All(n => !n.Name.Contains(' ')
            || lexicons.FirstNames.GenderOf(n.Name[..n.Name.IndexOf(' ')]) is var given && (given == Gender.Unknown || given == gender)));
    }

    // The gender an honorific ("Ms. Haverland") or a noun set before the name ("Her younger brother, Eli Haverland",
    // "his wife Linda") gives a person.
    private static Gender WrittenGender(string text, SpeakerMention mention)
    {
        if (mention.Type != EntityType.Person)
        {
            return Gender.Unknown;
        }

        var honorific = GenderOfHonorific(WordBefore(text, mention).TrimEnd('.'));
        if (honorific != Gender.Unknown)
        {
            return honorific;
        }

        var end = AfterSpacesBack(text, mention.Span.Start);
        if (end > 0 && text[end - 1] == ',')
        {
            end--;
        }

        var noun = WordEndingAt(text, end, withFullStops: false);
        return noun.Length is >= 3 and <= 13 ? GenderedNouns.Of(noun) : Gender.Unknown;
    }

    private bool Matches(List<(string Name, EntityType Type)> clusterNames, string name, EntityType type)
    {
        // "Sophie Gagnon — no relation —" does not join Marie-Ève Gagnon's cluster through its bare "Gagnon".
        if (type == EntityType.Person && name.Contains(' ')
            && clusterNames.Any(n => n.Type == EntityType.Person && n.Name.Contains(' ') && LastWord(n.Name) == LastWord(name) && !SameSurname(n.Name, name)
                && !IsTrailingPart(name, n.Name) && !IsTrailingPart(n.Name, name)))
        {
            return false;
        }

        foreach (var (other, otherType) in clusterNames)
        {
            if (string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (type == EntityType.Person && otherType == EntityType.Person && (SameSurname(other, name) || IsLeadingPart(name, other) || IsTrailingPart(name, other) || IsFamilyNameOf(name, other)))
            {
                return true;
            }

            if (type is EntityType.Location && lexicons.Places.CountryOf(other) is { } country && country == lexicons.Places.CountryOf(name))
            {
                return true;
            }

            if (type is EntityType.Organization or EntityType.Location && (IsAcronymOf(name, other) || IsAcronymOf(other, name)))
            {
                return true;
            }

            // "Sahyadri" after "Sahyadri Motors": a company's first word stands for it.
            if (type == EntityType.Organization && otherType == EntityType.Organization && IsFirstWordOf(name, other))
            {
                return true;
            }
        }

        return false;
    }

    // "Xi" after "Xi Jinping", "Tan" after "Tan Wei Ming": the family name written first, which is not a known given name;
    // "Tsang" after "Winnie Tsang Hon-ying": Hong Kong style, a given name, the family name, then hyphenated given names.
    private bool IsFamilyNameOf(string name, string longer) =>
        (IsFirstWordOf(name, longer) && !lexicons.FirstNames.Contains(name))
        || NameParts.HongKongFamilyName(longer) == name;


    private static bool IsFirstWordOf(string word, string name) =>
        !word.Contains(' ') && name.StartsWith(word, StringComparison.Ordinal) && name.Length > word.Length && name[word.Length] == ' ';

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    // "Nurul Huda" after "Nurul Huda Rahman": where a name has no surname, people are called by its first words.
    private static string? LeadingTwoWords(string name)
    {
        var first = name.IndexOf(' ');
        var second = first < 0 ? -1 : name.IndexOf(' ', first + 1);
        return second < 0 ? null : name[..second];
    }

    private static bool IsLeadingPart(string name, string longer) =>
        name.Contains(' ') && LeadingTwoWords(longer) is { } leading && string.Equals(leading, name, StringComparison.OrdinalIgnoreCase);

    // "Te Awa" after "Hēmi Te Awa", "Ramírez Ortega" after "José Luis Ramírez Ortega": a surname of two words.
    private static bool IsTrailingPart(string name, string longer) =>
        name.Contains(' ') && longer.Length > name.Length + 1 && longer.EndsWith(name, StringComparison.Ordinal) && longer[^(name.Length + 1)] == ' ';

    private static bool IsAcronymShaped(string name) => name.Length is >= 2 and <= 6 && name.All(c => char.IsUpper(c) || c == '.');

    // "The National Medicines Board" → "NMB": a leading article is no part of the abbreviation.
    private static string? Initials(string name)
    {
        var rest = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4) : name.AsSpan();
        Span<char> initials = stackalloc char[16];
        int words = 0, count = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]) && count < initials.Length)
            {
                initials[count++] = word[0];
            }
        }

        return words < 2 ? null : new string(initials[..count]);
    }

    private static bool SameSurname(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (!string.Equals(wa[^1], wb[^1], StringComparison.Ordinal))
        {
            return false;
        }

        // Two different given names with one surname are two people (Kim Smith, David Smith); a name that
        // opens with a particle ("de la Fuente") is a surname alone.
        return wa.Length == 1 || wb.Length == 1 || string.Equals(wa[0], wb[0], StringComparison.Ordinal)
            || char.IsLower(wa[0][0]) || char.IsLower(wb[0][0]);
    }

    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Length > 6 || !acronym.All(c => char.IsUpper(c) || c == '.'))
        {
            return false;
        }

        return Initials(name) is { Length: >= 2 } initials && initials == acronym.Replace(".", string.Empty);
    }
}
