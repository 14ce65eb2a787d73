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
        if (command.CommandText.StartsWith("-- " + OverviewQueries.FactsForEveryCaseTag, StringComparison.Ordinal))
        {
            var at = command.CommandText.IndexOf(Cases, StringComparison.Ordinal) + Cases.Length;
            command.CommandText = command.CommandText.Insert(at, " INDEXED BY \"IX_Cases_OverviewFacts\"");
        }

        return command;
    }
}
