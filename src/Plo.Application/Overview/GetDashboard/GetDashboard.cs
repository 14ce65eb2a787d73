using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Meetings;

namespace Plo.Application.Overview.GetDashboard;

/// <summary>
/// The manager's view over every child the user may see: what needs them first (overdue without a reason, past the
/// expected end without an extension, letters waiting too long for approval) and the figures behind the charts.
/// </summary>
/// <remarks>Without <c>Charts</c> (a team manager's home) only "Needs you" is worked out. With
/// <c>EveryDraftLetter</c> (the team manager's queue) every letter waiting for approval is listed, however new.
/// </remarks>
[NotCaseScoped]
public sealed record GetDashboardQuery(bool Charts = true, bool EveryDraftLetter = false) : IQuery<DashboardDto>;

public sealed class GetDashboardQueryHandler(
    IPloDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    WorkingDayCalendar calendar,
    IOptions<OverviewOptions> options
) : IQueryHandler<GetDashboardQuery, DashboardDto>
{
    private const int WeeksPerBucket = 4;
    private const int LastBucketFrom = 24;
    private const int MaxItems = 100;

    /// <summary>Supervision due within this many working days is listed as coming up.</summary>
    private const int SupervisionWindowWorkingDays = 10;

    public async ValueTask<DashboardDto> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var settings = options.Value;
        var queries = OverviewQueries.For(db, user, settings, calendar, today);
        var rows = queries.Rows(closed: false, today);
        var changes = await queries.ChangedOften().ToDictionaryAsync(c => c.CaseId, c => c.Changes, cancellationToken);

        var active = await rows.Select(r => new ActiveChild(
                r.CaseId,
                r.Reference,
                $"{r.FirstName} {r.LastName}",
                r.StartDate,
                r.ExpectedEndDate,
                r.NextKind,
                r.NextDue,
                r.Overdue,
                r.RationaleCurrent,
                r.Extensions,
                r.TeamName,
                r.Rag,
                r.SocialWorkerName,
                r.SupervisionDue,
                r.ReassessmentDueSince,
                r.WaitingForSocialWorker,
                0
            ))
            .ToListAsync(cancellationToken);
        active = [.. active.Select(r => r with { WorkerChanges = changes.GetValueOrDefault(r.CaseId) })];
        var oversight = FamilyOversight.Of(
            active,
            today,
            calendar.AddWorkingDays(today, SupervisionWindowWorkingDays),
            settings.WorkerChangesAmberFrom
        );

        var needsYou = new List<AttentionItem>();
        foreach (var r in active.OrderBy(r => r.NextDue))
        {
            var child = r.Name;
            if (r.Overdue && !r.RationaleCurrent && r.NextDue is { } due)
            {
                needsYou.Add(
                    AttentionItem.Waiting(
                        AttentionReason.OverdueWithoutRationale,
                        r.CaseId,
                        r.Reference,
                        $"{child}: {Words.For(r.NextKind!.Value)} was due {Words.ShortDate(due)}",
                        due,
                        today,
                        "A reason for the delay and a revised date"
                    )
                );
            }

            if (r.ExpectedEndDate < today && r.Extensions == 0)
            {
                needsYou.Add(
                    AttentionItem.Waiting(
                        AttentionReason.PastExpectedEndWithoutExtension,
                        r.CaseId,
                        r.Reference,
                        $"{child}: {(today.DayNumber - r.StartDate.DayNumber) / 7} weeks in pre-proceedings",
                        r.ExpectedEndDate,
                        today,
                        "An approved extension, or a decision to step down or issue proceedings"
                    )
                );
            }
        }

        needsYou.AddRange(
            await WaitingLettersAsync(
                today,
                query.EveryDraftLetter ? 0 : settings.LetterApprovalWorkingDays,
                cancellationToken
            )
        );
        var openCases = CaseReach.OpenCasesVisibleTo(user, db);
        needsYou.AddRange(await MeetingsWithoutOutcomeAsync(openCases, today, cancellationToken));
        needsYou.AddRange(await CarriedOnActionsOverdueAsync(openCases, today, cancellationToken));

        needsYou.AddRange(oversight.NeedsYou(today));
        List<AttentionItem> longestFirst = [.. needsYou.OrderByDescending(i => i.Days).Take(MaxItems)];
        if (!query.Charts)
        {
            return new DashboardDto(longestFirst, [], settings.ExpectedWeeks, [], [], oversight);
        }

        return new DashboardDto(
            longestFirst,
            Buckets(active.Select(r => (today.DayNumber - r.StartDate.DayNumber) / 7)),
            settings.ExpectedWeeks,
            [
                .. active
                    .GroupBy(r => r.TeamName ?? "No team")
                    .OrderBy(g => g.Key)
                    .Select(g => new TeamRag(
                        g.Key,
                        g.Count(r => r.Rag == (int)Rag.Red),
                        g.Count(r => r.Rag == (int)Rag.Amber),
                        g.Count(r => r.Rag == (int)Rag.Green)
                    )),
            ],
            await KeyDatesByMonthAsync(today, cancellationToken),
            oversight
        );
    }

    /// <summary>Letters not yet approved that were drafted more than <paramref name="workingDays"/> ago (the
    /// dashboard waits <c>Overview:LetterApprovalWorkingDays</c>; the team manager's queue waits none).</summary>
    private async Task<IEnumerable<AttentionItem>> WaitingLettersAsync(
        DateOnly today,
        int workingDays,
        CancellationToken ct
    )
    {
        var before =
            workingDays == 0
                ? DateTime.MaxValue
                : calendar.SubtractWorkingDays(today, workingDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var letters = await db
            .Letters.AsNoTracking()
            .Where(l => l.Status == LetterStatus.Draft && l.CreatedAt < before)
            .Join(
                db.Cases.AsNoTracking().Where(CaseReach.VisibleTo(user, db)),
                l => l.CaseId,
                c => c.Id,
                (l, c) =>
                    new
                    {
                        l.CaseId,
                        c.Reference,
                        l.Kind,
                        l.RecipientName,
                        l.CreatedAt,
                    }
            )
            .OrderBy(l => l.CreatedAt)
            .Take(MaxItems)
            .ToListAsync(ct);
        return letters.Select(l =>
        {
            var drafted = DateOnly.FromDateTime(l.CreatedAt);
            return AttentionItem.Waiting(
                AttentionReason.LetterAwaitingApproval,
                l.CaseId,
                l.Reference,
                $"{Words.For(l.Kind)} to {l.RecipientName}, drafted {Words.ShortDate(drafted)}",
                drafted,
                today,
                "A team manager's approval"
            );
        });
    }

    /// <summary>Meetings whose date has passed with no outcome recorded.</summary>
    private static async Task<IEnumerable<AttentionItem>> MeetingsWithoutOutcomeAsync(
        IQueryable<FamilyCase> cases,
        DateOnly today,
        CancellationToken ct
    )
    {
        var meetings = await cases
            .SelectMany(c => c.Meetings, (c, m) => new { Case = c, Item = m })
            .Where(x => x.Item.Outcome == null && x.Item.ScheduledOn < today)
            .OrderBy(x => x.Item.ScheduledOn)
            .Take(MaxItems)
            .Select(x => new PastMeeting(x.Case.Id, x.Case.Reference, x.Item.Kind, x.Item.ScheduledOn))
            .ToListAsync(ct);
        return meetings.Select(m =>
            AttentionItem.Waiting(
                AttentionReason.MeetingOutcomeMissing,
                m.CaseId,
                m.Reference,
                $"{Words.For(m.Kind)} on {Words.ShortDate(m.ScheduledOn)}",
                m.ScheduledOn,
                today,
                "The meeting's outcome and a result for each open action"
            )
        );
    }

    /// <summary>Written-agreement actions a meeting carried on (so still open, reviewed before) whose new due date
    /// has passed.</summary>
    private static async Task<IEnumerable<AttentionItem>> CarriedOnActionsOverdueAsync(
        IQueryable<FamilyCase> cases,
        DateOnly today,
        CancellationToken ct
    )
    {
        var actions = await cases
            .SelectMany(c => c.Actions, (c, a) => new { Case = c, Item = a })
            .Where(x => x.Item.Status == ActionStatus.Open && x.Item.DueOn < today && x.Item.Reviews.Count > 0)
            .OrderBy(x => x.Item.DueOn)
            .Take(MaxItems)
            .Select(x => new LateAction(x.Case.Id, x.Case.Reference, x.Item.Description, x.Item.DueOn))
            .ToListAsync(ct);
        return actions.Select(a =>
            AttentionItem.Waiting(
                AttentionReason.CarriedOnActionOverdue,
                a.CaseId,
                a.Reference,
                $"Carried-on action “{Excerpt(a.Description)}” was due again {Words.ShortDate(a.DueOn)}",
                a.DueOn,
                today,
                "A check on progress with the family, and its result at the next meeting"
            )
        );
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : $"{text[..79].TrimEnd()}…";

    private static List<WeeksBucket> Buckets(IEnumerable<int> weeks)
    {
        var counts = weeks.CountBy(w => Math.Min(w, LastBucketFrom) / WeeksPerBucket).ToDictionary();
        return
        [
            .. Enumerable
                .Range(0, (LastBucketFrom / WeeksPerBucket) + 1)
                .Select(b => new WeeksBucket(
                    b * WeeksPerBucket,
                    b * WeeksPerBucket >= LastBucketFrom ? null : (b * WeeksPerBucket) + WeeksPerBucket - 1,
                    counts.GetValueOrDefault(b)
                )),
        ];
    }

    /// <summary>Key dates met in each of the last 12 months (this one included), and how many on time.</summary>
    private async Task<IReadOnlyList<MonthKeyDates>> KeyDatesByMonthAsync(DateOnly today, CancellationToken ct)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var met = await db
            .Cases.AsNoTracking()
            .Where(CaseReach.VisibleTo(user, db))
            .SelectMany(c => c.MetKeyDates)
            .Where(k => k.MetOn >= first)
            .GroupBy(k => new
            {
                k.MetOn.Year,
                k.MetOn.Month,
                OnTime = k.WorkingDaysLate == 0,
            })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                g.Key.OnTime,
                Count = g.Count(),
            })
            .ToListAsync(ct);
        return
        [
            .. Enumerable
                .Range(0, 12)
                .Select(i => first.AddMonths(i))
                .Select(m => new MonthKeyDates(
                    m.Year,
                    m.Month,
                    met.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Count),
                    met.Where(x => x.Year == m.Year && x.Month == m.Month && x.OnTime).Sum(x => x.Count)
                )),
        ];
    }
}

internal sealed record PastMeeting(Guid CaseId, string Reference, MeetingKind Kind, DateOnly ScheduledOn);

internal sealed record LateAction(Guid CaseId, string Reference, string Description, DateOnly DueOn);

/// <summary>What the dashboard needs of each active child's overview row. <c>WorkerChanges</c> is counted only for
/// families at or above the amber threshold (0 for the others), which is all the dashboard lists.</summary>
internal sealed record ActiveChild(
    Guid CaseId,
    string Reference,
    string Name,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    ReviewPointKind? NextKind,
    DateOnly? NextDue,
    bool Overdue,
    bool RationaleCurrent,
    int Extensions,
    string? TeamName,
    int Rag,
    string? SocialWorkerName,
    DateOnly? SupervisionDue,
    DateOnly? ReassessmentDueSince,
    bool WaitingForSocialWorker,
    int WorkerChanges
);
