using System.Linq.Expressions;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Security;

/// <summary>
/// Which cases a user may see. Panels, lawyers and senior managers see every case; a team
/// manager sees the cases they manage; a social worker sees their own caseload.
/// </summary>
public static class CaseAccess
{
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
