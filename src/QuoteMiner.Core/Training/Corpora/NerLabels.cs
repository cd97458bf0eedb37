using QuoteMiner.Documents;

namespace QuoteMiner.Training.Corpora;

/// <summary>The position of a token inside an entity in the BILOU scheme.</summary>
public enum BilouPart : byte
{
    Begin,
    Inside,
    Last,
    Unit,
}

/// <summary>
/// The tag set of the learned recognizer: O plus B/I/L/U for each of PERSON, ORGANIZATION, LOCATION,
/// as small integers (0 = O, 1 + type * 4 + part). Also the BILOU well-formedness rules the decoder obeys.
/// </summary>
public static class NerLabels
{
    public const int TypeCount = 3;

    public const int Count = 1 + TypeCount * 4;

    public const byte Outside = 0;

    public static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location];

    public static byte Make(EntityType type, BilouPart part) => (byte)(1 + TypeIndex(type) * 4 + (int)part);

    public static int TypeIndex(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Location => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The recognizer tags PERSON, ORGANIZATION and LOCATION only."),
    };

    public static EntityType TypeOf(int label) => Types[(label - 1) / 4];

    public static BilouPart PartOf(int label) => (BilouPart)((label - 1) % 4);

    public static string Name(int label) =>
        label == Outside ? "O" : $"{"BILU"[(int)PartOf(label)]}-{TypeName(TypeOf(label))}";

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => type.ToString().ToUpperInvariant(),
    };

    /// <summary>True when the previous tag leaves an entity open (B or I), so the next must continue it.</summary>
    public static bool IsOpen(int label) => label != Outside && PartOf(label) is BilouPart.Begin or BilouPart.Inside;

    /// <summary>
    /// Whether <paramref name="label"/> may follow <paramref name="previous"/> (use <see cref="Outside"/> at a
    /// sentence start); at the last token of a sentence an entity must also be closed.
    /// </summary>
    public static bool IsAllowed(int previous, int label, bool isLast)
    {
        if (IsOpen(previous))
        {
            if (label == Outside || TypeOf(label) != TypeOf(previous))
            {
                return false;
            }

            var part = PartOf(label);
            return isLast ? part == BilouPart.Last : part is BilouPart.Inside or BilouPart.Last;
        }

        if (label == Outside)
        {
            return true;
        }

        var p = PartOf(label);
        return isLast ? p == BilouPart.Unit : p is BilouPart.Begin or BilouPart.Unit;
    }

    /// <summary>Whether a whole tag sequence is well-formed BILOU.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> labels)
    {
        var previous = (int)Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            if (!IsAllowed(previous, labels[i], i == labels.Length - 1))
            {
                return false;
            }

            previous = labels[i];
        }

        return true;
    }

    /// <summary>Writes the BILOU tags of the given token spans (which must not overlap) into <paramref name="labels"/>.</summary>
    public static byte[] FromSpans(int length, IEnumerable<EntitySpan> spans)
    {
        var labels = new byte[length];
        foreach (var span in spans)
        {
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = Make(span.Type, BilouPart.Unit);
                continue;
            }

            labels[span.Start] = Make(span.Type, BilouPart.Begin);
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = Make(span.Type, BilouPart.Inside);
            }

            labels[span.End - 1] = Make(span.Type, BilouPart.Last);
        }

        return labels;
    }

    /// <summary>
    /// The entity spans of a tag sequence. Ill-formed input is read leniently (a B or I with no L is closed where
    /// the entity stops; an I or L with no B starts one), so this also reads gold data that is slightly broken.
    /// </summary>
    /// <summary>Writes one entity of <paramref name="type"/> over tokens [start, end) (U for one token, else B I… L).</summary>
    public static void Write(Span<byte> labels, int start, int end, EntityType type)
    {
        if (end - start == 1)
        {
            labels[start] = Make(type, BilouPart.Unit);
            return;
        }

        labels[start] = Make(type, BilouPart.Begin);
        for (var i = start + 1; i < end - 1; i++)
        {
            labels[i] = Make(type, BilouPart.Inside);
        }

        labels[end - 1] = Make(type, BilouPart.Last);
    }

    public static List<EntitySpan> ToSpans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        var type = EntityType.Person;
        for (var i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside)
            {
                Close(i);
                continue;
            }

            var t = TypeOf(label);
            var part = PartOf(label);
            if (part is BilouPart.Begin or BilouPart.Unit || start < 0 || t != type)
            {
                Close(i);
                start = i;
                type = t;
            }

            if (part is BilouPart.Last or BilouPart.Unit)
            {
                Close(i + 1);
            }
        }

        Close(labels.Length);
        return spans;

        void Close(int end)
        {
            if (start >= 0)
            {
                spans.Add(new EntitySpan(start, end, type));
                start = -1;
            }
        }
    }
}

/// <summary>An entity over tokens [Start, End) of a sentence.</summary>
public readonly record struct EntitySpan(int Start, int End, EntityType Type);
