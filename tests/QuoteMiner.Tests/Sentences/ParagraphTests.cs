namespace QuoteMiner.Tests.Sentences;

public class ParagraphTests
{
    [TestCase("First line.\nSecond line.")]
    [TestCase("First line.\r\nSecond line.")]
    [TestCase("First line.\rSecond line.")]
    public void Any_newline_separates_paragraphs(string text)
    {
        var (_, sentences, paragraphs) = text.SplitAll();

        paragraphs.Select(p => p.Span.Slice(text).ToString()).Should().Equal("First line.", "Second line.");
        sentences.Select(s => s.Paragraph).Should().Equal(0, 1);
    }

    [Test]
    public void Single_newline_is_a_hard_boundary_even_without_a_stop()
    {
        "The minister said\nthat talks would resume".SentenceTexts()
            .Should().Equal("The minister said", "that talks would resume");
    }

    [Test]
    public void Empty_and_blank_lines_make_no_paragraph()
    {
        const string text = "\n\nOne.\n\n   \n\t\r\nTwo.\n\n";
        var (_, _, paragraphs) = text.SplitAll();

        paragraphs.Select(p => p.Span.Slice(text).ToString()).Should().Equal("One.", "Two.");
    }

    [Test]
    public void Paragraph_span_excludes_surrounding_whitespace_and_the_newline()
    {
        const string text = "  Lead paragraph here.  \r\n  Second one.";
        var (_, _, paragraphs) = text.SplitAll();

        paragraphs[0].Span.Should().Be(new QuoteMiner.Documents.TextSpan(2, 22));
        paragraphs[1].Span.Slice(text).ToString().Should().Be("Second one.");
    }

    [Test]
    public void Paragraph_indexes_its_sentences()
    {
        const string text = "One. Two. Three.\nFour.\nFive. Six.";
        var (_, sentences, paragraphs) = text.SplitAll();

        paragraphs.Select(p => (p.FirstSentence, p.EndSentence)).Should().Equal((0, 3), (3, 4), (4, 6));
        sentences.Select(s => s.Paragraph).Should().Equal(0, 0, 0, 1, 2, 2);
    }

    [Test]
    public void Sentence_never_crosses_a_paragraph_even_inside_a_quote()
    {
        // News continues a long quote in the next paragraph by reopening the quote mark.
        const string text = "\"We will rebuild,\" she said, \"and we\n\"will not stop.\"";
        var (_, sentences, _) = text.SplitAll();

        sentences.Should().HaveCount(2);
        sentences[0].Span.Slice(text).ToString().Should().Be("\"We will rebuild,\" she said, \"and we");
        sentences[1].Paragraph.Should().Be(1);
    }

    [Test]
    public void Unicode_line_and_paragraph_separators_split_paragraphs()
    {
        "One\u2028Two\u2029Three".SplitAll().Paragraphs.Should().HaveCount(3);
    }

    [Test]
    public void Empty_text_has_no_sentences_or_paragraphs()
    {
        var (_, sentences, paragraphs) = "  \n ".SplitAll();

        sentences.Should().BeEmpty();
        paragraphs.Should().BeEmpty();
    }
}
