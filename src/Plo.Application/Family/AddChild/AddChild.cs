using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Journey;
using Plo.Domain.Calendar;

namespace Plo.Application.Family.AddChild;

/// <summary>A child joins the case; in pre-proceedings they start an episode of their own on the day they
/// joined.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record AddChildCommand(Guid CaseId, int Version, ChildInput Child, DateOnly JoinedOn)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class AddChildCommandHandler(
    IPloDbContext db,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
) : ICommandHandler<AddChildCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(AddChildCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var child = familyCase.AddChild(command.Child.ToChild(), command.JoinedOn, options.Value.Policy, calendar);
        return familyCase.Updated(child.Id);
    }
}

public sealed class AddChildCommandValidator : CaseCommandValidator<AddChildCommand>
{
    public AddChildCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Child).NotNull().SetValidator(new ChildInputValidator(clock));
        RuleFor(c => c.JoinedOn).NotInFuture(clock);
    }
}
