using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.Application.Gateway.AddToAgenda;

[AllowedRoles(Roles.GatewayPanel)]
public sealed record AddToAgendaCommand(Guid GatewayMeetingId, Guid CaseId) : ICommand<Unit>, IHasCaseId;

public sealed class AddToAgendaCommandHandler(IPloDbContext db) : ICommandHandler<AddToAgendaCommand, Unit>
{
    public async ValueTask<Unit> Handle(AddToAgendaCommand command, CancellationToken cancellationToken)
    {
        var meeting =
            await db.GatewayMeetings.SingleOrDefaultAsync(m => m.Id == command.GatewayMeetingId, cancellationToken)
            ?? throw new NotFoundException("Gateway meeting", command.GatewayMeetingId);
        await AgendaCases.EnsureExistAsync(db, [command.CaseId], cancellationToken);
        meeting.AddToAgenda(command.CaseId);
        return Unit.Value;
    }
}
