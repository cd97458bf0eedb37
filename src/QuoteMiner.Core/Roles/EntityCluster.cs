using QuoteMiner.Documents;
using QuoteMiner.Lexicons;

namespace QuoteMiner.Roles;

/// <summary>All the mentions of one real-world entity in a document, with what is known of it.</summary>
public sealed class EntityCluster(EntityType type)
{
    public EntityType Type { get; set; } = type;

    public List<SpeakerMention> Mentions { get; } = [];

    /// <summary>The distinct texts of the cluster's mentions ("Ministry of Health", "the ministry").</summary>
    public HashSet<string> NameTexts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Add(SpeakerMention mention, string text)
    {
        Mentions.Add(mention);
        NameTexts.Add(text);
    }

    public List<Role> Roles { get; } = [];

    public Gender Gender { get; set; }

    public bool Spoke { get; set; }

    /// <summary>Known only by a description ("a nurse at the clinic"): the text names no speaker.</summary>
    public bool Anonymous { get; set; }

    /// <summary>The fullest name: the longest proper-name mention, a birth name aside ("Born Lorraine Ann Dimauro").</summary>
    public string Name(string text)
    {
        var names = Mentions.Where(m => m.Kind is MentionKind.Name or MentionKind.TitledName && !IsBirthName(text, m)).ToList();
        var best = names.Count > 0 ? names.MaxBy(m => m.Span.Length) : Mentions.MaxBy(m => m.Span.Length);
        return best.Span.Slice(text).ToString();
    }

    private static bool IsBirthName(string text, SpeakerMention mention) =>
        mention.Span.Start >= 5 && text.AsSpan(mention.Span.Start - 5, 5).SequenceEqual("Born ");
}
