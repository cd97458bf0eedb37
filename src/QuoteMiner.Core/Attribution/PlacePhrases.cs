using QuoteMiner.Documents;

namespace QuoteMiner.Attribution;

/// <summary>
/// Places and modifiers around a speaker ("a widow from Swindon", "A man sheltering at a school in Legazpi",
/// "a manager in Austin, Texas"): the place says where the speaker was, the person before it speaks.
/// </summary>
internal static class PlacePhrases
{
    /// <summary>
    /// "the U.S. Embassy in New Delhi, which stated", "a widow from Swindon, who asked not to be named, said":
    /// a place after "in"/"of"/"at"/"from" is where the speaker is; the mention before the preposition speaks.
    /// </summary>
    internal static SpeakerMention? OwnerOfPlace(AttributionContext context, SpeakerMention mention)
    {
        var tokens = context.Tokens;
        var preposition = mention.FirstToken - 1;

        // "a manager in Austin, Texas, who …": the state after a comma belongs to the city before it.
        if (mention.Type == EntityType.Location && tokens.IsPunctuation(preposition, ','))
        {
            return context.MentionEndingAt(preposition) is { Type: EntityType.Location } city
                ? OwnerOfPlace(context, city)
                : PersonBeforePlace(context, preposition - 1, 0);
        }

        if (preposition <= 0 || context.MentionEndingAt(preposition) is not { Type: not EntityType.Location } owner)
        {
            return null;
        }

        // A description "from" somewhere is its person even when the place was taken for a name ("a nurse from Little Hadham").
        var isPlace = mention.Type == EntityType.Location || (tokens.Is(preposition, "from") && owner.Kind == MentionKind.Description);
        return isPlace && (tokens.Is(preposition, "in") || tokens.Is(preposition, "at") || tokens.Is(preposition, "of") || tokens.Is(preposition, "from"))
            ? owner
            : null;
    }

    internal static bool IsPlacePreposition(TokenText tokens, int index) =>
        tokens.Is(index, "in") || tokens.Is(index, "at") || tokens.Is(index, "from") || tokens.Is(index, "near");

    // The person a run of modifiers describes ("A man sheltering at a school in …"), with no clause break between.
    internal static SpeakerMention? PersonBeforeModifiers(AttributionContext context, int from, int sentenceStart)
    {
        for (var end = from; end > sentenceStart && end > from - 12; end--)
        {
            if (context.Tokens.IsPunctuation(end - 1, ',') || context.Tokens.IsQuoteMark(end - 1) || context.Cues[end - 1] is not null)
            {
                return null;
            }

            // A possessor ("at Ms Lind's stall") is where the speaker was, not who.
            if (context.MentionEndingAt(end) is { Type: EntityType.Person, Kind: not MentionKind.Pronoun } person
                && context.Tokens.Tokens[end].Kind != TokenKind.Clitic)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>"a retired teacher from Little Hadham, who …": the person before a place the recognizer did not know.</summary>
    internal static SpeakerMention? PersonBeforePlace(AttributionContext context, int last, int sentenceStart)
    {
        var tokens = context.Tokens;
        var i = last;
        while (i > sentenceStart && i > last - 4 && tokens.IsCapitalised(i))
        {
            i--;
        }

        return i < last && (tokens.Is(i, "from") || tokens.Is(i, "in") || tokens.Is(i, "of")) && context.MentionEndingAt(i) is { Type: EntityType.Person } person
            ? person
            : null;
    }
}
