using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Gateway;

namespace Plo.Application.Gateway.ScheduleGatewayMeeting;

public sealed record AttendeeInput(string Name, string Role);

[AllowedRoles(Roles.GatewayPanel)]
[NotCaseScoped]
public sealed record ScheduleGatewayMeetingCommand(
    DateOnly MeetingDate,
    string Chair,
    IReadOnlyList<AttendeeInput> Attendees,
    IReadOnlyList<Guid>? Agenda
) : ICommand<GatewayMeetingScheduled>;

public sealed record GatewayMeetingScheduled(Guid Id, int Version);

public sealed class ScheduleGatewayMeetingCommandHandler(IPloDbContext db)
    : ICommandHandler<ScheduleGatewayMeetingCommand, GatewayMeetingScheduled>
{
    public async ValueTask<GatewayMeetingScheduled> Handle(
        ScheduleGatewayMeetingCommand command,
        CancellationToken cancellationToken
    )
    {
        var agenda = command.Agenda ?? [];
        await AgendaCases.EnsureExistAsync(db, agenda, cancellationToken);
        var meeting = GatewayMeeting.Schedule(
            command.MeetingDate,
            command.Chair,
            command.Attendees.Select(a => new PanelAttendee(a.Name.Trim(), a.Role.Trim())),
            agenda
        );
        db.GatewayMeetings.Add(meeting);
        return new GatewayMeetingScheduled(meeting.Id, meeting.Version);
    }
}
