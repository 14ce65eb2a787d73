using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Meetings.ActionResults;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.GetMeetings;

public sealed record GetMeetingsQuery(Guid CaseId) : IQuery<MeetingsDto>, IHasCaseId;

public sealed record MeetingsDto(
    Guid CaseId,
    int Version,
    IReadOnlyList<MeetingDto> Meetings,
    IReadOnlyList<ActionDto> Actions
);

/// <summary>
/// A meeting. Held: its outcome and the result it gave each action (with why not done, or the new due date).
/// Not held yet: the open actions it must review, each with what the last meeting said about it.
/// </summary>
public sealed record MeetingDto(
    Guid Id,
    MeetingKind Kind,
    DateOnly ScheduledOn,
    TimeOnly StartsAt,
    string Place,
    MeetingOutcome? Outcome,
    IReadOnlyList<MeetingActionDto> ActionsReviewed,
    IReadOnlyList<MeetingActionDto> ActionsToReview
);

public sealed record MeetingActionDto(
    Guid ActionId,
    string Description,
    ActionOwner Owner,
    DateOnly DueOn,
    ActionResult? Result,
    string? Reason,
    DateOnly? NewDueOn
);

public sealed record ActionDto(
    Guid Id,
    Guid AgreedAtMeetingId,
    ActionOwner Owner,
    string Description,
    DateOnly DueOn,
    ActionStatus Status,
    IReadOnlyList<ActionReview> Reviews
);

public sealed class GetMeetingsQueryHandler(IPloDbContext db) : IQueryHandler<GetMeetingsQuery, MeetingsDto>
{
    public async ValueTask<MeetingsDto> Handle(GetMeetingsQuery query, CancellationToken cancellationToken)
    {
        var c = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        var open = c.Actions.Where(a => a.IsOpen).OrderBy(a => a.DueOn).ToList();
        return new MeetingsDto(
            c.Id,
            c.Version,
            [
                .. c
                    .Meetings.OrderBy(m => m.ScheduledOn)
                    .Select(m => new MeetingDto(
                        m.Id,
                        m.Kind,
                        m.ScheduledOn,
                        m.StartsAt,
                        m.Place,
                        m.Outcome,
                        m.IsHeld ? Reviewed(c.Actions, m.Id) : [],
                        m.IsHeld ? [] : [.. open.Select(ToReview)]
                    )),
            ],
            [
                .. c
                    .Actions.OrderBy(a => a.DueOn)
                    .Select(a => new ActionDto(
                        a.Id,
                        a.AgreedAtMeetingId,
                        a.Owner,
                        a.Description,
                        a.DueOn,
                        a.Status,
                        a.Reviews
                    )),
            ]
        );
    }

    private static List<MeetingActionDto> Reviewed(IEnumerable<AgreementAction> actions, Guid meetingId) =>
        [.. ReviewedAction.At(actions, meetingId).Select(x => ToDto(x.Action, x.Reviewed))];

    private static MeetingActionDto ToReview(AgreementAction a) => ToDto(a, ReviewedAction.ToReview(a));

    private static MeetingActionDto ToDto(AgreementAction a, ReviewedAction r) =>
        new(a.Id, a.Description, a.Owner, r.DueOn, r.Result, r.Reason, r.NewDueOn);
}
