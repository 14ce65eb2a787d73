using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Plo.Application.Overview.GetOverview;

namespace Plo.Infrastructure.Persistence;

/// <summary>
/// Tells SQLite's planner, which has no statistics, how to read two of the overview's queries, found by their tags
/// (a query of another shape is left as EF wrote it; <c>OverviewFactsTests</c> fails if a hint stops applying):
/// <list type="bullet">
/// <item>The facts for every case (<see cref="OverviewQueries.FactsForEveryCaseTag"/>) name
/// <c>IX_Cases_OverviewFacts</c> (made by the SQLite migration <c>OverviewCoveringIndexes</c>), which holds every
/// column they need: alone, the planner looks each case up by its primary key and then reads the case's row (at 10,000
/// children, a third of the read).</item>
/// <item>The rows of a reader who reaches some cases (<see cref="OverviewQueries.ReachedCasesFirstTag"/>) join their
/// episodes with <c>CROSS JOIN</c>, which SQLite reads in the order written: the cases the reader reaches first,
/// through the allocation's indexes, then their episodes. Alone, the planner starts from every episode.</item>
/// </list>
/// Applied to every command EF runs on SQLite, as it is made, and by <see cref="PloDbContext.CommandFor"/> to the
/// commands it makes for reading straight from the data reader, which EF's interceptors never see.
/// </summary>
internal sealed class SqliteIndexHints : DbCommandInterceptor
{
    private const string Cases = "FROM \"Cases\" AS \"c\"";
    private const string EpisodesJoin = "INNER JOIN (";

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) => Apply(result);

    public static DbCommand Apply(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.StartsWith("-- ", StringComparison.Ordinal))
        {
            return command; // untagged
        }

        var at = text.IndexOf(Cases, StringComparison.Ordinal) + Cases.Length;
        if (at < Cases.Length)
        {
            return command;
        }

        if (Tagged(text, OverviewQueries.FactsForEveryCaseTag))
        {
            command.CommandText = text.Insert(at, " INDEXED BY \"IX_Cases_OverviewFacts\"");
        }
        else if (Tagged(text, OverviewQueries.ReachedCasesFirstTag))
        {
            // The episodes' join straight after the cases, as EF writes it for the rows.
            var join = at + (text.Length - at - text.AsSpan(at).TrimStart().Length);
            if (text.AsSpan(join).StartsWith(EpisodesJoin))
            {
                command.CommandText = string.Concat(text.AsSpan(0, join), "CROSS", text.AsSpan(join + "INNER".Length));
            }
        }

        return command;
    }

    /// <summary>Whether the tag is among the comment lines EF writes before the query.</summary>
    private static bool Tagged(string text, string tag)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("-- "))
            {
                return false;
            }

            if (line[3..].SequenceEqual(tag))
            {
                return true;
            }
        }

        return false;
    }
}
