using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Journey.RecordLetterSent;

/// <summary>Records that the letter before proceedings went out (issuing it through Plo does this too).</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record RecordLetterSentCommand(Guid CaseId, int Version, DateOnly SentOn)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class RecordLetterSentCommandHandler(IPloDbContext db)
    : ICommandHandler<RecordLetterSentCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(RecordLetterSentCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.RecordLetterSent(command.SentOn);
        return familyCase.Updated();
    }
}

public sealed class RecordLetterSentCommandValidator : CaseCommandValidator<RecordLetterSentCommand>
{
    public RecordLetterSentCommandValidator(TimeProvider clock) => RuleFor(c => c.SentOn).NotInFuture(clock);
}
