using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Journey;
using Plo.Domain.Calendar;
using Plo.Domain.Gateway;

namespace Plo.Application.Gateway.RecordGatewayDecision;

public sealed record RatificationInput(string MadeBy, DateOnly MadeOn, string Reason);

[AllowedRoles(Roles.GatewayPanel)]
public sealed record RecordGatewayDecisionCommand(
    Guid GatewayMeetingId,
    Guid CaseId,
    int Version,
    DecisionOption Option,
    string Rationale,
    bool ThresholdMet,
    string? Conditions,
    DateOnly? ComeBackOn,
    RatificationInput? Ratification
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class RecordGatewayDecisionCommandHandler(
    IPloDbContext db,
    ICurrentUser user,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar,
    TimeProvider clock
) : ICommandHandler<RecordGatewayDecisionCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(
        RecordGatewayDecisionCommand command,
        CancellationToken cancellationToken
    )
    {
        var meeting =
            await db
                .GatewayMeetings.AsNoTracking()
                .SingleOrDefaultAsync(m => m.Id == command.GatewayMeetingId, cancellationToken)
            ?? throw new NotFoundException("Gateway meeting", command.GatewayMeetingId);
        if (meeting.MeetingDate > clock.Today())
        {
            throw RequestValidationException.For(
                "gatewayMeetingId",
                $"The panel meets on {meeting.MeetingDate:yyyy-MM-dd}; record its decisions from that day."
            );
        }

        meeting.EnsureOnAgenda(command.CaseId);
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);

        var decision = familyCase.RecordGatewayDecision(
            new GatewayDecisionInput(
                meeting.Id,
                meeting.MeetingDate,
                command.Option,
                command.Rationale,
                command.ThresholdMet,
                command.Conditions,
                command.ComeBackOn,
                command.Ratification is { } r ? new Ratification(r.MadeBy.Trim(), r.MadeOn, r.Reason.Trim()) : null
            ),
            user.UserId,
            options.Value.Policy,
            calendar
        );
        return familyCase.Updated(decision.Id);
    }
}
