using QuoteMiner.Documents;
using QuoteMiner.Entities;
using QuoteMiner.Models;
using QuoteMiner.Sentences;
using QuoteMiner.Tokenization;
using QuoteMiner.Training;
using QuoteMiner.Training.Corpora;

namespace QuoteMiner.Tests.Entities;

public class NerTrainingTests
{
    private static readonly Lazy<(NerModel Model, NerWeights Weights)> Trained =
        new(() => NerTrainer.TrainDocuments(TinyCorpus.Documents(), TinyCorpus.Documents(8, seed: 99), TinyCorpus.Options()));

    [Test]
    public void A_Trained_Model_Tags_Held_Out_Sentences()
    {
        var report = NerEvaluator.Evaluate(Trained.Value.Model, TinyCorpus.Documents(10, seed: 1234));
        report.Micro.F1.Should().BeGreaterThan(0.9);
        report.PerType.Keys.Should().BeEquivalentTo("PERSON", "ORGANIZATION", "LOCATION");
        report.ToJson().Should().Contain("\"micro\"").And.Contain("\"perType\"").And.Contain("\"precision\"");
    }

    [Test]
    public void The_Lbfgs_Trainer_Also_Learns_And_Is_Reproducible()
    {
        var first = NerTrainer.TrainDocuments(TinyCorpus.Documents(), null, TinyCorpus.Options(algorithm: "lbfgs"));
        var second = NerTrainer.TrainDocuments(TinyCorpus.Documents(), null, TinyCorpus.Options(algorithm: "lbfgs"));
        second.Weights.Weights.Should().Equal(first.Weights.Weights);
        NerEvaluator.Evaluate(first.Model, TinyCorpus.Documents(10, seed: 1234)).Micro.F1.Should().BeGreaterThan(0.9);
    }

    [Test]
    public void Domain_Adaptation_Runs_Each_Domain_With_Its_Own_Features()
    {
        var formal = TinyCorpus.Documents(20);
        var social = TinyCorpus.Documents(20, seed: 8).Select(d => d with { Domain = "social" }).ToList();
        var (model, _) = NerTrainer.TrainDocuments([.. formal, .. social], null, TinyCorpus.Options());
        model.Manifest.Features.Domain.Should().Be(CorpusLoader.DefaultDomain);
        model.Tagger.DomainKey.Should().NotBe(0u);
        model.ForDomain("social").Tagger.DomainKey.Should().Be(NerFeatures.DomainKey("social"));
        NerEvaluator.Evaluate(model, TinyCorpus.Documents(10, seed: 1234)).Micro.F1.Should().BeGreaterThan(0.9);
    }

    [Test]
    public void Save_Then_Load_Gives_Identical_Predictions()
    {
        var (model, weights) = Trained.Value;
        var dir = Directory.CreateTempSubdirectory("qm-ner");
        try
        {
            NerModelStore.Save(dir.FullName, model.Manifest, weights, out var written);
            written.WeightsSha256.Should().HaveLength(64);
            var loaded = NerModelStore.Load(dir.FullName, NerGazetteer.None);
            loaded.Tagger.Weights.Weights.Should().Equal(weights.Weights);
            foreach (var sentence in TinyCorpus.Documents(10, seed: 77).SelectMany(d => d.Sentences))
            {
                loaded.Tagger.Tag(sentence.Words).Should().Equal(model.Tagger.Tag(sentence.Words));
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void Training_Twice_With_One_Seed_Gives_Identical_Models()
    {
        var again = NerTrainer.TrainDocuments(TinyCorpus.Documents(), null, TinyCorpus.Options());
        again.Weights.Weights.Should().Equal(Trained.Value.Weights.Weights);
        again.Weights.Biases.Should().Equal(Trained.Value.Weights.Biases);
    }

    [Test]
    public void The_Stage_Writes_Entities_With_Exact_Character_Spans()
    {
        const string text = "Marta Salinas said on Tuesday that Acme Corp would open an office in Lima.\nThe report from Reuters was criticised by Salinas.";
        var document = new Document("d", text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        var stage = new LearnedEntityRecognizer(Trained.Value.Model);
        stage.Requires.Should().Be(Layer.Tokens | Layer.Sentences);
        stage.Produces.Should().Be(Layer.Entities);
        stage.Name.Should().Be("entities");
        stage.Process(document);
        var found = document.Entities.Select(e => $"{e.Type}:{text[e.Span.Start..e.Span.End]}").ToList();
        found.Should().Contain(["Person:Marta Salinas", "Organization:Acme Corp", "Location:Lima", "Organization:Reuters"]);
        document.Entities.Should().OnlyContain(e => e.Confidence > 0 && e.Confidence <= 1);
    }
}
