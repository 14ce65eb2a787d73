using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Letters.Model;

namespace Plo.Application.Letters.RegenerateLetter;

/// <summary>Redrafts a letter from the case as it is now (after the plan changed); an approved letter goes back to
/// draft.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record RegenerateLetterCommand(Guid LetterId, int Version, HearingInput? Hearing)
    : ICommand<LetterSummaryDto>,
        ILetterCommand;

public sealed class RegenerateLetterCommandHandler(
    IPloDbContext db,
    ICurrentUser user,
    LetterDrafter drafter,
    TimeProvider clock
) : ICommandHandler<RegenerateLetterCommand, LetterSummaryDto>
{
    public async ValueTask<LetterSummaryDto> Handle(
        RegenerateLetterCommand command,
        CancellationToken cancellationToken
    )
    {
        var (letter, familyCase) = await db.LoadLetterAndCaseForChangeAsync(command, cancellationToken);
        var recipient = familyCase.FamilyMembers.First(m => m.Id == letter.RecipientId);
        var contacts = await LetterContacts.LoadAsync(db, familyCase.Allocation, cancellationToken);
        letter.Regenerate(
            drafter.Draft(familyCase, recipient, letter.Kind, contacts, clock.Today(), command.Hearing),
            user.UserId
        );
        return LetterSummaryDto.Of(letter);
    }
}

public sealed class RegenerateLetterCommandValidator : LetterCommandValidator<RegenerateLetterCommand>;
