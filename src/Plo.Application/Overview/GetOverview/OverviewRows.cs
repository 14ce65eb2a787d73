using Plo.Application.Delay;
using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>Turns a database row into the overview row: weeks, days overdue, age and rationale status from today's
/// date.</summary>
public static class OverviewRows
{
    public static OverviewRow ToRow(OverviewData r, DateOnly today, OverviewOptions options)
    {
        var end = r.ClosedOn ?? today;
        var daysOverdue = r.Overdue && r.NextDue is { } due ? today.DayNumber - due.DayNumber : 0;
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
            RagReasons(r, today, daysOverdue, options)
        );
    }

    /// <summary>Why the row is red, amber or green, in words, by the same rules (and switches) that set its RAG in
    /// <see cref="OverviewQueries"/>.</summary>
    private static List<string> RagReasons(OverviewData r, DateOnly today, int daysOverdue, OverviewOptions o)
    {
        if (r.ClosedOn is not null)
        {
            return ["Ended"];
        }

        var overdue = $"{daysOverdue} day{(daysOverdue == 1 ? "" : "s")}";
        var reasons = new List<string>();
        if (r.Overdue && !r.RationaleCurrent && o.RedWhenOverdueWithoutRationale)
        {
            reasons.Add($"Overdue by {overdue} – no reason recorded");
        }

        if (r.ExpectedEndDate < today && r.Extensions == 0 && o.RedWhenPastEndWithoutExtension)
        {
            reasons.Add($"Past its expected end ({Words.ShortDate(r.ExpectedEndDate)}) – no extension approved");
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
