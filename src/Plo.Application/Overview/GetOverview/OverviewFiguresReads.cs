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
        return await FactsBesideAsync(queries, concurrently, other => other.HistoryAsync(ct), ct);
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
        if (cases is not null)
        {
            // A few cases: one connection, in turn.
            List<Guid> ids = [.. cases];
            var some = await queries.FactsAsync(queries.ActiveRows().Where(r => ids.Contains(r.CaseId)), ct);
            var (changedOften, exits, met) = await queries.HistoryByCaseAsync(cases, ct);
            return new CaseFiguresRead(some, changedOften, exits, met);
        }

        var (facts, (changed, allExits, allMet)) = await FactsBesideAsync(
            queries,
            concurrently,
            other => other.HistoryByCaseAsync(null, ct),
            ct
        );
        return new CaseFiguresRead(facts, changed, allExits, allMet);
    }

    /// <summary>Reads every active child's facts while <paramref name="history"/> runs on its own connection: if the
    /// facts fail, the history ends (and gives its context back) before the error goes on.</summary>
    private static async Task<(List<SummaryFact> Facts, T History)> FactsBesideAsync<T>(
        OverviewQueries queries,
        IConcurrentReads concurrently,
        Func<OverviewQueries, Task<T>> history,
        CancellationToken ct
    )
    {
        var reading = concurrently.StartAsync(other => history(queries.On(other)));
        List<SummaryFact> facts;
        try
        {
            facts = await queries.FactsAsync(queries.ActiveRows(), ct);
        }
        catch
        {
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        return (facts, await reading);
    }
}
