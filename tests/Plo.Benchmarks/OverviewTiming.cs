using System.Diagnostics;

namespace Plo.Benchmarks;

/// <summary>
/// <c>overview FAMILIES [ROUNDS] [cached]</c>: the overview benchmark's two methods timed directly (median of ROUNDS
/// after a warm-up) on the same seeded file, for a quick reading while working.
/// </summary>
internal static class OverviewTiming
{
    public static int Run(int families, int rounds, bool cached)
    {
        var bench = new OverviewBenchmarks { Families = families, Cached = cached };
        bench.Setup();
        try
        {
            var page = Median(rounds, () => bench.Overview_first_page_and_summary());
            var raw = Median(rounds, () => bench.Raw_sql_same_first_page());
            Console.WriteLine($"overview first page + summary: median {page:0.00} ms");
            Console.WriteLine($"raw SQL, same first page:      median {raw:0.00} ms");
            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static double Median(int rounds, Action action)
    {
        // Past tiered compilation's 30 calls, so the rounds time optimised code as a running server would.
        for (var i = 0; i < 40; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
