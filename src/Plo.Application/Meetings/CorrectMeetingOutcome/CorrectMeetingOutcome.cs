using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Common;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.CorrectMeetingOutcome;

/// <summary>A team manager puts right a meeting outcome recorded wrongly, saying why; the timeline keeps both
/// versions.</summary>
[AllowedRoles(Roles.TeamManager)]
public sealed record CorrectMeetingOutcomeCommand(
    Guid CaseId,
    int Version,
    Guid MeetingId,
    DateOnly HeldOn,
    string Attendees,
    bool ParentsSolicitorsPresent,
    ProgressRating Progress,
    MeetingDecision Decision,
    string? Notes,
    string Reason
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class CorrectMeetingOutcomeCommandHandler(IPloDbContext db)
    : ICommandHandler<CorrectMeetingOutcomeCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(
        CorrectMeetingOutcomeCommand command,
        CancellationToken cancellationToken
    )
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.CorrectMeetingOutcome(
            command.MeetingId,
            new MeetingOutcome(
                command.HeldOn,
                command.Attendees,
                command.ParentsSolicitorsPresent,
                command.Progress,
                command.Decision,
                command.Notes
            ),
            command.Reason
        );
        return familyCase.Updated(command.MeetingId);
    }
}

public sealed class CorrectMeetingOutcomeCommandValidator : CaseCommandValidator<CorrectMeetingOutcomeCommand>
{
    public CorrectMeetingOutcomeCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.MeetingId).NotEmpty();
        RuleFor(c => c.HeldOn).NotInFuture(clock);
        RuleFor(c => c.Attendees).Narrative();
        RuleFor(c => c.Progress)
            .IsInEnum()
            .NotEqual(ProgressRating.NotRecorded)
            .WithMessage(
                "Say how much progress the family made: \"not recorded\" is only for meetings held before Plo."
            );
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Notes).MaximumLength(Limits.Narrative);
        RuleFor(c => c.Reason).Narrative();
    }
}
