using System.Text.RegularExpressions;
using QuoteMiner.Output;

namespace QuoteMiner.Tests.Output;

public class HtmlReportWriterTests
{
    private const string Text = "Vote delayed\n\"We need more time,\" said Mayor Ana Lind. Critics called it <a stall>.";

    private static string Report()
    {
        var record = PipelineFixture.Run(Text);
        var writer = new StringWriter();
        HtmlReportWriter.Write(writer, [(Text, record)], [new ErrorRecord("broken", new ErrorDetail("invalid_encoding", "bad bytes"))]);
        return writer.ToString();
    }

    [Test]
    public void Each_quote_is_highlighted_in_its_speakers_colour_and_the_cue_is_marked()
    {
        var html = Report();

        Regex.Matches(html, "<span class=\"quote\" style=\"background:").Should().HaveCount(1);
        html.Should().Contain("title=\"Ana Lind (direct)\"").And.Contain("<span class=\"cue\">said</span>");
    }

    [Test]
    public void The_speaker_table_lists_roles_and_quote_counts()
    {
        var html = Report();

        html.Should().Contain("Ana Lind</td><td>PERSON</td><td>Mayor</td><td>1</td>");
    }

    [Test]
    public void Text_is_escaped_and_errors_are_listed()
    {
        var html = Report();

        html.Should().Contain("&lt;a stall&gt;").And.NotContain("<a stall>");
        html.Should().Contain("invalid_encoding: bad bytes");
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>" + Environment.NewLine);
    }
}
