using QuoteMiner.Documents;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Training.Corpora;

public class CorpusReaderTests
{
    private static readonly string[] Iob1 =
    [
        "-DOCSTART- O", "",
        "Chad I-PER", "Gaudin I-PER", "joined I-ORG", "the O", "Oakland I-ORG", "Athletics I-ORG", "in O", "New I-LOC", "Orleans I-LOC", "Paris B-LOC", ". O", "",
        "Japanese I-MISC", "band O", "-DOCSTART- O", "",
        "Obama I-PER", "spoke O", "",
    ];

    [Test]
    public void Iob1_Bio_And_Bilou_Read_To_The_Same_Entities()
    {
        var iob1 = ConllReader.Read(Iob1, "x");
        iob1.Should().HaveCount(2);
        var first = iob1[0].Sentences[0];
        first.Entities().Should().Equal(
            new EntitySpan(0, 2, EntityType.Person),
            new EntitySpan(2, 3, EntityType.Organization),
            new EntitySpan(4, 6, EntityType.Organization),
            new EntitySpan(7, 9, EntityType.Location),
            new EntitySpan(9, 10, EntityType.Location));
        iob1[0].Sentences[1].Entities().Should().BeEmpty("MISC is not one of our types");

        foreach (var scheme in new[] { TagScheme.Iob1, TagScheme.Bio, TagScheme.Bilou })
        {
            var writer = new StringWriter();
            ConllWriter.Write(writer, iob1, scheme);
            var again = ConllReader.Read(writer.ToString().Split('\n'), "y");
            again.Should().HaveCount(2);
            again.SelectMany(d => d.Sentences).Select(s => s.Entities())
                .Should().BeEquivalentTo(iob1.SelectMany(d => d.Sentences).Select(s => s.Entities()), o => o.WithStrictOrdering(), scheme.ToString());
            again.SelectMany(d => d.Sentences).SelectMany(s => s.Words).Should().Equal(iob1.SelectMany(d => d.Sentences).SelectMany(s => s.Words));
        }
    }

    [Test]
    public void Bioes_Tags_Are_Read()
    {
        var docs = ConllReader.Read(["John B-PER", "Smith E-PER", "visited O", "Rome S-LOC", "and O", "Acme S-corporation"], "b");
        docs[0].Sentences[0].Entities().Should().Equal(
            new EntitySpan(0, 2, EntityType.Person), new EntitySpan(3, 4, EntityType.Location), new EntitySpan(5, 6, EntityType.Organization));
    }

    [Test]
    public void A_File_Without_DocStart_Makes_A_Document_Per_Sentence()
    {
        var docs = ConllReader.Read(["a O", "b O", "", "c B-PER", ""], "t");
        docs.Should().HaveCount(2);
        ConllReader.DetectScheme(["B-PER", "I-PER", "O"]).Should().Be("IOB2");
        ConllReader.DetectScheme(["I-PER", "I-PER", "O"]).Should().Be("IOB1");
        ConllReader.DetectScheme(["U-PER", "O"]).Should().Be("BILOU/BIOES");
    }

    [TestCase("PER", EntityType.Person)]
    [TestCase("person", EntityType.Person)]
    [TestCase("ORG", EntityType.Organization)]
    [TestCase("group", EntityType.Organization)]
    [TestCase("corporation", EntityType.Organization)]
    [TestCase("organization", EntityType.Organization)]
    [TestCase("LOC", EntityType.Location)]
    [TestCase("GPE", EntityType.Location)]
    [TestCase("geo-loc", EntityType.Location)]
    [TestCase("location", EntityType.Location)]
    [TestCase("place", EntityType.Location)]
    public void Label_Map_Maps_Corpus_Types(string name, EntityType expected) => LabelMap.Resolve(name).Should().Be(expected);

    [TestCase("MISC")]
    [TestCase("product")]
    [TestCase("creative-work")]
    [TestCase("event")]
    [TestCase("")]
    [TestCase(null)]
    public void Label_Map_Ignores_Other_Types(string? name) => LabelMap.Resolve(name).Should().BeNull();

