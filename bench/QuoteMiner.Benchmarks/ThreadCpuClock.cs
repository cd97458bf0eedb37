using System.Runtime.InteropServices;

namespace QuoteMiner.Benchmarks;

/// <summary>
/// CPU seconds used by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared machine it
/// leaves out the time the thread waited for a core, which the wall clock counts, so a one-thread figure
/// can be compared between runs made under different loads.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClockId = 3;

    /// <summary>The thread's CPU seconds so far, or null where the clock is not available.</summary>
    public static double? Seconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return ClockGetTime(ThreadCpuTimeClockId, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
