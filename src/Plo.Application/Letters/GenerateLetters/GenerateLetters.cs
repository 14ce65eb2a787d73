using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Letters.Model;
using Plo.Domain.Letters;

namespace Plo.Application.Letters.GenerateLetters;

/// <summary>
/// Drafts a letter of this kind for every person with parental responsibility (or the family members
/// named). An unissued draft of the same kind for the same person is regenerated, not duplicated.
/// </summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record GenerateLettersCommand(
    Guid CaseId,
    LetterKind Kind,
    IReadOnlyList<Guid>? RecipientIds,
    HearingInput? Hearing
) : ICommand<IReadOnlyList<LetterSummaryDto>>, IHasCaseId;

public sealed class GenerateLettersCommandHandler(
    IPloDbContext db,
    ICurrentUser user,
    LetterDrafter drafter,
    TimeProvider clock
) : ICommandHandler<GenerateLettersCommand, IReadOnlyList<LetterSummaryDto>>
{
    public async ValueTask<IReadOnlyList<LetterSummaryDto>> Handle(
        GenerateLettersCommand command,
        CancellationToken cancellationToken
    )
    {
        var familyCase = await db.LoadCaseAsync(command.CaseId, cancellationToken);
        var recipients = command.RecipientIds is { Count: > 0 } ids
            ?
            [
                .. ids.Select(id =>
                    familyCase.FamilyMembers.FirstOrDefault(m => m.Id == id)
                    ?? throw RequestValidationException.For(
                        "recipientIds",
                        $"{id} is not a family member on this case."
                    )
                ),
            ]
            : familyCase.FamilyMembers.Where(m => m.ReceivesLetters).ToList();

        var drafts = await db
            .Letters.Where(l => l.CaseId == command.CaseId && l.Kind == command.Kind && l.Status != LetterStatus.Issued)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var contacts = await LetterContacts.LoadAsync(db, familyCase.Allocation, cancellationToken);
        var letters = new List<Letter>();
        foreach (var recipient in recipients.DistinctBy(r => r.Id))
        {
            var content = drafter.Draft(familyCase, recipient, command.Kind, contacts, clock.Today(), command.Hearing);
            var existing = drafts.Find(d => d.RecipientId == recipient.Id);
            if (existing is null)
            {
                existing = Letter.Draft(
                    familyCase.Id,
                    command.Kind,
                    recipient.Id,
                    $"{recipient.FirstName} {recipient.LastName}",
                    recipient.InterpreterNeeded,
                    recipient.PreferredLanguage,
                    content,
                    now,
                    user.UserId
                );
                db.Letters.Add(existing);
            }
            else
            {
                existing.Regenerate(content, user.UserId);
            }

            letters.Add(existing);
        }

        return [.. letters.Select(LetterSummaryDto.Of)];
    }
}

public sealed class GenerateLettersCommandValidator : PloValidator<GenerateLettersCommand>
{
    public GenerateLettersCommandValidator()
    {
        RuleFor(c => c.CaseId).NotEmpty();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.RecipientIds).Must(r => r is null || r.Count <= 30).WithMessage("At most 30 recipients.");
        RuleFor(c => c.Hearing!.Court).ShortText().When(c => c.Hearing is not null);
    }
}
