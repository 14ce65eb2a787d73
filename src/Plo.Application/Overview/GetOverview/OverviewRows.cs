using Plo.Application.Delay;
using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>Turns a database row into the overview row: weeks, days overdue, age and rationale status from today's
/// date.</summary>
public static class OverviewRows
{
    /// <param name="r">The row as the database gave it.</param>
    /// <param name="today">The day it is read on.</param>
    /// <param name="options">The RAG and threshold settings.</param>
    /// <param name="caseloads">Children in pre-proceedings held by each user id (from the summary).</param>
    public static OverviewRow ToRow(
        OverviewData r,
        DateOnly today,
        OverviewOptions options,
        IReadOnlyDictionary<string, int> caseloads
    )
    {
        var end = r.ClosedOn ?? today;
        var daysOverdue = r.Overdue && r.NextDue is { } due ? today.DayNumber - due.DayNumber : 0;
        var supervisionOverdue = r.SupervisionDue is { } sup && sup < today ? today.DayNumber - sup.DayNumber : 0;
        return new OverviewRow(
            r.CaseId,
            r.Reference,
            r.ChildId,
            $"{r.FirstName} {r.LastName}",
            Age(r, today),
            r.DateOfBirth is null,
            r.Stage,
            r.StartDate,
            (end.DayNumber - r.StartDate.DayNumber) / 7,
            r.ExpectedEndDate,
            r.ClosedOn is null ? r.NextKind : null,
            r.ClosedOn is null ? r.NextDue : null,
            daysOverdue,
            !r.Overdue ? RationaleStatus.NotNeeded
                : r.RationaleCurrent ? RationaleStatus.Recorded
                : RationaleStatus.Missing,
            r.Rationale is { } x
                ? new CurrentRationaleDto(
                    x.Reason,
                    x.RevisedDate,
                    CurrentRationaleDto.Shorten(x.Narrative),
                    x.RecordedOn,
                    x.RecordedBy,
                    x.RecordedByName
                )
                : null,
            r.Extensions,
            (Rag)r.Rag,
            r.SocialWorkerId,
            r.SocialWorkerName,
            r.TeamManagerId,
            r.TeamManagerName,
            r.TeamName,
            r.LegalAdviserId,
            r.LastDecision,
            r.LastDecisionOn,
            r.LetterSentOn,
            r.OverrideLetters,
            r.ClosedOn,
            r.Outcome,
            RagReasons(r, today, daysOverdue, supervisionOverdue, options),
            r.SupervisionDue,
            supervisionOverdue,
            r.ReassessmentDueSince,
            r.ReassessmentDueSince is { } since ? today.DayNumber - since.DayNumber : null,
            r.WorkerChanges,
            r.WorkerChanges >= options.WorkerChangesAmberFrom,
            r.WaitingForSocialWorker,
            r.ClosedOn is null && caseloads.TryGetValue(r.SocialWorkerId, out var held) ? held : null
        );
    }

    /// <summary>Why the row is red, amber or green, in words, by the same rules (and switches) that set its RAG in
    /// <see cref="OverviewQueries"/>.</summary>
    private static List<string> RagReasons(
        OverviewData r,
        DateOnly today,
        int daysOverdue,
        int supervisionOverdue,
        OverviewOptions o
    )
    {
        if (r.ClosedOn is not null)
        {
            return ["Ended"];
        }

        var overdue = Days(daysOverdue);
        var reasons = new List<string>();
        if (r.Overdue && !r.RationaleCurrent && o.RedWhenOverdueWithoutRationale)
        {
            reasons.Add($"Overdue by {overdue} – no reason recorded");
        }

        if (r.ExpectedEndDate < today && r.Extensions == 0 && o.RedWhenPastEndWithoutExtension)
        {
            reasons.Add($"Past its expected end ({Words.ShortDate(r.ExpectedEndDate)}) – no extension approved");
        }

        if (
            supervisionOverdue > 0
            && o.RedWhenSupervisionOverdueDays is > 0 and var limit
            && supervisionOverdue > limit
        )
        {
            reasons.Add($"Supervision overdue by {Days(supervisionOverdue)} – more than {Days(limit)}");
        }
        else if (supervisionOverdue > 0 && o.AmberWhenSupervisionOverdue)
        {
            reasons.Add($"Supervision overdue by {Days(supervisionOverdue)}");
        }

        if (r.Overdue && r.RationaleCurrent && o.AmberWhenOverdueWithRationale)
        {
            reasons.Add($"Overdue by {overdue} – reason recorded");
        }

        if (reasons.Count == 0 && (Rag)r.Rag == Rag.Amber && r.NextDue is { } due)
        {
            reasons.Add($"Key date due soon ({Words.ShortDate(due)})");
        }

        return reasons.Count == 0 ? ["On track"] : reasons;
    }

    private static string Days(int n) => $"{n} day{(n == 1 ? "" : "s")}";

    private static string Age(OverviewData r, DateOnly today)
    {
        if (r.DateOfBirth is not { } born)
        {
            return r.ExpectedDueDate is { } due ? $"unborn (due {due:yyyy-MM-dd})" : "unborn";
        }

        var months = ((today.Year - born.Year) * 12) + today.Month - born.Month - (today.Day < born.Day ? 1 : 0);
        return months switch
        {
            < 1 => "under 1 month",
            < 24 => $"{months} month{(months == 1 ? "" : "s")}",
            _ => $"{months / 12} years",
        };
    }
}
