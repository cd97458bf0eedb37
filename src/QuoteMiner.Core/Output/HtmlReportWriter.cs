using System.Net;
using System.Text;

namespace QuoteMiner.Output;

/// <summary>
/// A self-contained HTML report a person can read: each article with its quotes highlighted in the
/// colour of their speaker and cue words underlined, and a table of speakers with roles and quote counts.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly string[] Palette =
    [
        "#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fed7aa", "#a5f3fc", "#f5d0fe", "#d9f99d", "#e5e7eb",
    ];

    private const string Style = """
        body{font:16px/1.55 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2937}
        h1{font:600 1.6rem system-ui,sans-serif}h2{font:600 1.2rem system-ui,sans-serif;border-top:1px solid #d1d5db;padding-top:1rem}
        .text{white-space:pre-wrap}.quote{border-radius:3px;padding:0 2px}.unattributed{background:#f3f4f6;outline:1px dashed #9ca3af}
        .cue{text-decoration:underline 2px;text-underline-offset:3px;font-weight:600}
        table{border-collapse:collapse;font:14px system-ui,sans-serif;margin:1rem 0}td,th{border:1px solid #d1d5db;padding:.3rem .6rem;text-align:left}
        .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:middle;margin-right:.4rem}
        .error{color:#b91c1c;font-family:system-ui,sans-serif}
        """;

    public static void Write(TextWriter writer, IEnumerable<(string Text, DocumentRecord Record)> documents, IEnumerable<ErrorRecord>? errors = null)
    {
        writer.Write($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>QuoteMiner report</title><style>{Style}</style></head><body>");
        writer.Write("<h1>QuoteMiner report</h1>");
        foreach (var (text, record) in documents)
        {
            WriteDocument(writer, text, record);
        }

        foreach (var error in errors ?? [])
        {
            writer.Write($"<h2>{Encode(error.Id)}</h2><p class=\"error\">{Encode(error.Error.Code)}: {Encode(error.Error.Message)}</p>");
        }

        writer.Write("</body></html>");
        writer.WriteLine();
    }

    private static void WriteDocument(TextWriter writer, string text, DocumentRecord record)
    {
        var colour = record.Speakers.Select((s, i) => (s.Id, Palette[i % Palette.Length])).ToDictionary(x => x.Id, x => x.Item2);
        writer.Write($"<h2>{Encode(record.Id)}</h2><table><tr><th>speaker</th><th>type</th><th>roles</th><th>quotes</th></tr>");
        foreach (var speaker in record.Speakers)
        {
            var count = record.Quotes.Count(q => q.SpeakerId == speaker.Id);
            writer.Write($"<tr><td><span class=\"swatch\" style=\"background:{colour[speaker.Id]}\"></span>{Encode(speaker.Name)}</td><td>{speaker.Type}</td><td>{Encode(string.Join("; ", speaker.Roles))}</td><td>{count}</td></tr>");
        }

        writer.Write("</table>");
        writer.Write($"<div class=\"text\">{Highlight(text, record, colour)}</div>");
    }

    // Opens and closes spans at code-point offsets; quotes and cues never cross, so a simple sweep suffices.
    private static string Highlight(string text, DocumentRecord record, Dictionary<string, string> colour)
    {
        var marks = new List<(int At, int Order, string Html)>();
        foreach (var quote in record.Quotes)
        {
            var speaker = quote.SpeakerId is { } id ? record.Speakers.First(s => s.Id == id).Name : "no speaker named";
            var style = quote.SpeakerId is { } sid ? $" style=\"background:{colour[sid]}\"" : string.Empty;
            var cls = quote.SpeakerId is null ? "quote unattributed" : "quote";
            marks.Add((quote.Start, 1, $"<span class=\"{cls}\"{style} title=\"{Encode(speaker)} ({quote.Kind})\">"));
            marks.Add((quote.End, 0, "</span>"));
            if (quote.Cue is { } cue && (cue.End <= quote.Start || cue.Start >= quote.End))
            {
                marks.Add((cue.Start, 1, "<span class=\"cue\">"));
                marks.Add((cue.End, 0, "</span>"));
            }
        }

        var sorted = marks.Distinct().OrderBy(m => m.At).ThenBy(m => m.Order).ToList();
        var html = new StringBuilder(text.Length + marks.Count * 40);
        var next = 0;
        var codePoint = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            while (next < sorted.Count && sorted[next].At == codePoint)
            {
                html.Append(sorted[next++].Html);
            }

            html.Append(Encode(rune.ToString()));
            codePoint++;
        }

        while (next < sorted.Count)
        {
            html.Append(sorted[next++].Html);
        }

        return html.ToString();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
