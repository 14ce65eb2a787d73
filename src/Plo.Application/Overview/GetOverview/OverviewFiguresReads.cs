using Plo.Application.Common.Abstractions;

namespace Plo.Application.Overview.GetOverview;

/// <summary>The summary's inputs as read for one reader and day: the active children's facts, and meanwhile on a
/// second connection the history (it does not depend on them).</summary>
public static class OverviewFiguresReads
{
    /// <summary>All of them, counted over the cases the reader may see.</summary>
    public static async Task<(IReadOnlyList<SummaryFact>, SummaryHistory)> ReadAsync(
        OverviewQueries queries,
        IConcurrentReads concurrently,
        CancellationToken ct
    )
    {
        var history = concurrently.StartAsync(other => queries.On(other).HistoryAsync(ct));
        var facts = await FactsAfterAsync(history, () => queries.FactsAsync(queries.ActiveRows(), ct));
        return (facts, await history);
    }

    /// <summary>By case (<see cref="OverviewFigures"/>): of these cases, or of every case the reader may see when
    /// null.</summary>
    public static async Task<CaseFiguresRead> ByCaseAsync(
        OverviewQueries queries,
        IConcurrentReads concurrently,
        IReadOnlySet<Guid>? cases,
        CancellationToken ct
    )
    {
        var active = queries.ActiveRows();
        if (cases is not null)
        {
            // A few cases: one connection, in turn.
            List<Guid> ids = [.. cases];
            var some = await queries.FactsAsync(active.Where(r => ids.Contains(r.CaseId)), ct);
            var (changedOften, exits, met) = await queries.HistoryByCaseAsync(cases, ct);
            return new CaseFiguresRead(some, changedOften, exits, met);
        }

        var history = concurrently.StartAsync(other => queries.On(other).HistoryByCaseAsync(null, ct));
        var facts = await FactsAfterAsync(history, () => queries.FactsAsync(active, ct));
        var (changed, allExits, allMet) = await history;
        return new CaseFiguresRead(facts, changed, allExits, allMet);
    }

    /// <summary>Reads the facts while <paramref name="history"/> runs on its own connection: if the facts fail, the
    /// history ends (and gives its context back) before the error goes on.</summary>
    private static async Task<List<SummaryFact>> FactsAfterAsync(Task history, Func<Task<List<SummaryFact>>> facts)
    {
        try
        {
            return await facts();
        }
        catch
        {
            await history.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }
}
