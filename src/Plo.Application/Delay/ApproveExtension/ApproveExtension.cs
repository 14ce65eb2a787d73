using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Journey;
using Plo.Domain.Calendar;

namespace Plo.Application.Delay.ApproveExtension;

[AllowedRoles(Roles.SeniorManager)]
public sealed record ApproveExtensionCommand(Guid CaseId, int Version, int Weeks, string Rationale)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class ApproveExtensionCommandHandler(
    IPloDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
) : ICommandHandler<ApproveExtensionCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(ApproveExtensionCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var extension = familyCase.ApproveExtension(
            command.Weeks,
            command.Rationale,
            options.Value.MaxExtensionWeeks,
            clock.Today(),
            user.UserId,
            calendar
        );
        return familyCase.Updated(extension.Id);
    }
}

public sealed class ApproveExtensionCommandValidator : CaseCommandValidator<ApproveExtensionCommand>
{
    public ApproveExtensionCommandValidator(IOptions<JourneyOptions> options)
    {
        RuleFor(c => c.Weeks).InclusiveBetween(1, options.Value.MaxExtensionWeeks);
        RuleFor(c => c.Rationale).Narrative();
    }
}
