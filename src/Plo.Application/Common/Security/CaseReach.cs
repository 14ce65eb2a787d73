using System.Linq.Expressions;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Security;

/// <summary>Who a case is allocated to: all the access decision needs to know about it.</summary>
public sealed record CaseAllocationFacts(Guid CaseId, string SocialWorkerId, string TeamManagerId);

/// <summary>
/// Which cases each role reaches. A social worker reaches the cases allocated to them, a team manager
/// the cases they manage, and senior managers, gateway panels and legal advisers every case. The rule is
/// written twice, once for one loaded case and once as SQL for lists; a test holds the two together.
/// </summary>
public static class CaseReach
{
    public static bool Reaches(string role, CaseAllocationFacts facts, string userId) => role switch
    {
        Roles.SocialWorker => facts.SocialWorkerId == userId,
        Roles.TeamManager => facts.TeamManagerId == userId,
        Roles.SeniorManager or Roles.GatewayPanel or Roles.LegalAdviser => true,
        _ => false,
    };

    /// <summary>The cases at least one of the user's roles reaches (every role may read what it reaches).</summary>
    public static Expression<Func<FamilyCase, bool>> VisibleTo(ICurrentUser user)
    {
        if (user.IsInRole(Roles.SeniorManager) || user.IsInRole(Roles.GatewayPanel) || user.IsInRole(Roles.LegalAdviser))
        {
            return _ => true;
        }

        var id = user.UserId;
        var manager = user.IsInRole(Roles.TeamManager);
        var worker = user.IsInRole(Roles.SocialWorker);
        return c => (manager && c.Allocation.TeamManagerId == id) || (worker && c.Allocation.SocialWorkerId == id);
    }
}
