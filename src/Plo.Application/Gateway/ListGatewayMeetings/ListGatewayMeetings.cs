using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Gateway.ListGatewayMeetings;

/// <summary>Panel meetings between two dates (either may be open), soonest first.</summary>
[AllowedRoles(Roles.GatewayPanel, Roles.SeniorManager, Roles.LegalAdviser)]
[NotCaseScoped]
public sealed record ListGatewayMeetingsQuery(DateOnly? From, DateOnly? To)
    : IQuery<IReadOnlyList<GatewayMeetingSummaryDto>>;

public sealed record GatewayMeetingSummaryDto(
    Guid Id,
    DateOnly MeetingDate,
    string Chair,
    int Attendees,
    int Cases,
    int Decided,
    int Version
);

public sealed class ListGatewayMeetingsQueryHandler(IPloDbContext db)
    : IQueryHandler<ListGatewayMeetingsQuery, IReadOnlyList<GatewayMeetingSummaryDto>>
{
    public async ValueTask<IReadOnlyList<GatewayMeetingSummaryDto>> Handle(
        ListGatewayMeetingsQuery query,
        CancellationToken cancellationToken
    )
    {
        var meetings = await db
            .GatewayMeetings.AsNoTracking()
            .Where(m =>
                (query.From == null || m.MeetingDate >= query.From) && (query.To == null || m.MeetingDate <= query.To)
            )
            .OrderBy(m => m.MeetingDate)
            .Take(500)
            .ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var decisions = await db
            .Cases.AsNoTracking()
            .SelectMany(c => c.Decisions)
            .Where(d => ids.Contains(d.GatewayMeetingId))
            .Select(d => d.GatewayMeetingId)
            .ToListAsync(cancellationToken);
        var decided = decisions.CountBy(id => id).ToDictionary();
        return
        [
            .. meetings.Select(m => new GatewayMeetingSummaryDto(
                m.Id,
                m.MeetingDate,
                m.Chair,
                m.Attendees.Count,
                m.Agenda.Count,
                decided.GetValueOrDefault(m.Id),
                m.Version
            )),
        ];
    }
}

public sealed class ListGatewayMeetingsQueryValidator : PloValidator<ListGatewayMeetingsQuery>
{
    public ListGatewayMeetingsQueryValidator() =>
        RuleFor(q => q.To)
            .Must((q, to) => to is null || q.From is null || to >= q.From)
            .WithMessage("'To' must be on or after 'From'.");
}
