using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;

namespace Plo.Application.Cases.OpenCase;

[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
[NotCaseScoped]
public sealed record OpenCaseCommand(
    IReadOnlyList<ChildInput> Children,
    IReadOnlyList<FamilyMemberInput> FamilyMembers,
    string SocialWorkerId,
    string TeamManagerId,
    string? LegalAdviserId
) : ICommand<CaseOpened>;

public sealed record CaseOpened(Guid CaseId, string Reference) : IHasCaseId;

public sealed class OpenCaseCommandHandler(
    IPloDbContext db,
    ICaseReferenceAllocator references,
    ICurrentUser user,
    TimeProvider clock
) : ICommandHandler<OpenCaseCommand, CaseOpened>
{
    public async ValueTask<CaseOpened> Handle(OpenCaseCommand command, CancellationToken cancellationToken)
    {
        var reference = await references.NextAsync(cancellationToken);
        var familyCase = FamilyCase.Open(
            reference,
            new Allocation(command.SocialWorkerId.Trim(), command.TeamManagerId.Trim(), command.LegalAdviserId?.Trim()),
            command.Children.Select(c => c.ToChild()),
            command.FamilyMembers.Select(m => FamilyMember.Create(m.ToNewFamilyMember())),
            clock.GetUtcNow().UtcDateTime,
            user.UserId
        );

        db.Cases.Add(familyCase);
        return new CaseOpened(familyCase.Id, familyCase.Reference);
    }
}
