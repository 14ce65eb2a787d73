using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Cases.GetCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Gateway;

namespace Plo.Application.Gateway.GetGatewayMeeting;

/// <summary>Panel papers: for the panel, senior managers and lawyers; allocated staff read their own case's decision on
/// the case.</summary>
[AllowedRoles(Roles.GatewayPanel, Roles.SeniorManager, Roles.LegalAdviser)]
[NotCaseScoped]
public sealed record GetGatewayMeetingQuery(Guid Id) : IQuery<GatewayMeetingDto>;

public sealed record GatewayMeetingDto(
    Guid Id,
    DateOnly MeetingDate,
    string Chair,
    IReadOnlyList<PanelAttendee> Attendees,
    IReadOnlyList<AgendaItemDto> Agenda,
    int Version
);

/// <summary>A family on the agenda, and the decision made about it at this meeting (with its reasons) once there is
/// one.</summary>
public sealed record AgendaItemDto(
    Guid CaseId,
    string Reference,
    string Children,
    int CaseVersion,
    GatewayDecisionDto? Decision
);

public sealed class GetGatewayMeetingQueryHandler(IPloDbContext db)
    : IQueryHandler<GetGatewayMeetingQuery, GatewayMeetingDto>
{
    public async ValueTask<GatewayMeetingDto> Handle(GetGatewayMeetingQuery query, CancellationToken cancellationToken)
    {
        var meeting =
            await db.GatewayMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Gateway meeting", query.Id);
        var agenda = meeting.Agenda.ToList();
        var cases = await db
            .Cases.AsNoTracking()
            .Where(c => agenda.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Version,
                Children = c
                    .Children.OrderBy(ch => ch.FirstName)
                    .Select(ch => ch.FirstName + " " + ch.LastName)
                    .ToList(),
                Decision = c
                    .Decisions.Where(d => d.GatewayMeetingId == meeting.Id)
                    .OrderByDescending(d => d.DecidedOn)
                    .Select(d => new GatewayDecisionDto(
                        d.Id,
                        d.GatewayMeetingId,
                        d.DecidedOn,
                        d.Option,
                        d.Rationale,
                        d.ThresholdMet,
                        d.Conditions,
                        d.ComeBackOn,
                        d.Ratification == null
                            ? null
                            : new RatificationDto(d.Ratification.MadeBy, d.Ratification.MadeOn, d.Ratification.Reason),
                        d.RecordedBy,
                        db.Staff.Where(s => s.UserId == d.RecordedBy).Select(s => s.DisplayName).FirstOrDefault(),
                        null
                    ))
                    .FirstOrDefault(),
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        return new GatewayMeetingDto(
            meeting.Id,
            meeting.MeetingDate,
            meeting.Chair,
            meeting.Attendees,
            [
                .. agenda.Select(id => new AgendaItemDto(
                    id,
                    cases[id].Reference,
                    string.Join(", ", cases[id].Children),
                    cases[id].Version,
                    cases[id].Decision
                )),
            ],
            meeting.Version
        );
    }
}