    [Test]
    public void Gum_Keeps_Proper_Name_Mentions_Only()
    {
        string[] lines =
        [
            "He\tperson", "met\tO", "the\tplace", "United\tplace", "States\tplace", "envoy\tO", "off\tO", "Indonesian\tplace", "coast\tplace", ".\tO", "",
            "Fishermen\tperson", "told\tO", "Joko\tperson", "Widodo\tperson", "of\tO", "the\torganization", "Navy\torganization", "about\tO", "he\tperson", ".\tO", "",
            "Widodo\tperson", "left\tO", "fishermen\tperson", ".\tO", "",
        ];
        var doc = GumReader.Read(lines, "gum");
        doc.Sentences[0].Entities().Should().Equal(new EntitySpan(3, 5, EntityType.Location));
        doc.Sentences[0].Unknown.Should().NotBeNull();
        doc.Sentences[0].Unknown![7].Should().BeTrue("'Indonesian' sits inside a mention GUM labels only as a whole");
        doc.Sentences[0].Unknown![3].Should().BeFalse();
        doc.Sentences[1].Entities().Should().Equal(new EntitySpan(2, 4, EntityType.Person), new EntitySpan(6, 7, EntityType.Organization));
        doc.Sentences[2].Entities().Should().Equal(new EntitySpan(0, 1, EntityType.Person));
    }

    [Test]
    public void Brat_Standoff_Aligns_Character_Spans_To_Tokens()
    {
        const string text = "Claudia Sheinbaum met Acme Corp. in Mexico City.\nShe left.";
        string[] ann =
        [
            "T1\tPER 0 17\tClaudia Sheinbaum",
            "T2\tORG 22 31\tAcme Corp",
            "T3\tLOC 36 42;43 47\tMexico City",
            "T4\tMISC 0 7\tClaudia",
            "A1\tNegated T1",
        ];
        var doc = BratReader.Read("b", text, ann);
        var sentence = doc.Sentences[0];
        Names(sentence).Should().Equal("PERSON:Claudia Sheinbaum", "ORGANIZATION:Acme Corp.", "LOCATION:Mexico City");
    }

    [Test]
    public void Jsonl_Reads_Code_Point_Offsets_And_Splits()
    {
        // The emoji is two UTF-16 chars but one code point: offsets after it are code points.
        const string line1 = """{"id":"a","split":"train","text":"😀 Marta Salinas spoke in Lima.","entities":[{"start":2,"end":15,"type":"PERSON"},{"start":25,"end":29,"type":"LOCATION"}]}""";
        const string line2 = """{"id":"b","split":"test","text":"Nothing here.","entities":[]}""";
        var train = JsonlCorpusReader.Read([line1, line2], "train");
        train.Should().HaveCount(1);
        Names(train[0].Sentences[0]).Should().Equal("PERSON:Marta Salinas", "LOCATION:Lima");
        JsonlCorpusReader.Read([line1, line2]).Should().HaveCount(2);
    }

    [Test]
    public void Formats_Are_Detected_From_Content_And_Names()
    {
        CorpusLoader.DetectFromContent(["-DOCSTART- O", "", "a I-PER"]).Should().Be(CorpusFormat.Conll);
        CorpusLoader.DetectFromContent(["a\tO", "b\tB-person"]).Should().Be(CorpusFormat.Conll);
        CorpusLoader.DetectFromContent(["Over\tperson", "900\tperson", "rescued\tO"]).Should().Be(CorpusFormat.Gum);
        CorpusLoader.DetectFromContent(["{\"text\":\"x\"}"]).Should().Be(CorpusFormat.Jsonl);
        CorpusLoader.ParseFormat("bio").Should().Be(CorpusFormat.Conll);

        var dir = Directory.CreateTempSubdirectory("qm-brat");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "d1.txt"), "Ada Lovelace wrote.");
            File.WriteAllText(Path.Combine(dir.FullName, "d1.ann"), "T1\tPER 0 12\tAda Lovelace\n");
            CorpusLoader.Detect(dir.FullName).Should().Be(CorpusFormat.Brat);
            var corpus = CorpusLoader.Load(dir.FullName);
            corpus.EntityCount.Should().Be(1);
            corpus.Sha256.Should().HaveLength(64);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void Slices_Select_Fractions_Of_Documents()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, Enumerable.Range(0, 10).SelectMany(i => new[] { $"w{i} O", "" }));
            CorpusLoader.Load(path).Documents.Should().HaveCount(10);
            var second = CorpusLoader.Load(path + "#0.5-1");
            second.Documents.Should().HaveCount(5);
            second.Documents[0].Sentences[0].Words[0].Should().Be("w5");
            CorpusLoader.Load(path + "#0-0.5").Documents[^1].Sentences[0].Words[0].Should().Be("w4");
            var social = CorpusLoader.Load(path + "#0.5-1@social");
            social.Domain.Should().Be("social");
            social.Documents.Should().HaveCount(5).And.OnlyContain(d => d.Domain == "social");
            CorpusLoader.Load(path).Domain.Should().Be(CorpusLoader.DefaultDomain);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<string> Names(NerSentence sentence) =>
        sentence.Entities().Select(e => $"{NerLabels.TypeName(e.Type)}:{string.Join(' ', sentence.Words[e.Start..e.End])}");
}
