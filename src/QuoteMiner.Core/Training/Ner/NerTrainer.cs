using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Training;

/// <summary>
/// Trains the learned recognizer: hashed sparse features per token (with the gold previous tags), a multiclass
/// maximum-entropy model trained by Microsoft.ML, and the learned weights extracted into a dense matrix for
/// <see cref="NerTagger"/>, which decodes greedily with BILOU constraints.
/// </summary>
public static class NerTrainer
{
    public const string FeatureTemplates =
        "word, lower, shape, prefix1-4, suffix1-4, lower±1±2, shape±1±2, bigrams(-1,0)(0,+1), shape trigram, word±1, " +
        "capitalisation×initial, capitalisation context, sentence position, lower×initial, gazetteer flags, " +
        "capitalised run (first word, last word, length, words before/after, title inside, place head word) × position in run; " +
        "dynamic: prev tag, prev two tags, prev tag×shape, prev tag×lower";

    public static NerModel Train(NerTrainingOptions options, IProgress<string> progress) =>
        Train(options, new ProgressWriter(progress));

    public static NerModel Train(NerTrainingOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        log ??= TextWriter.Null;
        if (options.Corpora.Count == 0)
        {
            throw new ArgumentException("Give at least one training corpus.", nameof(options));
        }

        var corpora = new List<LoadedCorpus>();
        foreach (var spec in options.Corpora)
        {
            var corpus = CorpusLoader.Load(spec, options.Format);
            Log(log, $"train  {spec}: {corpus.Format}, {corpus.Documents.Count} documents, {corpus.SentenceCount} sentences, {corpus.TokenCount} tokens, {corpus.EntityCount} entities");
            corpora.Add(corpus);
        }

        LoadedCorpus? dev = null;
        if (options.DevCorpus is { } devSpec)
        {
            dev = CorpusLoader.Load(devSpec, options.Format);
            Log(log, $"dev    {devSpec}: {dev.Format}, {dev.SentenceCount} sentences, {dev.EntityCount} entities");
        }

        var heldOut = options.HeldOutCorpora.Select(spec => CorpusLoader.Load(spec, options.Format)).ToList();
        var (model, weights) = TrainDocuments([.. corpora.SelectMany(c => c.Documents)], dev?.Documents, options, log);

        var heldOutReports = new Dictionary<string, NerEvaluationReport>();
        foreach (var corpus in heldOut)
        {
            var report = NerEvaluator.Evaluate(model, corpus.Documents);
            heldOutReports[corpus.Spec] = report;
            Log(log, $"held-out {corpus.Spec}: {corpus.SentenceCount} sentences, {corpus.EntityCount} entities");
            log.Write(report.ToTable());
        }

        var manifest = model.Manifest with
        {
            TrainingCorpora = [.. corpora.Select(Describe)],
            DevCorpus = dev is null ? null : Describe(dev),
            HeldOut = heldOutReports,
        };
        if (options.OutputDirectory is { } output)
        {
            NerModelStore.Save(output, manifest, weights, out manifest);
            Log(log, $"saved {Path.Combine(output, NerModelManifest.FileName)} and {manifest.WeightsFile} ({manifest.WeightsLength:N0} bytes)");
        }

        return new NerModel(manifest, model.Tagger);
    }

