using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// <c>--input html</c>: news pages as HTML. The article text is taken from the page's paragraphs, headings,
/// list items and block quotes, one paragraph per line (QuoteMiner's paragraph convention); scripts,
/// styles, navigation, headers, footers, asides and forms are dropped. Offsets in the record refer to
/// this extracted text, which the record carries in its <c>text</c> field.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template"];

    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre";

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(", ", Dropped)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        if (root is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        // Outermost blocks only: a <p> inside a <blockquote> is written once, with its quote.
        foreach (var block in root.QuerySelectorAll(Blocks).Where(b => b.ParentElement?.Closest(Blocks) is null))
        {
            var line = Normalize(block.TextContent);
            if (line.Length > 0)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.Length > 0 ? text.ToString() : Normalize(root.TextContent) + "\n";
    }

    // Whitespace inside a block (HTML line breaks and indentation) is one space in the text.
    private static string Normalize(string value) =>
        string.Join(' ', value.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
