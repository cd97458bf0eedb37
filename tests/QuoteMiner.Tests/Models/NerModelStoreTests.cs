using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Models;

public class NerModelStoreTests
{
    private DirectoryInfo dir = null!;

    [SetUp]
    public void SetUp()
    {
        dir = Directory.CreateTempSubdirectory("qm-ner-store");
        var weights = new float[(1 << 8) * NerWeights.Stride];
        weights[5 * NerWeights.Stride + 1] = 0.5f;
        var manifest = new NerModelManifest { Features = new NerFeatureInfo { HashBits = 8 } };
        NerModelStore.Save(dir.FullName, manifest, new NerWeights(8, weights, new float[NerWeights.Stride]), out _);
    }

    [TearDown]
    public void TearDown() => dir.Delete(true);

    [Test]
    public void A_Saved_Model_Loads() =>
        NerModelStore.Load(dir.FullName).Tagger.Weights.Weights[5 * NerWeights.Stride + 1].Should().Be(0.5f);

    [Test]
    public void A_Missing_Model_Names_The_Manifest()
    {
        var missing = Path.Combine(dir.FullName, "nowhere");
        var act = () => NerModelStore.Load(missing);
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains(Path.Combine(missing, "manifest.json")) && e.Message.Contains("does not exist"));
    }

    [Test]
    public void A_Missing_Weights_File_Is_Reported()
    {
        File.Delete(Path.Combine(dir.FullName, "weights.bin"));
        var act = () => NerModelStore.Load(dir.FullName);
        act.Should().Throw<ModelLoadException>().Where(e => e.FilePath.EndsWith("weights.bin"));
    }

    [Test]
    public void A_Corrupt_Weights_File_Fails_The_Hash_Check()
    {
        var path = Path.Combine(dir.FullName, "weights.bin");
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var act = () => NerModelStore.Load(dir.FullName);
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains("SHA-256") && e.Message.Contains(path));
    }

    [Test]
    public void A_Truncated_Weights_File_Fails_The_Length_Check()
    {
        var path = Path.Combine(dir.FullName, "weights.bin");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);
        var act = () => NerModelStore.Load(dir.FullName);
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains("length"));
    }

    [Test]
    public void An_Incompatible_Format_Version_Is_Refused()
    {
        var path = Path.Combine(dir.FullName, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"formatVersion\": 1", "\"formatVersion\": 99"));
        var act = () => NerModelStore.Load(dir.FullName);
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains("format version 99") && e.Message.Contains(path));
    }

    [Test]
    public void A_Manifest_That_Is_Not_Json_Is_Reported()
    {
        var path = Path.Combine(dir.FullName, "manifest.json");
        File.WriteAllText(path, "{ not json");
        var act = () => NerModelStore.Load(dir.FullName);
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains("not valid JSON"));
    }

    [Test]
    public void Garbage_With_A_Matching_Hash_Is_Still_Refused()
    {
        var bytes = new byte[64];
        var act = () => NerModelStore.Deserialize(bytes, "x.bin");
        act.Should().Throw<ModelLoadException>().Where(e => e.Message.Contains("magic"));
        NerLabels.Count.Should().Be(13);
    }
}

/// <summary>The shipped NER model in models/ was trained on the lexicons the code embeds today.</summary>
public class ShippedNerModelTests
{
    [Test]
    public void The_shipped_model_was_trained_with_the_embedded_lexicons()
    {
        var model = NerModelStore.Load(Path.Combine(RepositoryPaths.Root, "models", "ner"));

        model.Manifest.Features.GazetteerSha256.Should().Be(NerGazetteer.LoadEmbedded().Fingerprint,
            "the model reads the lexicons as features: retrain it with the model card's command after changing them");
    }
}
