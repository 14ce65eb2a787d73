using System.Diagnostics;
using System.Runtime;

namespace Plo.Benchmarks;

/// <summary>
/// <c>overview FAMILIES [ROUNDS] [team-manager]</c>: the overview benchmark's methods timed directly (median of ROUNDS
/// after a warm-up) on the same seeded file, for a quick reading while working, for a senior manager or the busiest
/// team manager (<see cref="OverviewReader"/>): computed from scratch, read just after a change to one case (the change
/// itself not timed), a reader's first read with the figures kept, the first read with nothing kept, and the raw SQL.
/// </summary>
internal static class OverviewTiming
{
    public static int Run(int families, int rounds, OverviewReader reader)
    {
        Console.WriteLine($"garbage collector: {(GCSettings.IsServerGC ? "server" : "workstation")}");
        foreach (
            var reads in new[]
            {
                OverviewReads.Computed,
                OverviewReads.AfterAChange,
                OverviewReads.ReadersFirst,
                OverviewReads.FirstRead,
            }
        )
        {
            var bench = new OverviewBenchmarks
            {
                Families = families,
                Reads = reads,
                Reader = reader,
            };
            bench.Setup();
            try
            {
                Action before = reads == OverviewReads.AfterAChange ? bench.Change_to_one_case : () => { };
                var page = Median(rounds, before, () => bench.Overview());
                Console.WriteLine($"overview first page + summary, {reads}: median {page:0.00} ms");
                if (reads == OverviewReads.Computed)
                {
                    var raw = Median(rounds, () => { }, () => bench.Raw_sql_same_first_page());
                    Console.WriteLine($"raw SQL, same first page: median {raw:0.00} ms");
                }
            }
            finally
            {
                bench.Cleanup();
            }
        }

        return 0;
    }

    /// <param name="rounds">How many times to time <paramref name="action"/>.</param>
    /// <param name="before">Runs before each, untimed.</param>
    /// <param name="action">What is timed.</param>
    private static double Median(int rounds, Action before, Action action)
    {
        // Past tiered compilation's 30 calls, so the rounds time optimised code as a running server would.
        for (var i = 0; i < 40; i++)
        {
            before();
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            before();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