    /// <summary>Trains on documents already in memory (tests, experiments); returns the model and its weights.</summary>
    public static (NerModel Model, NerWeights Weights) TrainDocuments(
        IReadOnlyList<NerDocument> train, IReadOnlyList<NerDocument>? dev, NerTrainingOptions options, TextWriter? log = null)
    {
        log ??= TextWriter.Null;
        var gazetteer = options.Gazetteer ?? NerGazetteer.LoadEmbedded();
        var features = new NerFeatures(options.HashBits, gazetteer);
        var sentences = train.SelectMany(d => d.Sentences).Where(s => s.Length > 0).ToList();
        // Adaptation only makes sense with more than one domain in the training data.
        var target = train.Select(d => d.Domain).Distinct().Count() > 1 ? options.TargetDomain : null;
        var domains = train.SelectMany(d => d.Sentences.Where(s => s.Length > 0).Select(_ => target is null ? 0u : NerFeatures.DomainKey(d.Domain))).ToList();
        Log(log, $"domains: {string.Join(", ", train.GroupBy(d => d.Domain).Select(g => $"{g.Key} {g.Sum(d => d.TokenCount)} tokens"))}; target {target ?? "(no adaptation)"}");
        var tokens = sentences.Sum(s => s.Length);
        Log(log, $"features: 2^{options.HashBits} buckets, gazetteers [{string.Join(", ", gazetteer.Sources)}], {sentences.Count} sentences, {tokens} tokens");

        var stopwatch = Stopwatch.StartNew();
        NerWeights? weights = null;
        NerModel? model = null;
        NerEvaluationReport? devReport = null;
        for (var round = 1; round <= Math.Max(1, options.Rounds); round++)
        {
            var previousTags = round == 1 || model is null ? null : sentences.Select(s => model.Tagger.Tag(s.Words)).ToList();
            weights = Fit(sentences, domains, previousTags, features, options, log);
            model = MakeModel(weights, features, options, target, tokens, stopwatch.Elapsed.TotalSeconds, round, devReport);
            if (dev is not null)
            {
                devReport = NerEvaluator.Evaluate(model, dev);
                Log(log, $"round {round}: dev micro P {devReport.Micro.Precision:F4} R {devReport.Micro.Recall:F4} F1 {devReport.Micro.F1:F4} " +
                    string.Join(" ", devReport.PerType.Select(p => $"{p.Key} {p.Value.F1:F4}")) + $" ({stopwatch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        model = MakeModel(weights!, features, options, target, tokens, stopwatch.Elapsed.TotalSeconds, Math.Max(1, options.Rounds), devReport);
        return (model, weights!);
    }

    private static NerModel MakeModel(NerWeights weights, NerFeatures features, NerTrainingOptions options, string? target, int tokens, double seconds, int rounds, NerEvaluationReport? dev)
    {
        var manifest = new NerModelManifest
        {
            Version = options.Version,
            Created = DateTimeOffset.UtcNow,
            Seed = options.Seed,
            Labels = [.. Enumerable.Range(0, NerLabels.Count).Select(NerLabels.Name)],
            Trainer = new NerTrainerInfo
            {
                Algorithm = options.Algorithm == "sdca" ? "SdcaMaximumEntropy (Microsoft.ML 5.0.1)" : "LbfgsMaximumEntropy (Microsoft.ML 5.0.1)",
                Iterations = options.Epochs,
                L1 = options.L1,
                L2 = options.L2,
                TrainingTokens = tokens,
                Seconds = Math.Round(seconds, 1),
                PreviousTags = rounds <= 1 ? "gold" : $"gold, then predicted ({rounds} rounds)",
            },
            Features = new NerFeatureInfo
            {
                HashBits = features.HashBits,
                Gazetteers = features.Gazetteer.Sources,
                GazetteerSha256 = features.Gazetteer.Fingerprint,
                DocumentConsistency = options.DocumentConsistency,
                BeamWidth = Math.Max(1, options.BeamWidth),
                Domain = target,
                Templates = FeatureTemplates,
            },
            Dev = dev,
        };
        return new NerModel(manifest, new NerTagger(weights, features) { BeamWidth = Math.Max(1, options.BeamWidth), DomainKey = NerFeatures.DomainKey(target) });
    }

    private static NerWeights Fit(List<NerSentence> sentences, List<uint> domains, List<byte[]>? previousTags, NerFeatures features, NerTrainingOptions options, TextWriter log)
    {
        var rows = new List<TokenRow>(sentences.Sum(s => s.Length));
        var buffer = new int[64 * NerFeatures.MaxStatic];
        var counts = new int[64];
        var shapes = new uint[64];
        var lowers = new uint[64];
        var ids = new List<int>(NerFeatures.MaxStatic + NerFeatures.DynamicCount);
        Span<int> dynamic = stackalloc int[NerFeatures.DynamicCount];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var n = sentence.Length;
            if (counts.Length < n)
            {
                buffer = new int[n * NerFeatures.MaxStatic];
                counts = new int[n];
                shapes = new uint[n];
                lowers = new uint[n];
            }

            features.Extract(sentence.Words, buffer, counts, shapes, lowers, domains[s]);
            var history = previousTags?[s] ?? sentence.Labels;
            for (var i = 0; i < n; i++)
            {
                if (sentence.Unknown?[i] == true)
                {
                    continue;
                }

                ids.Clear();
                for (var k = 0; k < counts[i]; k++)
                {
                    ids.Add(buffer[i * NerFeatures.MaxStatic + k]);
                }

                var previous = i >= 1 ? history[i - 1] : NerLabels.Outside;
                var previous2 = i >= 2 ? history[i - 2] : NerLabels.Outside;
                features.Dynamic(previous, previous2, shapes[i], lowers[i], dynamic);
                foreach (var id in dynamic)
                {
                    ids.Add(id);
                }

                rows.Add(new TokenRow { Label = sentence.Labels[i], Features = ToVector(ids, features.Buckets) });
            }
        }

        var context = new MLContext(options.Seed);
        context.Log += (_, e) =>
        {
            if (e.Kind == Microsoft.ML.Runtime.ChannelMessageKind.Info && e.Message.Contains("loss", StringComparison.OrdinalIgnoreCase))
            {
                log.WriteLine("  " + e.Message.Trim());
            }
        };
        var schema = SchemaDefinition.Create(typeof(TokenRow));
        schema[nameof(TokenRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Buckets);
        var data = context.Data.LoadFromEnumerable(rows, schema);
        Log(log, $"training {options.Algorithm} on {rows.Count} token rows ({options.Epochs} iterations, L1 {options.L1}, L2 {options.L2}, seed {options.Seed})");
        var stopwatch = Stopwatch.StartNew();
        MaximumEntropyModelParameters parameters;
        if (options.Algorithm.Equals("sdca", StringComparison.OrdinalIgnoreCase))
        {
            var trainer = context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                MaximumNumberOfIterations = options.Epochs,
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                NumberOfThreads = options.Threads,
                Shuffle = true,
            });
            parameters = trainer.Fit(data).Model;
        }
        else
        {
            var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(TokenRow.Label),
                FeatureColumnName = nameof(TokenRow.Features),
                MaximumNumberOfIterations = options.Epochs,
                L1Regularization = options.L1,
                L2Regularization = options.L2,
                NumberOfThreads = options.Threads,
                OptimizationTolerance = 1e-7f,
                HistorySize = 20,
            });
            parameters = trainer.Fit(data).Model;
        }

