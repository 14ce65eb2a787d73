using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.ScheduleMeeting;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record ScheduleMeetingCommand(
    Guid CaseId,
    int Version,
    MeetingKind Kind,
    DateOnly ScheduledOn,
    TimeOnly StartsAt,
    string Place
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class ScheduleMeetingCommandHandler(IPloDbContext db)
    : ICommandHandler<ScheduleMeetingCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(ScheduleMeetingCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var meeting = familyCase.ScheduleMeeting(command.Kind, command.ScheduledOn, command.StartsAt, command.Place);
        return familyCase.Updated(meeting.Id);
    }
}

public sealed class ScheduleMeetingCommandValidator : CaseCommandValidator<ScheduleMeetingCommand>
{
    public ScheduleMeetingCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.ScheduledOn).NotEmpty();
        RuleFor(c => c.Place).ShortText();
    }
}
