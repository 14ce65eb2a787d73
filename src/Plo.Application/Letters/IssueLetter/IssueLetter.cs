using FluentValidation;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Letters;

namespace Plo.Application.Letters.IssueLetter;

/// <summary>
/// Issues an approved letter and freezes it. Refused while the plain-language report has errors,
/// unless the manager gives a reason to override, which is kept with the letter. Issuing the first
/// letter before proceedings meets the journey's "letter sent" key date. A parent who needs an interpreter gets a
/// translated copy, or the issuer gives a reason for sending it in English only.
/// </summary>
[AllowedRoles(Roles.TeamManager, Roles.SeniorManager)]
public sealed record IssueLetterCommand(
    Guid LetterId,
    int Version,
    OverrideCategory? OverrideCategory,
    string? OverrideReason,
    bool TranslationRequested = false,
    bool TranslationAttached = false,
    string? EnglishOnlyReason = null
) : ICommand<LetterSummaryDto>, ILetterCommand;

public sealed class IssueLetterCommandHandler(IPloDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<IssueLetterCommand, LetterSummaryDto>
{
    public async ValueTask<LetterSummaryDto> Handle(IssueLetterCommand command, CancellationToken cancellationToken)
    {
        var (letter, familyCase) = await db.LoadLetterAndCaseForChangeAsync(command, cancellationToken);
        letter.Issue(
            clock.GetUtcNow().UtcDateTime,
            user.UserId,
            command.OverrideCategory,
            command.OverrideReason,
            new TranslatedCopy(command.TranslationRequested, command.TranslationAttached, command.EnglishOnlyReason)
        );
        familyCase.RecordLetterIssued(letter.Kind, clock.Today());
        return LetterSummaryDto.Of(letter);
    }
}

public sealed class IssueLetterCommandValidator : LetterCommandValidator<IssueLetterCommand>
{
    public IssueLetterCommandValidator()
    {
        RuleFor(c => c.OverrideReason).MaximumLength(Domain.Common.Limits.Narrative);
        RuleFor(c => c.EnglishOnlyReason).MaximumLength(Domain.Common.Limits.Narrative);
    }
}
