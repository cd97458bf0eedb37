using System.Text.Json;
using CsCheck;
using QuoteMiner.Output;

namespace QuoteMiner.Tests.Properties;

/// <summary>
/// Generated inputs — random Unicode, quote and apostrophe soup, long paragraphs, deep and unbalanced
/// nesting — never crash the pipeline and always give well-formed, deterministic output. The regular
/// run tries 30,000 inputs (about two seconds); set QUOTEMINER_FUZZ_ITERATIONS for a long run (see README).
/// </summary>
public class PipelinePropertyTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("QUOTEMINER_FUZZ_ITERATIONS"), out var n) ? n : 30_000;

    private static readonly Gen<string> Words = Gen.OneOf<string>(
        "said", "she", "he", "Ms Lind", "Dr. Okafor", "the ministry", "U.S.", "Mexico's", "don't", "rock 'n' roll",
        "'90s", "students'", "O'Brien", "according to", "Jane Doe", "—", "–", "…", ".", ",", ":", ";", "?", "!",
        "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "''", "``", "\n", "\r\n", " ", "  ", "😀", "名前", "\u200B");

    private static readonly Gen<string> QuoteSoup = Words.Array[0, 120].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> AnyUnicode = Gen.String[Gen.Char, 0, 400];

    private static readonly Gen<string> Nested = Gen.Int[0, 40].Select(depth =>
        string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "“He said ‘" : "she said “")) + "end");

    private static readonly Gen<string> Inputs = Gen.Frequency((4, QuoteSoup), (2, AnyUnicode), (1, Nested));

    [Test]
    public void Any_text_yields_well_formed_output() =>
        Inputs.Sample(CheckWellFormed, iter: Iterations, threads: 1);

    [Test]
    public void The_same_input_gives_the_same_output() =>
        QuoteSoup.Sample(text => Json(text) == Json(text), iter: Math.Max(200, Iterations / 10), threads: 1);

    private static string Json(string text) =>
        JsonSerializer.Serialize(DocumentRecordBuilder.Build(PipelineFixture.Pipeline.Process("p", text)), OutputJsonContext.Default.DocumentRecord);

    private static void CheckWellFormed(string text)
    {
        var document = PipelineFixture.Pipeline.Process("p", text);
        var record = DocumentRecordBuilder.Build(document);
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        foreach (var quote in record.Quotes)
        {
            if (quote.Start < 0 || quote.End > runes.Length || quote.Start >= quote.End)
            {
                throw new InvalidOperationException($"quote offsets [{quote.Start},{quote.End}) outside a text of {runes.Length} code points");
            }

            if (string.Concat(runes[quote.Start..quote.End]) != quote.Text)
            {
                throw new InvalidOperationException("quote text differs from its slice");
            }

            if (quote.SpeakerId is { } id && record.Speakers.All(s => s.Id != id))
            {
                throw new InvalidOperationException($"speaker {id} is not listed");
            }
        }

        // Quotes either nest or stand apart; none straddles another's boundary, and none crosses a paragraph.
        var quotes = document.Quotes;
        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count; j++)
            {
                var (a, b) = (quotes[i].Content, quotes[j].Content);
                var nested = a.Contains(b) || b.Contains(a);
                if (a.Overlaps(b) && !nested)
                {
                    throw new InvalidOperationException("two quotes overlap without nesting");
                }
            }

            if (document.TextOf(quotes[i].Content).IndexOfAny(['\n', '\r']) >= 0)
            {
                throw new InvalidOperationException("a quote crosses a paragraph");
            }
        }
    }
}
