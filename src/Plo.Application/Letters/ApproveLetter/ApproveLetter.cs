using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;

namespace Plo.Application.Letters.ApproveLetter;

/// <summary>A second person approves a draft; one with plain-language errors only when they say they have read
/// them.</summary>
[AllowedRoles(Roles.TeamManager)]
public sealed record ApproveLetterCommand(Guid LetterId, int Version, bool AcknowledgeErrors = false)
    : ICommand<LetterSummaryDto>,
        ILetterCommand;

public sealed class ApproveLetterCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveLetterCommand, LetterSummaryDto>
{
    public async ValueTask<LetterSummaryDto> Handle(ApproveLetterCommand command, CancellationToken cancellationToken)
    {
        var letter = await db.LoadLetterForChangeAsync(command, cancellationToken);
        letter.Approve(clock.GetUtcNow().UtcDateTime, user.UserId, command.AcknowledgeErrors);
        return LetterSummaryDto.Of(letter);
    }
}

public sealed class ApproveLetterCommandValidator : LetterCommandValidator<ApproveLetterCommand>;
