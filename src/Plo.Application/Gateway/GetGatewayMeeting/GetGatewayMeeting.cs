using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Gateway;

namespace Plo.Application.Gateway.GetGatewayMeeting;

/// <summary>Panel papers: for the panel, senior managers and lawyers; allocated staff read their own case's decision on the case.</summary>
[AllowedRoles(Roles.GatewayPanel, Roles.SeniorManager, Roles.LegalAdviser)]
[NotCaseScoped]
public sealed record GetGatewayMeetingQuery(Guid Id) : IQuery<GatewayMeetingDto>;

public sealed record GatewayMeetingDto(
    Guid Id, DateOnly MeetingDate, string Chair, IReadOnlyList<PanelAttendee> Attendees, IReadOnlyList<AgendaItemDto> Agenda, int Version);

public sealed record AgendaItemDto(Guid CaseId, string Reference, DecisionOption? Decision);

public sealed class GetGatewayMeetingQueryHandler(IPloDbContext db) : IQueryHandler<GetGatewayMeetingQuery, GatewayMeetingDto>
{
    public async ValueTask<GatewayMeetingDto> Handle(GetGatewayMeetingQuery query, CancellationToken cancellationToken)
    {
        var meeting = await db.GatewayMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Gateway meeting", query.Id);
        var agenda = meeting.Agenda.ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => agenda.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Reference,
                Decision = c.Decisions.Where(d => d.GatewayMeetingId == meeting.Id).OrderByDescending(d => d.DecidedOn)
                    .Select(d => (DecisionOption?)d.Option).FirstOrDefault(),
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        return new GatewayMeetingDto(
            meeting.Id, meeting.MeetingDate, meeting.Chair, meeting.Attendees,
            [.. agenda.Select(id => new AgendaItemDto(id, cases[id].Reference, cases[id].Decision))], meeting.Version);
    }
}
