using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;

namespace Plo.Application.Letters.ApproveLetter;

[AllowedRoles(Roles.TeamManager)]
public sealed record ApproveLetterCommand(Guid LetterId, int Version) : ICommand<LetterSummaryDto>, ILetterCommand;

public sealed class ApproveLetterCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveLetterCommand, LetterSummaryDto>
{
    public async ValueTask<LetterSummaryDto> Handle(ApproveLetterCommand command, CancellationToken cancellationToken)
    {
        var letter = await db.LoadLetterForChangeAsync(command, cancellationToken);
        letter.Approve(clock.GetUtcNow().UtcDateTime, user.UserId);
        return LetterSummaryDto.Of(letter);
    }
}

public sealed class ApproveLetterCommandValidator : LetterCommandValidator<ApproveLetterCommand>;
