using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using QuoteMiner.Entities;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Models;

/// <summary>
/// Saves and loads NER models: <c>manifest.json</c> plus a compact binary weights file.
/// Weights file (little-endian): magic "QMNERW01", int32 format version, int32 hash bits, int32 classes,
/// int32 stride, stride × float32 biases, int32 row count, then for each non-zero feature row its int32 id
/// and classes × float32 weights, ids ascending. Loading checks the manifest's format version, the weights
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

    public static byte[] Serialize(NerWeights weights)
    {
        var classes = weights.Classes;
        var rows = weights.NonZeroRows();
        var size = Magic.Length + 4 * 4 + NerWeights.Stride * 4 + 4 + rows * (4 + classes * 4);
        var bytes = new byte[size];
        Magic.CopyTo(bytes, 0);
        var p = Magic.Length;
        WriteInt(NerModelManifest.CurrentFormatVersion);
        WriteInt(weights.HashBits);
        WriteInt(classes);
        WriteInt(NerWeights.Stride);
        foreach (var b in weights.Biases)
        {
            WriteFloat(b);
        }

        WriteInt(rows);
        var w = weights.Weights;
        for (var id = 0; id < 1 << weights.HashBits; id++)
        {
            var row = w.AsSpan(id * NerWeights.Stride, classes);
            if (row.ContainsAnyExcept(0f))
            {
                WriteInt(id);
                foreach (var v in row)
                {
                    WriteFloat(v);
                }
            }
        }

        return bytes;

        void WriteInt(int v)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(p), v);
            p += 4;
        }

        void WriteFloat(float v)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(p), v);
            p += 4;
        }
    }

    public static NerWeights Deserialize(byte[] bytes, string path)
    {
        var p = 0;
        if (bytes.Length < Magic.Length + 20 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelLoadException(path, "not a QuoteMiner NER weights file (bad magic number).");
        }

        p = Magic.Length;
        var version = ReadInt();
        if (version != NerModelManifest.CurrentFormatVersion)
        {
            throw new ModelLoadException(path, $"weights format version {version}, this build reads version {NerModelManifest.CurrentFormatVersion}.");
        }

        var hashBits = ReadInt();
        var classes = ReadInt();
        var stride = ReadInt();
        if (hashBits is < 8 or > 26 || classes != NerLabels.Count || stride != NerWeights.Stride)
        {
            throw new ModelLoadException(path, $"unexpected shape (hash bits {hashBits}, classes {classes}, stride {stride}).");
        }

        var biases = new float[NerWeights.Stride];
        for (var c = 0; c < stride; c++)
        {
            biases[c] = ReadFloat();
        }

        var rows = ReadInt();
        if (rows < 0 || (long)p + (long)rows * (4 + classes * 4) != bytes.Length)
        {
            throw new ModelLoadException(path, "truncated or over-long weights section.");
        }

        var weights = new float[(1 << hashBits) * NerWeights.Stride];
        for (var r = 0; r < rows; r++)
        {
            var id = ReadInt();
            if ((uint)id >= 1u << hashBits)
            {
                throw new ModelLoadException(path, $"feature id {id} out of range.");
            }

            for (var c = 0; c < classes; c++)
            {
                weights[id * NerWeights.Stride + c] = ReadFloat();
            }
        }

        return new NerWeights(hashBits, weights, biases);

        int ReadInt()
        {
            var v = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(p));
            p += 4;
            return v;
        }

        float ReadFloat()
        {
            var v = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(p));
            p += 4;
            return v;
        }
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
            lexicons.Fingerprint);
        return new NerModel(manifest, new NerTagger(weights, new NerFeatures(weights.HashBits, used)) { BeamWidth = Math.Max(1, manifest.Features.BeamWidth), DomainKey = NerFeatures.DomainKey(manifest.Features.Domain) });
    }
}
