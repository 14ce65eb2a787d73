using FluentValidation;
using Mediator;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;

namespace Plo.Application.Family.UpdateFamilyMember;

/// <summary>A person's address, phone, email, language and interpreter need, and solicitor, as they are now (all of
/// them).</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record UpdateFamilyMemberCommand(
    Guid CaseId,
    int Version,
    Guid MemberId,
    AddressInput? Address,
    string? Phone,
    string? Email,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    SolicitorInput? Solicitor
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class UpdateFamilyMemberCommandHandler(IPloDbContext db)
    : ICommandHandler<UpdateFamilyMemberCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(UpdateFamilyMemberCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.UpdateFamilyMember(
            command.MemberId,
            new FamilyMemberDetails(
                command.Address?.ToAddress(),
                command.Phone?.Trim(),
                command.Email?.Trim(),
                command.PreferredLanguage,
                command.InterpreterNeeded,
                command.Solicitor?.ToSolicitor()
            )
        );
        return familyCase.Updated(command.MemberId);
    }
}

public sealed class UpdateFamilyMemberCommandValidator : CaseCommandValidator<UpdateFamilyMemberCommand>
{
    public UpdateFamilyMemberCommandValidator()
    {
        RuleFor(c => c.MemberId).NotEmpty();
        RuleFor(c => c.Address!).SetValidator(new AddressInputValidator()).When(c => c.Address is not null);
        RuleFor(c => c.Solicitor!).SetValidator(new SolicitorInputValidator()).When(c => c.Solicitor is not null);
        RuleFor(c => c.Phone).PhoneNumber();
        RuleFor(c => c.Email).MaximumLength(FieldLengths.Email).EmailAddress().When(c => c.Email is not null);
        RuleFor(c => c.PreferredLanguage).MaximumLength(FieldLengths.Language);
    }
}