        Log(log, $"trained in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return NerModelStore.Quantize(Extract(parameters, features.HashBits));
    }

    /// <summary>Copies the learned per-class weight vectors and biases into the scorer's dense matrix.</summary>
    internal static NerWeights Extract(LinearMulticlassModelParametersBase parameters, int hashBits)
    {
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        if (classes != NerLabels.Count)
        {
            throw new InvalidOperationException($"The trainer produced {classes} classes, expected {NerLabels.Count}.");
        }

        var weights = new float[(1 << hashBits) * NerWeights.Stride];
        for (var c = 0; c < classes; c++)
        {
            var vector = perClass[c];
            var values = vector.GetValues();
            if (vector.IsDense)
            {
                for (var f = 0; f < values.Length; f++)
                {
                    weights[f * NerWeights.Stride + c] = values[f];
                }
            }
            else
            {
                var indices = vector.GetIndices();
                for (var k = 0; k < values.Length; k++)
                {
                    weights[indices[k] * NerWeights.Stride + c] = values[k];
                }
            }
        }

        var biases = new float[NerWeights.Stride];
        var learned = parameters.GetBiases().ToArray();
        for (var c = 0; c < classes; c++)
        {
            biases[c] = learned[c];
        }

        // Padding classes never win: they are excluded by the decoder, but keep them very low anyway.
        for (var c = classes; c < NerWeights.Stride; c++)
        {
            biases[c] = -1e9f;
        }

        return new NerWeights(hashBits, weights, biases);
    }

    private static VBuffer<float> ToVector(List<int> ids, int length)
    {
        ids.Sort();
        var indices = new List<int>(ids.Count);
        var values = new List<float>(ids.Count);
        foreach (var id in ids)
        {
            if (indices.Count > 0 && indices[^1] == id)
            {
                values[^1] += 1f;
            }
            else
            {
                indices.Add(id);
                values.Add(1f);
            }
        }

        return new VBuffer<float>(length, indices.Count, [.. values], [.. indices]);
    }

    private static NerCorpusInfo Describe(LoadedCorpus corpus) => new()
    {
        Spec = corpus.Spec,
        Format = corpus.Format.ToString().ToLowerInvariant(),
        Files = [.. corpus.Files.Select(Path.GetFileName).OfType<string>()],
        Sha256 = corpus.Sha256,
        Documents = corpus.Documents.Count,
        Sentences = corpus.SentenceCount,
        Tokens = corpus.TokenCount,
        Entities = corpus.EntityCount,
    };

    private static void Log(TextWriter log, string message) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{DateTime.UtcNow:HH:mm:ss}] {message}"));

    private sealed class TokenRow
    {
        [KeyType(NerLabels.Count)]
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    private sealed class ProgressWriter(IProgress<string> progress) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void WriteLine(string? value) => progress.Report(value ?? "");

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                progress.Report(value.TrimEnd('\n'));
            }
        }
    }
}
