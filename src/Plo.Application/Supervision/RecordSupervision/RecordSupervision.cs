using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Meetings.ActionResults;
using Plo.Application.Staff;
using Plo.Domain.Common;
using Plo.Domain.Supervision;

namespace Plo.Application.Supervision.RecordSupervision;

/// <summary>
/// A supervision session of the case: who supervised whom (the supervisor is the sender when not given), progress,
/// the child's experience, decisions and direction, a result for every open supervision action, and new actions.
/// </summary>
[AllowedRoles(Roles.TeamManager)]
public sealed record RecordSupervisionCommand(
    Guid CaseId,
    int Version,
    DateOnly HeldOn,
    string? SupervisorId,
    string SuperviseeId,
    string Progress,
    string ChildExperience,
    string Decisions,
    IReadOnlyList<ActionResultInput>? ActionResults,
    IReadOnlyList<NewSupervisionAction>? NewActions
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class RecordSupervisionCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordSupervisionCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(RecordSupervisionCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var supervisor = command.SupervisorId?.Trim() ?? user.UserId;
        var names = await StaffNames.LoadAsync(db, [supervisor, command.SuperviseeId.Trim()], cancellationToken);
        var session = familyCase.RecordSupervision(
            new SupervisionNotes(
                command.HeldOn,
                supervisor,
                command.SuperviseeId.Trim(),
                command.Progress,
                command.ChildExperience,
                command.Decisions
            ),
            command.ActionResults.ToOutcomes(),
            command.NewActions ?? [],
            user.UserId,
            clock.GetUtcNow().UtcDateTime,
            id => names.Of(id) ?? id
        );
        return familyCase.Updated(session.Id);
    }
}

public sealed class RecordSupervisionCommandValidator : CaseCommandValidator<RecordSupervisionCommand>
{
    public RecordSupervisionCommandValidator(TimeProvider clock, IPloDbContext db)
    {
        RuleFor(c => c.HeldOn).NotInFuture(clock);
        RuleFor(c => c.SupervisorId)
            .ActiveStaffIn(db, Roles.TeamManager, Roles.SeniorManager)
            .When(c => c.SupervisorId is not null);
        RuleFor(c => (string?)c.SuperviseeId)
            .NotEmpty()
            .WithMessage("Say who was supervised.")
            .ActiveStaffIn(db, Roles.SocialWorker, Roles.TeamManager)
            .OverridePropertyName("superviseeId");
        RuleFor(c => c.Progress).Narrative();
        RuleFor(c => c.ChildExperience).Narrative();
        RuleFor(c => c.Decisions).Narrative();
        this.ActionResults(c => c.ActionResults);
        RuleForEach(c => c.NewActions)
            .NotNull()
            .ChildRules(a =>
            {
                a.RuleFor(x => x.Owner).NotEmpty().MaximumLength(Limits.ShortText);
                a.RuleFor(x => x.Description).NotEmpty().MaximumLength(Limits.ShortText * 5);
                a.RuleFor(x => x.DueOn).NotEmpty();
            });
    }
}
