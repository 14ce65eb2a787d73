using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Letters;
using Plo.Domain.Meetings;

namespace Plo.Application.Overview.GetCaseWork;

/// <summary>
/// The day-to-day work on each open case the user may see: written-agreement actions due by the end of this week
/// (overdue ones included) and letters still in draft. Filters narrow to one social worker or team manager.
/// </summary>
[NotCaseScoped]
public sealed record GetCaseWorkQuery(string? SocialWorker = null, string? TeamManager = null)
    : IQuery<IReadOnlyList<CaseWork>>;

/// <summary>One case's work: open actions due by Sunday (of which overdue), and letters in draft.</summary>
public sealed record CaseWork(Guid CaseId, int ActionsDueThisWeek, int ActionsOverdue, int LettersInDraft);

public sealed class GetCaseWorkQueryHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCaseWorkQuery, IReadOnlyList<CaseWork>>
{
    public async ValueTask<IReadOnlyList<CaseWork>> Handle(GetCaseWorkQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var sunday = today.AddDays((7 - (int)today.DayOfWeek) % 7);
        var cases = CaseReach.OpenCasesVisibleTo(user, db);
        cases = query.SocialWorker is { } sw ? cases.Where(c => c.Allocation.SocialWorkerId == sw) : cases;
        cases = query.TeamManager is { } tm ? cases.Where(c => c.Allocation.TeamManagerId == tm) : cases;

        var actions = await cases
            .SelectMany(c =>
                c.Actions.Select(a => new
                {
                    CaseId = EF.Property<Guid>(a, "CaseId"),
                    a.Status,
                    a.DueOn,
                })
            )
            .Where(a => a.Status == ActionStatus.Open && a.DueOn <= sunday)
            .GroupBy(a => a.CaseId)
            .Select(g => new Counted(g.Key, g.Count(), g.Count(a => a.DueOn < today)))
            .ToListAsync(cancellationToken);
        var drafts = await db
            .Letters.AsNoTracking()
            .Where(l => l.Status == LetterStatus.Draft && cases.Any(c => c.Id == l.CaseId))
            .GroupBy(l => l.CaseId)
            .Select(g => new Counted(g.Key, g.Count(), 0))
            .ToListAsync(cancellationToken);

        var byCase = drafts.ToDictionary(d => d.CaseId, d => d.Count);
        var work = actions.Select(a => new CaseWork(a.CaseId, a.Count, a.Overdue, byCase.GetValueOrDefault(a.CaseId)));
        return
        [
            .. work,
            .. drafts
                .Where(d => !actions.Exists(a => a.CaseId == d.CaseId))
                .Select(d => new CaseWork(d.CaseId, 0, 0, d.Count)),
        ];
    }

    private sealed record Counted(Guid CaseId, int Count, int Overdue);
}
