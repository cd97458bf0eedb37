namespace QuoteMiner.Output;

/// <summary>
/// Converts the pipeline's UTF-16 offsets into the Unicode code-point offsets the output promises, so
/// an emoji or a rare CJK character before a quote does not shift it for Python or JavaScript readers.
/// </summary>
public sealed class CodePointOffsets
{
    private readonly int[]? codePointAt;

    public CodePointOffsets(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return; // The common case: offsets are already code points.
        }

        codePointAt = new int[text.Length + 1];
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            codePointAt[i] = codePoints;
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                codePoints++;
            }
        }

        codePointAt[text.Length] = codePoints;
    }

    public int this[int utf16Offset] => codePointAt is null ? utf16Offset : codePointAt[utf16Offset];
}
