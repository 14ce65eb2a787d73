using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Delay;
using Plo.Domain.Cases;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>One row per child's episode, flattened for SQL: every column is computed by the database.</summary>
public sealed class OverviewData
{
    public Guid CaseId { get; init; }
    public string Reference { get; init; } = "";
    public Guid ChildId { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? ExpectedDueDate { get; init; }
    public EpisodeStage Stage { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly ExpectedEndDate { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public ExitOutcome? Outcome { get; init; }
    public ReviewPointKind? NextKind { get; init; }
    public DateOnly? NextDue { get; init; }
    public bool RationaleCurrent { get; init; }
    public OverviewRationale? Rationale { get; init; }
    public int Extensions { get; init; }
    public string SocialWorkerId { get; init; } = "";
    public string? SocialWorkerName { get; init; }
    public string TeamManagerId { get; init; } = "";
    public string? TeamManagerName { get; init; }
    public Guid? TeamId { get; init; }
    public string? TeamName { get; init; }
    public string? LegalAdviserId { get; init; }
    public DecisionOption? LastDecision { get; init; }
    public DateOnly? LastDecisionOn { get; init; }
    public DateOnly? LetterSentOn { get; init; }
    public int OverrideLetters { get; init; }
    public bool Overdue { get; init; }
    public int Rag { get; init; }
    public DateOnly? SupervisionDue { get; init; }
    public DateOnly? ReassessmentDueSince { get; init; }
    public int WorkerChanges { get; init; }
    public bool WaitingForSocialWorker { get; init; }
}

/// <summary>A family and its changes of social worker in the last 12 months, as the database returns them.</summary>
public sealed class WorkerChangeCount
{
    public Guid CaseId { get; init; }
    public int Changes { get; init; }
}

/// <summary>The current rationale of a row, as the database returns it.</summary>
public sealed class OverviewRationale
{
    public DelayReason Reason { get; init; }
    public DateOnly RevisedDate { get; init; }
    public string Narrative { get; init; } = "";
    public DateOnly RecordedOn { get; init; }
    public string RecordedBy { get; init; } = "";
    public string? RecordedByName { get; init; }
}

/// <summary>The overview's queries: the rows (composable, so filters, sorting and paging run in SQL) and the
/// summary.</summary>
public sealed class OverviewQueries(
    IPloDbContext db,
    ICurrentUser user,
    OverviewOptions options,
    DateOnly today,
    DateOnly amberLimit
)
{
    /// <summary>Supervision due before this day is overdue by more than the red limit.</summary>
    private readonly DateOnly _supervisionRedBefore =
        options.RedWhenSupervisionOverdueDays > 0
            ? today.AddDays(-options.RedWhenSupervisionOverdueDays)
            : DateOnly.MinValue;

    private readonly DateTime _yearAgo = today.AddMonths(-12).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public IQueryable<OverviewData> Rows(bool closed, DateOnly since)
    {
        var rows =
            from c in db.Cases.AsNoTracking().Where(CaseReach.VisibleTo(user, db))
            from e in c.Episodes
            where closed ? e.ClosedOn != null && e.ClosedOn >= since : e.ClosedOn == null
            select new
            {
                c,
                e,
                // A correlated lookup rather than a join: queries that do not show the child (sorting keys, the
                // summary) skip it entirely.
                ch = c.Children.FirstOrDefault(ch => ch.Id == e.ChildId),
                NextDue = c.NextKeyDate == null ? (DateOnly?)null : c.NextKeyDate.DueOn,
                worker = db.Staff.FirstOrDefault(s => s.UserId == c.Allocation.SocialWorkerId),
                // Derived state kept current on the case by each unit of work, so the RAG is a comparison of columns.
                RationaleCurrent = c.RationaleValidUntil >= today,
                Extensions = c.ExtensionCount,
                SupervisionOverdue = c.SupervisionDueOn < today,
            };

        return rows.Select(x => new OverviewData
        {
            CaseId = x.c.Id,
            Reference = x.c.Reference,
            ChildId = x.e.ChildId,
            FirstName = x.ch!.FirstName,
            LastName = x.ch!.LastName,
            DateOfBirth = x.ch!.DateOfBirth,
            ExpectedDueDate = x.ch!.ExpectedDueDate,
            Stage = x.e.Stage,
            StartDate = x.e.StartDate,
            ExpectedEndDate = x.e.ExpectedEndDate,
            ClosedOn = x.e.ClosedOn,
            Outcome = x.e.Outcome,
            NextKind = x.c.NextKeyDate == null ? null : x.c.NextKeyDate.Kind,
            NextDue = x.NextDue,
            RationaleCurrent = x.RationaleCurrent,
            Rationale = x
                .c.DelayRationales.Where(r => r.RevisedDate >= today)
                .OrderByDescending(r => r.RecordedOn)
                .ThenByDescending(r => r.Id)
                .Select(r => new OverviewRationale
                {
                    Reason = r.Reason,
                    RevisedDate = r.RevisedDate,
                    // one more, so Shorten knows it was cut
                    Narrative = r.Narrative.Substring(0, CurrentRationaleDto.NarrativeLength + 1),
                    RecordedOn = r.RecordedOn,
                    RecordedBy = r.RecordedBy,
                    RecordedByName = db
                        .Staff.Where(s => s.UserId == r.RecordedBy)
                        .Select(s => s.DisplayName)
                        .FirstOrDefault(),
                })
                .FirstOrDefault(),
            Extensions = x.Extensions,
            SocialWorkerId = x.c.Allocation.SocialWorkerId,
            SocialWorkerName = x.worker!.DisplayName,
            TeamManagerId = x.c.Allocation.TeamManagerId,
            TeamManagerName = db
                .Staff.Where(s => s.UserId == x.c.Allocation.TeamManagerId)
                .Select(s => s.DisplayName)
                .FirstOrDefault(),
            TeamId = x.worker!.TeamId,
            TeamName = db.Teams.Where(t => t.Id == x.worker!.TeamId).Select(t => t.Name).FirstOrDefault(),
            LegalAdviserId = x.c.Allocation.LegalAdviserId,
            LastDecision = x
                .c.Decisions.OrderByDescending(d => d.DecidedOn)
                .Select(d => (DecisionOption?)d.Option)
                .FirstOrDefault(),
            LastDecisionOn = x
                .c.Decisions.OrderByDescending(d => d.DecidedOn)
                .Select(d => (DateOnly?)d.DecidedOn)
                .FirstOrDefault(),
            LetterSentOn = x.c.LetterSentOn,
            OverrideLetters = db.Letters.Count(l => l.CaseId == x.c.Id && l.OverrideReason != null),
            Overdue = x.e.ClosedOn == null && x.NextDue < today,
            Rag =
                x.e.ClosedOn == null
                && (
                    (options.RedWhenOverdueWithoutRationale && x.NextDue < today && !x.RationaleCurrent)
                    || (options.RedWhenPastEndWithoutExtension && x.e.ExpectedEndDate < today && x.Extensions == 0)
                    || x.c.SupervisionDueOn < _supervisionRedBefore
                )
                    ? (int)Rag.Red
                : x.e.ClosedOn == null
                && (
                    (options.AmberWhenOverdueWithRationale && x.NextDue < today && x.RationaleCurrent)
                    || (x.NextDue >= today && x.NextDue <= amberLimit)
                    || (options.AmberWhenSupervisionOverdue && x.SupervisionOverdue)
                )
                    ? (int)Rag.Amber
                : (int)Rag.Green,
            SupervisionDue = x.e.ClosedOn == null ? x.c.SupervisionDueOn : null,
            ReassessmentDueSince = x.e.ClosedOn == null ? x.c.ReassessmentDueSince : null,
            WorkerChanges = x.c.AllocationHistory.Count(a =>
                a.Role == AllocatedRole.SocialWorker && a.FromUserId != null && a.At >= _yearAgo
            ),
            // A case held by someone who is not a social worker (a team manager) waits for one.
            WaitingForSocialWorker = x.worker != null && !x.worker.Roles.Contains(Roles.SocialWorker),
        });
    }

    /// <summary>Counts and percentiles over every active child the user may see, and exits in the last 12 months: three
    /// lean queries.</summary>
    public async Task<OverviewSummary> SummaryAsync(CancellationToken ct)
    {
        // Grouped in the database: a few hundred rows (one per start date, stage and state) whatever the number of
        // children.
        var groups = await Rows(closed: false, today)
            .GroupBy(r => new
            {
                r.StartDate,
                r.Stage,
                r.Rag,
                MissingRationale = r.Overdue && !r.RationaleCurrent,
                SupervisionOverdue = r.SupervisionDue < today,
                ReassessmentDue = r.ReassessmentDueSince != null,
            })
            .Select(g => new
            {
                g.Key.StartDate,
                g.Key.Stage,
                g.Key.Rag,
                g.Key.MissingRationale,
                g.Key.SupervisionOverdue,
                g.Key.ReassessmentDue,
                Children = g.Count(),
            })
            .ToListAsync(ct);
        var caseloads = await CaseloadsAsync(ct);
        var changedOften = ChangedOften().Select(c => c.CaseId);
        var frequentChanges = await Rows(closed: false, today).CountAsync(r => changedOften.Contains(r.CaseId), ct);
        var families = await db
            .Cases.Where(CaseReach.VisibleTo(user, db))
            .CountAsync(c => c.Episodes.Any(e => e.ClosedOn == null), ct);
        var exits = await Rows(closed: true, today.AddMonths(-12))
            .Select(r => new
            {
                r.Outcome,
                r.StartDate,
                r.ClosedOn,
            })
            .ToListAsync(ct);
        var yearAgo = today.AddMonths(-12);
        var met = await db
            .Cases.Where(CaseReach.VisibleTo(user, db))
            .SelectMany(c => c.MetKeyDates)
            .Where(k => k.MetOn > yearAgo)
            .GroupBy(k => k.WorkingDaysLate == 0)
            .Select(g => new { OnTime = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var (metCount, onTime) = (met.Sum(m => m.Count), met.Where(m => m.OnTime).Sum(m => m.Count));

        var weeks = groups
            .SelectMany(g => Enumerable.Repeat((today.DayNumber - g.StartDate.DayNumber) / 7.0, g.Children))
            .Order()
            .ToList();
        return new OverviewSummary(
            groups.Sum(g => g.Children),
            families,
            groups.GroupBy(g => g.Stage).ToDictionary(g => g.Key, g => g.Sum(x => x.Children)),
            Enum.GetValues<Rag>().ToDictionary(r => r, r => groups.Where(g => g.Rag == (int)r).Sum(g => g.Children)),
            Percentile(weeks, 0.5),
            Percentile(weeks, 0.9),
            weeks.Count(w => w > options.ExpectedWeeks),
            groups.Where(g => g.MissingRationale).Sum(g => g.Children),
            [
                .. exits
                    .GroupBy(e => ExitGroups.Of(e.Outcome!.Value))
                    .OrderBy(g => g.Key)
                    .Select(g => new ExitSummary(
                        g.Key,
                        g.Count(),
                        Percentile(
                            [.. g.Select(e => (e.ClosedOn!.Value.DayNumber - e.StartDate.DayNumber) / 7.0).Order()],
                            0.5
                        )
                    )),
            ],
            new KeyDatesMet(metCount, onTime, metCount == 0 ? null : Math.Round(100.0 * onTime / metCount, 1)),
            groups.Where(g => g.SupervisionOverdue).Sum(g => g.Children),
            groups.Where(g => g.ReassessmentDue).Sum(g => g.Children),
            caseloads.Where(c => c.HoldingForSocialWorker).Sum(c => c.ChildrenInPreProceedings),
            frequentChanges,
            caseloads
        );
    }

    /// <summary>
    /// The families whose social worker changed at least <see cref="OverviewOptions.WorkerChangesAmberFrom"/> times in
    /// the last 12 months, with how many times: one pass over the allocation history, where a count per child would
    /// look it up for every child.
    /// </summary>
    public IQueryable<WorkerChangeCount> ChangedOften() =>
        db
            .Cases.SelectMany(c => c.AllocationHistory, (c, a) => new { c.Id, Change = a })
            .Where(x =>
                x.Change.Role == AllocatedRole.SocialWorker && x.Change.FromUserId != null && x.Change.At >= _yearAgo
            )
            .GroupBy(x => x.Id)
            .Where(g => g.Count() >= options.WorkerChangesAmberFrom)
            .Select(g => new WorkerChangeCount { CaseId = g.Key, Changes = g.Count() });

    /// <summary>Children in pre-proceedings held by each member of staff in the social worker's place (by the
    /// database, one row per holder), with what the staff directory knows of them.</summary>
    private async Task<List<Caseload>> CaseloadsAsync(CancellationToken ct)
    {
        var held = await Rows(closed: false, today)
            .GroupBy(r => r.SocialWorkerId)
            .Select(g => new { UserId = g.Key, Children = g.Count() })
            .ToListAsync(ct);
        var ids = held.Select(h => h.UserId).ToList();
        var staff = await db
            .Staff.AsNoTracking()
            .Where(s => ids.Contains(s.UserId))
            .Select(s => new
            {
                s.UserId,
                s.DisplayName,
                s.Roles,
                s.TotalCaseload,
                Team = db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.UserId, ct);
        return
        [
            .. held.Select(h =>
                    staff.TryGetValue(h.UserId, out var s)
                        ? new Caseload(
                            h.UserId,
                            s.DisplayName,
                            s.Team,
                            h.Children,
                            s.TotalCaseload,
                            !s.Roles.Contains(Roles.SocialWorker),
                            h.Children > options.CaseloadAmberAbove || s.TotalCaseload > options.TotalCaseloadAmberAbove
                        )
                        : new Caseload(h.UserId, null, null, h.Children, null, false, false)
                )
                .OrderBy(c => c.Team ?? "\uffff", StringComparer.Ordinal)
                .ThenByDescending(c => c.ChildrenInPreProceedings)
                .ThenBy(c => c.Name ?? c.UserId, StringComparer.Ordinal),
        ];
    }

    /// <summary>Linear interpolation between closest ranks of a sorted list; 0 when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + ((sorted[high] - sorted[low]) * (rank - low)), 1);
    }
}
