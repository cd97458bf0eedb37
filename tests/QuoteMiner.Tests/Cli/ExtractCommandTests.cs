using QuoteMiner.Output;
using System.Text.Json;
using QuoteMiner.Cli;

namespace QuoteMiner.Tests.Cli;

/// <summary>The <c>extract</c> command through <see cref="QuoteMinerCli.Run"/>, with in-memory standard streams.</summary>
[TestFixture]
public sealed class ExtractCommandTests
{
    private const string ArticleA = "\"The harbour reopens on Monday,\" said port director Silvia Mancini.";
    private const string ArticleB = "Mayor Tessa Lund said: \"We will rebuild the bridge by spring.\"";

    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "quoteminer-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Standard_input_gives_one_jsonl_line_with_id_stdin()
    {
        var (code, stdout, stderr) = Run(["extract"], ArticleA);

        code.Should().Be(0, stderr);
        var lines = Lines(stdout);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.GetProperty("id").GetString().Should().Be("stdin");
        json.RootElement.GetProperty("schemaVersion").GetString().Should().Be(DocumentRecordBuilder.SchemaVersion);
        json.RootElement.GetProperty("quotes")[0].GetProperty("text").GetString().Should().Be("The harbour reopens on Monday,");
    }

    [Test]
    public void Dash_reads_standard_input()
    {
        var (code, stdout, _) = Run(["extract", "-"], ArticleA);

        code.Should().Be(0);
        Lines(stdout).Should().ContainSingle().Which.Should().Contain("\"id\":\"stdin\"");
    }

    [Test]
    public void Folder_gives_one_line_per_txt_file_in_ordinal_path_order()
    {
        File.WriteAllText(Path.Combine(folder, "b.txt"), ArticleB);
        File.WriteAllText(Path.Combine(folder, "a.txt"), ArticleA);
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not an article");

        var (code, stdout, stderr) = Run(["extract", folder], string.Empty);

        code.Should().Be(0, stderr);
        var lines = Lines(stdout);
        lines.Select(Id).Should().Equal("a", "b");
    }

    [Test]
    public void Missing_file_becomes_an_error_record_in_its_place_and_exit_code_1()
    {
        var first = Path.Combine(folder, "first.txt");
        var last = Path.Combine(folder, "last.txt");
        File.WriteAllText(first, ArticleA);
        File.WriteAllText(last, ArticleB);

        var (code, stdout, stderr) = Run(["extract", first, Path.Combine(folder, "missing.txt"), last], string.Empty);

        code.Should().Be(1);
        stderr.Should().NotBeEmpty();
        var lines = Lines(stdout);
        lines.Select(Id).Should().Equal("first", "missing", "last");
        using var error = JsonDocument.Parse(lines[1]);
        error.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("not_found");
        error.RootElement.GetProperty("error").GetProperty("message").GetString().Should().NotBeNullOrEmpty();
        lines[0].Should().Contain("\"quotes\"");
        lines[2].Should().Contain("\"quotes\"");
    }

    [Test]
    public void Invalid_utf8_bytes_give_an_invalid_encoding_error()
    {
        var path = Path.Combine(folder, "broken.txt");
        File.WriteAllBytes(path, [0x22, 0x48, 0x69, 0xC3, 0x28, 0x22, 0x20, 0xFF, 0xFE, 0x0A]);

        var (code, stdout, _) = Run(["extract", path], string.Empty);

        code.Should().Be(1);
        using var error = JsonDocument.Parse(Lines(stdout).Single());
        error.RootElement.GetProperty("id").GetString().Should().Be("broken");
        error.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("invalid_encoding");
    }

    [Test]
    public void Format_json_with_one_file_gives_one_json_object()
    {
        var path = Path.Combine(folder, "only.txt");
        File.WriteAllText(path, ArticleB);

        var (code, stdout, _) = Run(["extract", path, "--format", "json"], string.Empty);

        code.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        json.RootElement.GetProperty("id").GetString().Should().Be("only");
    }

    [Test]
    public void Format_json_with_two_files_gives_an_array()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), ArticleA);
        File.WriteAllText(Path.Combine(folder, "b.txt"), ArticleB);

        var (code, stdout, _) = Run(["extract", folder, "--format", "json"], string.Empty);

        code.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("a", "b");
    }

    [Test]
    public void Unknown_root_option_is_a_usage_error_with_a_message_on_stderr()
    {
        var (code, stdout, stderr) = Run(["--bogus"], ArticleA);

        code.Should().Be(2);
        stderr.Should().Contain("--bogus");
        stdout.Should().BeEmpty();
    }

    [Test]
    public void Option_without_its_value_is_a_usage_error()
    {
        var (code, stdout, stderr) = Run(["extract", "--format"], ArticleA);

        code.Should().Be(2);
        stderr.Should().Contain("--format");
        stdout.Should().BeEmpty();
    }

    [Test]
    public void Unknown_extract_option_is_a_usage_error_with_a_message_on_stderr()
    {
        var (code, stdout, stderr) = Run(["extract", "--bogus"], ArticleA);

        code.Should().Be(2);
        stderr.Should().Contain("--bogus");
        stdout.Should().BeEmpty();
    }

    [Test]
    public void Unsupported_format_is_a_usage_error()
    {
        var (code, _, stderr) = Run(["extract", "--format", "xml"], ArticleA);

        code.Should().Be(2);
        stderr.Should().NotBeEmpty();
    }

    [Test]
    public void Out_option_writes_the_records_to_a_file()
    {
        var input = Path.Combine(folder, "story.txt");
        var output = Path.Combine(folder, "out.jsonl");
        File.WriteAllText(input, ArticleA);

        var (code, stdout, _) = Run(["extract", input, "--out", output], string.Empty);

        code.Should().Be(0);
        stdout.Should().BeEmpty();
        File.Exists(output).Should().BeTrue();
        var line = File.ReadAllLines(output).Should().ContainSingle().Subject;
        Id(line).Should().Be("story");
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = QuoteMinerCli.Run(args, input, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Id(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("id").GetString();
    }
}
