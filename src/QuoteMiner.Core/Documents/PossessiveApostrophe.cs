namespace QuoteMiner.Documents;

/// <summary>
/// The tokenizer leaves a ' after a plural ("Truckers’ Association", "workers' union") as a quote-mark
/// token because only context can tell; glued to a word ending in s and followed by a space and a word,
/// it is read as an apostrophe by the stages that look for names and roles.
/// </summary>
public static class PossessiveApostrophe
{
    public static bool Is(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (index <= 0 || index >= tokens.Count || tokens[index].Kind != TokenKind.QuoteMark || tokens[index].Length != 1)
        {
            return false;
        }

        var mark = text[tokens[index].Start];
        var previous = tokens[index - 1];
        return mark is '\'' or '’' && previous.End == tokens[index].Start && text[previous.End - 1] is 's' or 'S'
            && index + 1 < tokens.Count && tokens[index + 1].Start == tokens[index].End + 1 && tokens[index + 1].Kind == TokenKind.Word;
    }
}
