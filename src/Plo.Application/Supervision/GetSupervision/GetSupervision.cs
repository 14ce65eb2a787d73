using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Meetings.ActionResults;
using Plo.Application.Staff;
using Plo.Domain.Calendar;
using Plo.Domain.Journey;
using Plo.Domain.Meetings;
using Plo.Domain.Supervision;

namespace Plo.Application.Supervision.GetSupervision;

/// <summary>The case's supervision: when the next session is due, every session (newest first) with the results it
/// gave and the actions it set, and the open actions the next session must review. Readable by the case's reach,
/// and logged as every case read is.</summary>
public sealed record GetSupervisionQuery(Guid CaseId) : IQuery<SupervisionDto>, IHasCaseId;

public sealed record SupervisionDto(
    Guid CaseId,
    int Version,
    string SocialWorkerId,
    ReviewPoint? NextDue,
    IReadOnlyList<ReviewPoint> Schedule,
    IReadOnlyList<SupervisionSessionDto> Sessions,
    IReadOnlyList<SupervisionActionDto> OpenActions
);

public sealed record SupervisionSessionDto(
    Guid Id,
    DateOnly HeldOn,
    string SupervisorId,
    string? SupervisorName,
    string SuperviseeId,
    string? SuperviseeName,
    string Progress,
    string ChildExperience,
    string Decisions,
    string RecordedBy,
    string? RecordedByName,
    DateTime RecordedAt,
    IReadOnlyList<SupervisionActionDto> ActionsReviewed,
    IReadOnlyList<SupervisionActionDto> ActionsSet
);

/// <summary>A supervision action: reviewed at a session (its result there), set there, or open (with what the last
/// session said).</summary>
public sealed record SupervisionActionDto(
    Guid ActionId,
    string Owner,
    string Description,
    DateOnly DueOn,
    ActionStatus Status,
    ActionResult? Result,
    string? Reason,
    DateOnly? NewDueOn
);

public sealed class GetSupervisionQueryHandler(IPloDbContext db, TimeProvider clock, WorkingDayCalendar calendar)
    : IQueryHandler<GetSupervisionQuery, SupervisionDto>
{
    public async ValueTask<SupervisionDto> Handle(GetSupervisionQuery query, CancellationToken cancellationToken)
    {
        var c = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        var schedule = SupervisionSchedule.For(c, calendar, clock.Today());
        var names = await StaffNames.LoadAsync(
            db,
            c.Supervisions.SelectMany(s => new[] { s.SupervisorId, s.SuperviseeId, s.RecordedBy }),
            cancellationToken
        );
        return new SupervisionDto(
            c.Id,
            c.Version,
            c.Allocation.SocialWorkerId,
            c.IsInPreProceedings ? schedule.LastOrDefault(p => p.MetOn is null) : null,
            schedule,
            [
                .. c
                    .Supervisions.OrderByDescending(s => s.HeldOn)
                    .ThenByDescending(s => s.RecordedAt)
                    .Select(s => new SupervisionSessionDto(
                        s.Id,
                        s.HeldOn,
                        s.SupervisorId,
                        names.Of(s.SupervisorId),
                        s.SuperviseeId,
                        names.Of(s.SuperviseeId),
                        s.Progress,
                        s.ChildExperience,
                        s.Decisions,
                        s.RecordedBy,
                        names.Of(s.RecordedBy),
                        s.RecordedAt,
                        [.. ReviewedAction.At(c.SupervisionActions, s.Id).Select(x => ToDto(x.Action, x.Reviewed))],
                        [
                            .. c
                                .SupervisionActions.Where(a => a.AgreedAtSessionId == s.Id)
                                .Select(a => ToDto(a, FirstSeen(a))),
                        ]
                    )),
            ],
            [
                .. c
                    .SupervisionActions.Where(a => a.IsOpen)
                    .OrderBy(a => a.DueOn)
                    .Select(a => ToDto(a, ReviewedAction.ToReview(a))),
            ]
        );
    }

    /// <summary>An action as the session that set it saw it: its first due date, no result yet.</summary>
    private static ReviewedAction FirstSeen(SupervisionAction a) =>
        new(a.Id, a.Description, a.Reviews.FirstOrDefault()?.DueOnBefore ?? a.DueOn, null, null, null);

    private static SupervisionActionDto ToDto(SupervisionAction a, ReviewedAction r) =>
        new(a.Id, a.Owner, a.Description, r.DueOn, a.Status, r.Result, r.Reason, r.NewDueOn);
}
