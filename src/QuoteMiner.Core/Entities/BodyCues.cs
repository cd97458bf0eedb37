using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Entities;

/// <summary>
/// What the words around a capitalised run say about whether it names a body, when the run alone does not tell:
/// a description set off after it, a kind of body before it, or a sentence that merely opens with a body word.
/// </summary>
public sealed class BodyCues(NewsLexicons lexicons)
{
    /// <summary>"Group managing director Caroline Wekesa": a lone body word opening a sentence before a lowercase word is a common noun.</summary>
    public bool IsCommonNounOpener(Document document, ProperNameChunk chunk, Sentence sentence) =>
        chunk.FirstToken == sentence.FirstToken && chunk.EndToken - chunk.FirstToken == 1 && chunk.EndToken < sentence.EndToken
        && lexicons.OrganizationWords.IsOrganizationWord(document.WordOf(chunk.FirstToken))
        && document.TokenArray[chunk.EndToken].Kind == TokenKind.Word && char.IsLower(document.WordOf(chunk.EndToken)[0]);

    /// <summary>
    /// "Northway, the UK's fifth-largest supermarket chain,": an apposition whose head is a kind of body; "Tesco, which
    /// owns the site next door,": a which-clause after a name no lexicon knows (known places are typed before this).
    /// </summary>
    public bool IsBodyByApposition(Document document, ProperNameChunk chunk, int sentenceEnd)
    {
        var tokens = document.TokenArray;
        var comma = chunk.EndToken;
        if (comma + 1 < sentenceEnd && document.WordOf(comma) == "," && document.WordOf(comma + 1) == "which")
        {
            return true;
        }

        if (comma + 2 >= sentenceEnd || document.WordOf(comma) != "," || document.WordOf(comma + 1) is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var t = comma + 2; t < Math.Min(sentenceEnd, comma + 9); t++)
        {
            var word = document.WordOf(t);
            // "Steve Whitmore, a representative for the Sheriff's office,": a role noun first makes the apposition a person's.
            if (word is "," or "." or "who" or "which" or "of" or "that" || (char.IsLower(word[0]) && lexicons.Titles.IsRoleHead(word)
                && (!lexicons.OrganizationWords.IsCollective(word) || word.StartsWith("spokes", StringComparison.Ordinal))))
            {
                return false;
            }

            if (tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]) && lexicons.OrganizationWords.IsCollective(word)
                && (t + 1 >= sentenceEnd || document.WordOf(t + 1) is "," or "." or "based" or "in" or "that" or "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"A Tesco spokeswoman said", "a Labour official": the name a spokesperson or official speaks for is a body.</summary>
    public static bool IsSpokenFor(Document document, ProperNameChunk chunk, int sentenceStart)
    {
        var tokens = document.TokenArray;
        var determiner = chunk.FirstToken - 1;
        if (determiner < sentenceStart || chunk.EndToken >= tokens.Length || document.WordOf(determiner) is not ("a" or "A" or "an" or "An" or "the" or "The"))
        {
            return false;
        }

        var next = document.WordOf(chunk.EndToken);
        return char.IsLower(next[0]) && (next.StartsWith("spokes", StringComparison.Ordinal) || next is "official" or "officials" or "representative");
    }

    /// <summary>"The patients' group Patients First", "the charity Shelter": a kind of body, then its name.</summary>
    public bool IsNamedAfterItsKind(Document document, ProperNameChunk chunk, int sentenceStart)
    {
        var kind = chunk.FirstToken - 1;
        if (kind <= sentenceStart || document.TokenArray[kind].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.WordOf(kind);
        // "director of administration Dickson Dzora": a body word that completes a role is no kind before a name.
        if (!char.IsLower(word[0]) || !lexicons.OrganizationWords.IsCollective(word) || document.WordOf(kind - 1) is "of" or "for")
        {
            return false;
        }

        for (var t = kind - 1; t >= Math.Max(sentenceStart, kind - 4); t--)
        {
            if (document.WordOf(t) is "the" or "The" || document.TokenArray[t].Kind == TokenKind.Clitic)
            {
                return true;
            }
        }

        return false;
    }
}
