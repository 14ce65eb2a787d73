using System.Data.Common;
using Plo.Application.Overview.GetOverview;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Names the index SQLite should read a case through in the overview's facts for every case (queries tagged
/// <see cref="OverviewQueries.FactsForEveryCaseTag"/>). Without statistics SQLite's planner looks each case up by its
/// primary key and then reads the case's row, where <c>IX_Cases_OverviewFacts</c> (made by the SQLite migration
/// <c>OverviewCoveringIndexes</c>) holds every column the facts need: at 10,000 children, a third of the read.
/// </summary>
internal static class SqliteIndexHints
{
    private const string Cases = "FROM \"Cases\" AS \"c\"";

    public static DbCommand Apply(DbCommand command)
    {
        // A query of another shape is left as EF wrote it (OverviewFactsTests fails if the facts lose their index).
        var at = command.CommandText.StartsWith("-- " + OverviewQueries.FactsForEveryCaseTag, StringComparison.Ordinal)
            ? command.CommandText.IndexOf(Cases, StringComparison.Ordinal)
            : -1;
        if (at >= 0)
        {
            command.CommandText = command.CommandText.Insert(
                at + Cases.Length,
                " INDEXED BY \"IX_Cases_OverviewFacts\""
            );
        }

        return command;
    }
}
