using System.Diagnostics;

namespace QuoteMiner.Cli.Commands;

/// <summary>
/// A one-line progress display on standard error (documents, documents per second, errors), shown only
/// when standard error is a terminal so that logs and pipes get nothing but the records.
/// </summary>
public sealed class ProgressReporter(TextWriter stderr, bool enabled)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastShown = -1;
    private int documents;
    private int errors;

    public static bool StandardErrorIsTerminal => !Console.IsErrorRedirected;

    public void Report(bool succeeded)
    {
        documents++;
        errors += succeeded ? 0 : 1;
        var seconds = clock.ElapsedMilliseconds / 500;
        if (enabled && seconds != lastShown)
        {
            lastShown = seconds;
            Show();
        }
    }

    public void Finish()
    {
        if (enabled)
        {
            Show();
            stderr.WriteLine();
        }
    }

    private void Show()
    {
        var rate = documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        stderr.Write($"\rquoteminer: {documents:N0} documents, {rate:N0}/s, {errors:N0} errors");
    }
}
