using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using QuoteMiner.Entities;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Models;

/// <summary>
/// Saves and loads NER models: <c>manifest.json</c> plus a compact binary weights file.
/// Weights file (little-endian): magic "QMNERW01", int32 format version, int32 hash bits, int32 classes,
/// int32 stride, stride × float32 biases, then the weight matrix as 2^bits × classes float16 values, feature id
/// major (the learned weights are rounded to float16 when training ends, see <see cref="Quantize"/>, so a saved
/// and reloaded model predicts exactly what the trained one did). Loading checks the manifest's format version, the weights
/// file's length and SHA-256, and the header, and throws <see cref="ModelLoadException"/> naming the file.
/// </summary>
public static class NerModelStore
{
    private static readonly byte[] Magic = "QMNERW01"u8.ToArray();

    public static void Save(string directory, NerModelManifest manifest, NerWeights weights, out NerModelManifest written)
    {
        Directory.CreateDirectory(directory);
        var weightsPath = Path.Combine(directory, manifest.WeightsFile);
        var bytes = Serialize(weights);
        File.WriteAllBytes(weightsPath, bytes);
        written = manifest with
        {
            FormatVersion = NerModelManifest.CurrentFormatVersion,
            WeightsLength = bytes.Length,
            WeightsSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
        File.WriteAllText(Path.Combine(directory, NerModelManifest.FileName), JsonSerializer.Serialize(written, NerModelManifest.JsonOptions) + "\n");
    }

    /// <summary>Rounds every weight to float16 precision (the precision the weights file stores).</summary>
    public static NerWeights Quantize(NerWeights weights)
    {
        var w = new float[weights.Weights.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)(Half)weights.Weights[i];
        }

        return new NerWeights(weights.HashBits, w, (float[])weights.Biases.Clone());
    }

