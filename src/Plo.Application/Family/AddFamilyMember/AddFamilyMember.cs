using FluentValidation;
using Mediator;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;

namespace Plo.Application.Family.AddFamilyMember;

/// <summary>Someone new around the children: a parent found later, a partner, a relative with parental
/// responsibility.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record AddFamilyMemberCommand(Guid CaseId, int Version, FamilyMemberInput Person)
    : ICommand<CaseUpdated>,
        ICaseCommand;

public sealed class AddFamilyMemberCommandHandler(IPloDbContext db)
    : ICommandHandler<AddFamilyMemberCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(AddFamilyMemberCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        var added = familyCase.AddFamilyMember(command.Person.ToNewFamilyMember());
        return familyCase.Updated(added.Id);
    }
}

public sealed class AddFamilyMemberCommandValidator : CaseCommandValidator<AddFamilyMemberCommand>
{
    public AddFamilyMemberCommandValidator() =>
        RuleFor(c => c.Person).NotNull().SetValidator(new FamilyMemberInputValidator());
}
