namespace QuoteMiner.Lexicons;

/// <summary>
/// Strips accents from Latin letters ("Siobhán" → "Siobhan", "Łukasz" → "Lukasz"). A table rather than Unicode
/// decomposition: the tool runs with invariant globalization, where string.Normalize leaves non-ASCII text as it is.
/// </summary>
public static class Accents
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĖėĘęĚěĞğÌÍÎÏìíîïĪīİıÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŠšŞşŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŹźŻżŽžŁł";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcDdDdEEEEeeeeEeEeEeEeGgIIIIiiiiIiIiNnNnNnOOOOOOooooooOoOoRrSsSsSsTtUUUUuuuuUuUuUuYyyZzZzZzLl";

    public static string Fold(ReadOnlySpan<char> word)
    {
        return string.Create(word.Length, word.ToString(), static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i]);
                destination[i] = at < 0 ? source[i] : Plain[at];
            }
        });
    }
}
