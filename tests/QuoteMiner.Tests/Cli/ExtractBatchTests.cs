using System.Text;
using System.Text.Json;
using QuoteMiner.Cli;

namespace QuoteMiner.Tests.Cli;

/// <summary>
/// Batches through the CLI: order kept with several threads, every input gives exactly one record, bad
/// inputs become error records in place without disturbing their neighbours, and the extra input and
/// output formats.
/// </summary>
[TestFixture]
public sealed class ExtractBatchTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "quoteminer-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin = "")
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = QuoteMinerCli.Run(args, input, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonElement> Records(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    [Test]
    public void A_thousand_mixed_files_give_a_thousand_records_in_order_and_good_ones_are_unaffected()
    {
        var good = "\"We will reopen the bridge,\" said Mayor Tessa Lund.\nThe council agreed.";
        var expectedGood = Records(Run(["extract", "--threads", "1", "-"], good).Stdout)[0];
        var kinds = new Dictionary<string, string>();
        for (var i = 0; i < 1000; i++)
        {
            var name = Path.Combine(folder, $"doc{i:D4}.txt");
            switch (i % 10)
            {
                case 3:
                    File.WriteAllBytes(name, [0x22, 0xC3, 0x28, 0xFF, 0x22]); // invalid UTF-8
                    kinds[$"doc{i:D4}"] = "invalid_encoding";
                    break;
                case 5:
                    File.WriteAllBytes(name, [0x00, 0x01, 0x02, 0x03]); // binary
                    kinds[$"doc{i:D4}"] = "invalid_encoding";
                    break;
                case 7:
                    File.WriteAllText(name, "\"unbalanced ‘quote soup “ with ' marks\n" + new string('x', 50)); // odd but valid
                    kinds[$"doc{i:D4}"] = "ok";
                    break;
                case 9 when i == 999:
                    File.WriteAllText(name, new string('a', 2_100_000)); // over the limit set below
                    kinds[$"doc{i:D4}"] = "too_large";
                    break;
                default:
                    File.WriteAllText(name, i % 20 == 0 ? string.Empty : good);
                    kinds[$"doc{i:D4}"] = i % 20 == 0 ? "empty" : "ok";
                    break;
            }
        }

        var (code, stdout, _) = Run(["extract", "--threads", "2", "--max-chars", "2000000", folder]);

        code.Should().Be(1);
        var records = Records(stdout);
        records.Should().HaveCount(1000);
        for (var i = 0; i < 1000; i++)
        {
            var id = records[i].GetProperty("id").GetString()!;
            id.Should().Be($"doc{i:D4}");
            if (kinds[id] == "ok")
            {
                records[i].TryGetProperty("error", out _).Should().BeFalse(id);
            }
            else
            {
                records[i].GetProperty("error").GetProperty("code").GetString().Should().Be(kinds[id], id);
            }

            if (kinds[id] == "ok" && i % 10 is 0 or 1 or 2 or 4 or 6 or 8 && i % 20 != 0)
            {
                records[i].GetProperty("quotes").GetRawText().Should().Be(expectedGood.GetProperty("quotes").GetRawText(), id);
            }
        }
    }

    [Test]
    public void Two_threads_give_the_same_output_as_one()
    {
        for (var i = 0; i < 40; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"a{i:D2}.txt"), $"\"Point {i} stands,\" said Dr Ruth Kemi.\n\"And {i + 1} too,\" she added.");
        }

        Run(["extract", "--threads", "2", folder]).Stdout.Should().Be(Run(["extract", "--threads", "1", folder]).Stdout);
    }

    [Test]
    public void Jsonl_input_keeps_ids_and_reports_bad_records_in_place()
    {
        var stdin = "{\"id\":\"one\",\"text\":\"\\\"Yes,\\\" said Ana Lind.\"}\nnot json\n{\"id\":\"three\"}\n{\"id\":\"four\",\"text\":\"Nothing quoted here.\"}\n";

        var (code, stdout, _) = Run(["extract", "--input", "jsonl"], stdin);

        code.Should().Be(1);
        var records = Records(stdout);
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("one", "stdin:2", "three", "four");
        records[1].GetProperty("error").GetProperty("code").GetString().Should().Be("invalid_record");
        records[3].GetProperty("quotes").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Html_format_writes_one_self_contained_report()
    {
        var (code, stdout, _) = Run(["extract", "--format", "html", "-"], "\"We will rebuild,\" said Mayor Ana Lind.");

        code.Should().Be(0);
        stdout.Should().StartWith("<!DOCTYPE html>").And.Contain("Ana Lind").And.Contain("class=\"quote\"");
    }

    [Test]
    public void A_named_model_folder_that_is_missing_is_exit_code_3_with_the_file_named()
    {
        var (code, stdout, stderr) = Run(["extract", "--models", Path.Combine(folder, "nowhere"), "-"], "text");

        code.Should().Be(QuoteMinerCli.ModelError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("manifest.json").And.Contain("train attribution");
    }

    [Test]
    public void Utf16_with_a_byte_order_mark_and_crlf_line_ends_give_the_same_quotes_as_utf8()
    {
        var text = "Mayor Ana Lind spoke.\n\"We will rebuild,\" she said.\n";
        File.WriteAllText(Path.Combine(folder, "a.txt"), text, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "b.txt"), text.Replace("\n", "\r\n"), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var records = Records(Run(["extract", folder]).Stdout);

        records.Should().HaveCount(2);
        records[1].GetProperty("quotes")[0].GetProperty("text").GetString().Should().Be(records[0].GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Test]
    public void Html_input_extracts_the_article_text_and_offsets_refer_to_it()
    {
        File.WriteAllText(Path.Combine(folder, "story.html"), """
            <html><head><script>var quote = "not text";</script></head><body>
            <nav><p>Home | World</p></nav>
            <article><h1>Port strike ends</h1><p>Dockers voted on Monday.</p>
            <p>"We have a deal," said union leader Maria   Costa.</p></article>
            <footer><p>Copyright</p></footer></body></html>
            """);

        var (code, stdout, _) = Run(["extract", "--input", "html", folder]);

        code.Should().Be(0);
        var record = Records(stdout).Should().ContainSingle().Subject;
        var text = record.GetProperty("text").GetString()!;
        text.Should().Be("Port strike ends\nDockers voted on Monday.\n\"We have a deal,\" said union leader Maria Costa.\n");
        var quote = record.GetProperty("quotes")[0];
        text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()].Should().Be("We have a deal,");
    }

    [Test]
    public void Include_patterns_choose_the_files_taken_from_folders()
    {
        File.WriteAllText(Path.Combine(folder, "a.md"), "\"Fine,\" said Ana Lind.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Not taken.");

        var records = Records(Run(["extract", "--include", "*.md", folder]).Stdout);

        records.Select(r => r.GetProperty("id").GetString()).Should().Equal("a");
    }

    [Test]
    public void Jsonl_input_passes_its_other_fields_through_as_meta()
    {
        var stdin = "{\"id\":\"a\",\"text\":\"Nothing here.\",\"source\":\"wire\",\"tags\":[\"x\"]}\n{\"id\":\"b\",\"text\":\"Plain.\"}\n";

        var records = Records(Run(["extract", "--input", "jsonl"], stdin).Stdout);

        records[0].GetProperty("meta").GetProperty("source").GetString().Should().Be("wire");
        records[1].TryGetProperty("meta", out _).Should().BeFalse();
    }
}
