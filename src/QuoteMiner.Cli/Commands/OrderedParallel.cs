namespace QuoteMiner.Cli.Commands;

/// <summary>
/// Maps a stream on several threads and yields the results in input order, with at most a window of
/// items in flight: memory grows with the window, not with the size of the batch.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int threads)
    {
        if (threads <= 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        var window = threads * 4;
        var inFlight = new Queue<Task<TResult>>(window);
        using var slots = new SemaphoreSlim(threads);
        foreach (var item in source)
        {
            inFlight.Enqueue(Task.Run(async () =>
            {
                await slots.WaitAsync().ConfigureAwait(false);
                try
                {
                    return map(item);
                }
                finally
                {
                    slots.Release();
                }
            }));
            if (inFlight.Count >= window)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (inFlight.Count > 0)
        {
            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }
}
