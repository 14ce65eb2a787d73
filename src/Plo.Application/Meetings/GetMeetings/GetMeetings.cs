using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.GetMeetings;

public sealed record GetMeetingsQuery(Guid CaseId) : IQuery<MeetingsDto>, IHasCaseId;

public sealed record MeetingsDto(Guid CaseId, int Version, IReadOnlyList<MeetingDto> Meetings, IReadOnlyList<ActionDto> Actions);

public sealed record MeetingDto(Guid Id, MeetingKind Kind, DateOnly ScheduledOn, TimeOnly StartsAt, string Place, MeetingOutcome? Outcome);

public sealed record ActionDto(
    Guid Id, Guid AgreedAtMeetingId, ActionOwner Owner, string Description, DateOnly DueOn, ActionStatus Status, IReadOnlyList<ActionReview> Reviews);

public sealed class GetMeetingsQueryHandler(IPloDbContext db) : IQueryHandler<GetMeetingsQuery, MeetingsDto>
{
    public async ValueTask<MeetingsDto> Handle(GetMeetingsQuery query, CancellationToken cancellationToken)
    {
        var c = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        return new MeetingsDto(
            c.Id,
            c.Version,
            [.. c.Meetings.OrderBy(m => m.ScheduledOn).Select(m => new MeetingDto(m.Id, m.Kind, m.ScheduledOn, m.StartsAt, m.Place, m.Outcome))],
            [.. c.Actions.OrderBy(a => a.DueOn).Select(a => new ActionDto(a.Id, a.AgreedAtMeetingId, a.Owner, a.Description, a.DueOn, a.Status, a.Reviews))]);
    }
}
