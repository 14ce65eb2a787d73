using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Domain.Planning;

namespace Plo.Application.Planning.UpdatePlan;

/// <summary>Replaces the plan: concerns, what needs to change, help offered, family network and the contingency
/// plan.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record UpdatePlanCommand(
    Guid CaseId,
    int Version,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<RequiredChange> Changes,
    IReadOnlyList<SupportOffer> Support,
    FamilyNetwork? FamilyNetwork,
    string? ContingencyPlan
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class UpdatePlanCommandHandler(IPloDbContext db) : ICommandHandler<UpdatePlanCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(UpdatePlanCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.UpdatePlan(
            CasePlan.Of(
                command.Concerns,
                command.Changes,
                command.Support,
                command.FamilyNetwork,
                command.ContingencyPlan
            )
        );
        return familyCase.Updated();
    }
}
