using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

/// <summary>A small synthetic corpus and fast training options, so tests can train a real model in a second or two.</summary>
internal static class TinyCorpus
{
    private static readonly string[][] People = [["Marta", "Salinas"], ["John", "Smith"], ["Claudia", "Sheinbaum"], ["Ana", "Lopez"], ["Peter", "Brown"], ["Lina", "Haddad"]];
    private static readonly string[][] Organizations = [["Acme", "Corp"], ["World", "Bank"], ["Red", "Cross"], ["Apple"], ["Reuters"]];
    private static readonly string[][] Places = [["Paris"], ["Mexico", "City"], ["Lima"], ["New", "York"], ["Chile"]];

    public static List<NerDocument> Documents(int count = 40, int seed = 3)
    {
        var random = new Random(seed);
        var documents = new List<NerDocument>();
        for (var d = 0; d < count; d++)
        {
            var sentences = new List<NerSentence>();
            for (var s = 0; s < 3; s++)
            {
                var person = People[random.Next(People.Length)];
                var organization = Organizations[random.Next(Organizations.Length)];
                var place = Places[random.Next(Places.Length)];
                var words = new List<string>();
                var spans = new List<EntitySpan>();
                switch (random.Next(3))
                {
                    case 0:
                        Add(words, spans, person, EntityType.Person);
                        words.AddRange(["said", "on", "Tuesday", "that"]);
                        Add(words, spans, organization, EntityType.Organization);
                        words.AddRange(["would", "open", "an", "office", "in"]);
                        Add(words, spans, place, EntityType.Location);
                        break;
                    case 1:
                        words.AddRange(["The", "report", "from"]);
                        Add(words, spans, organization, EntityType.Organization);
                        words.AddRange(["was", "criticised", "by"]);
                        Add(words, spans, person, EntityType.Person);
                        break;
                    default:
                        words.AddRange(["In"]);
                        Add(words, spans, place, EntityType.Location);
                        words.AddRange([",", "officials", "met", "with"]);
                        Add(words, spans, person, EntityType.Person);
                        break;
                }

                words.Add(".");
                sentences.Add(new NerSentence([.. words], NerLabels.FromSpans(words.Count, spans)));
            }

            documents.Add(new NerDocument($"tiny{d}", sentences));
        }

        return documents;
    }

    public static NerTrainingOptions Options(int seed = 5, string algorithm = "sdca") => new()
    {
        HashBits = 14,
        Epochs = algorithm == "sdca" ? 20 : 30,
        Seed = seed,
        Algorithm = algorithm,
        L1 = algorithm == "sdca" ? 0 : 0.1f,
        L2 = algorithm == "sdca" ? 1e-3f : 0.1f,
        Gazetteer = NerGazetteer.None,
    };

    private static void Add(List<string> words, List<EntitySpan> spans, string[] name, EntityType type)
    {
        spans.Add(new EntitySpan(words.Count, words.Count + name.Length, type));
        words.AddRange(name);
    }
}