    public static byte[] Serialize(NerWeights weights)
    {
        var classes = weights.Classes;
        var rows = 1 << weights.HashBits;
        var header = Magic.Length + 4 * 4 + NerWeights.Stride * 4;
        var bytes = new byte[header + rows * classes * 2];
        Magic.CopyTo(bytes, 0);
        var span = bytes.AsSpan();
        var p = Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[p..], NerModelManifest.CurrentFormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[(p + 4)..], weights.HashBits);
        BinaryPrimitives.WriteInt32LittleEndian(span[(p + 8)..], classes);
        BinaryPrimitives.WriteInt32LittleEndian(span[(p + 12)..], NerWeights.Stride);
        p += 16;
        foreach (var b in weights.Biases)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[p..], b);
            p += 4;
        }

        var w = weights.Weights;
        for (var id = 0; id < rows; id++)
        {
            for (var c = 0; c < classes; c++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(span[p..], (Half)w[id * NerWeights.Stride + c]);
                p += 2;
            }
        }

        return bytes;
    }

    public static NerWeights Deserialize(byte[] bytes, string path)
    {
        var span = new ReadOnlySpan<byte>(bytes);
        var header = Magic.Length + 4 * 4 + NerWeights.Stride * 4;
        if (bytes.Length < header || !span[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelLoadException(path, "not a QuoteMiner NER weights file (bad magic number).");
        }

        var p = Magic.Length;
        var version = BinaryPrimitives.ReadInt32LittleEndian(span[p..]);
        if (version != NerModelManifest.CurrentFormatVersion)
        {
            throw new ModelLoadException(path, $"weights format version {version}, this build reads version {NerModelManifest.CurrentFormatVersion}.");
        }

        var hashBits = BinaryPrimitives.ReadInt32LittleEndian(span[(p + 4)..]);
        var classes = BinaryPrimitives.ReadInt32LittleEndian(span[(p + 8)..]);
        var stride = BinaryPrimitives.ReadInt32LittleEndian(span[(p + 12)..]);
        p += 16;
        if (hashBits is < 8 or > 26 || classes != NerLabels.Count || stride != NerWeights.Stride)
        {
            throw new ModelLoadException(path, $"unexpected shape (hash bits {hashBits}, classes {classes}, stride {stride}).");
        }

        var rows = 1 << hashBits;
        if (bytes.Length != header + (long)rows * classes * 2)
        {
            throw new ModelLoadException(path, $"length {bytes.Length} bytes does not fit {rows} feature rows of {classes} classes (truncated or over-long).");
        }

        var biases = new float[NerWeights.Stride];
        for (var c = 0; c < stride; c++)
        {
            biases[c] = BinaryPrimitives.ReadSingleLittleEndian(span[p..]);
            p += 4;
        }

        var weights = new float[rows * NerWeights.Stride];
        for (var id = 0; id < rows; id++)
        {
            var row = id * NerWeights.Stride;
            for (var c = 0; c < classes; c++)
            {
                weights[row + c] = (float)BinaryPrimitives.ReadHalfLittleEndian(span[p..]);
                p += 2;
            }
        }

        return new NerWeights(hashBits, weights, biases);
    }

    /// <summary>Loads the model in <paramref name="directory"/>, with the embedded lexicons as its gazetteer.</summary>
    public static NerModel Load(string directory) => Load(directory, null);

    /// <summary>Loads a model; <paramref name="gazetteer"/> overrides the embedded lexicons (tests).</summary>
    public static NerModel Load(string directory, NerGazetteer? gazetteer)
    {
        var manifestPath = Path.Combine(directory, NerModelManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new ModelLoadException(manifestPath, "the file does not exist (train a model with 'quoteminer train ner' or pass the model directory).");
        }

        NerModelManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<NerModelManifest>(File.ReadAllText(manifestPath), NerModelManifest.JsonOptions)
                ?? throw new JsonException("empty manifest");
        }
        catch (JsonException e)
        {
            throw new ModelLoadException(manifestPath, $"the manifest is not valid JSON ({e.Message}).", e);
        }

        if (manifest.FormatVersion != NerModelManifest.CurrentFormatVersion)
        {
            throw new ModelLoadException(manifestPath, $"model format version {manifest.FormatVersion} is not supported (this build reads version {NerModelManifest.CurrentFormatVersion}); retrain the model.");
        }

        var weightsPath = Path.Combine(directory, manifest.WeightsFile);
        if (!File.Exists(weightsPath))
        {
            throw new ModelLoadException(weightsPath, "the weights file named in the manifest does not exist.");
        }

        var bytes = File.ReadAllBytes(weightsPath);
        if (bytes.Length != manifest.WeightsLength)
        {
            throw new ModelLoadException(weightsPath, $"length {bytes.Length} bytes, the manifest says {manifest.WeightsLength} (corrupt or replaced).");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, manifest.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelLoadException(weightsPath, $"SHA-256 {sha} does not match the manifest's {manifest.WeightsSha256} (corrupt or replaced).");
        }

        var weights = Deserialize(bytes, weightsPath);
        if (weights.HashBits != manifest.Features.HashBits)
        {
            throw new ModelLoadException(weightsPath, $"{weights.HashBits} hash bits, the manifest says {manifest.Features.HashBits}.");
        }

        var lexicons = gazetteer ?? (manifest.Features.Gazetteers.Count == 0 ? NerGazetteer.None : NerGazetteer.LoadEmbedded());
        var missing = manifest.Features.Gazetteers.Except(lexicons.Sources).ToList();
        if (missing.Count > 0)
        {
            throw new ModelLoadException(manifestPath, $"the model was trained with lexicons this build does not embed: {string.Join(", ", missing)}.");
        }

        // Use exactly the lexicons the model was trained with, no more.
        var used = new NerGazetteer(
            manifest.Features.Gazetteers.Contains("first-names") ? lexicons.FirstNames : null,
            manifest.Features.Gazetteers.Contains("titles") ? lexicons.Titles : null,
            manifest.Features.Gazetteers.Contains("places") ? lexicons.Places : null,
            manifest.Features.Gazetteers.Contains("organization-words") ? lexicons.OrganizationWords : null,
            lexicons.Fingerprint,
            manifest.Features.Gazetteers.Contains("place-words") ? lexicons.PlaceWords : null);
        return new NerModel(manifest, new NerTagger(weights, new NerFeatures(weights.HashBits, used)) { BeamWidth = Math.Max(1, manifest.Features.BeamWidth), DomainKey = NerFeatures.DomainKey(manifest.Features.Domain) });
    }
}
