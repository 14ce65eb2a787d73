using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Letters.ApproveLetter;

[AllowedRoles(Roles.TeamManager)]
public sealed record ApproveLetterCommand(Guid LetterId, int Version) : ICommand<LetterSummaryDto>;

public sealed class ApproveLetterCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveLetterCommand, LetterSummaryDto>
{
    public async ValueTask<LetterSummaryDto> Handle(ApproveLetterCommand command, CancellationToken cancellationToken)
    {
        var letter = await db.LoadLetterForChangeAsync(command.LetterId, command.Version, user, cancellationToken);
        letter.Approve(clock.GetUtcNow().UtcDateTime, user.UserId);
        return LetterSummaryDto.Of(letter);
    }
}

public sealed class ApproveLetterCommandValidator : PloValidator<ApproveLetterCommand>
{
    public ApproveLetterCommandValidator()
    {
        RuleFor(c => c.LetterId).NotEmpty();
        RuleFor(c => c.Version).GreaterThan(0);
    }
}
