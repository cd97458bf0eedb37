namespace QuoteMiner.Documents;

/// <summary>
/// A sentence: its character span, the range of its tokens [FirstToken, EndToken) and the paragraph it belongs to.
/// </summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken, int Paragraph)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>A paragraph: a block of text between line breaks, the hard boundary of news layout.</summary>
public readonly record struct Paragraph(TextSpan Span, int FirstSentence, int EndSentence);
