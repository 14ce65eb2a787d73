using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Cases;
using Plo.Domain.Staff;

namespace Plo.Application.Common.Security;

/// <summary>
/// Who a case is allocated to: all the access decision needs to know about it. <see cref="WorkersManagerId"/> is
/// the manager of the allocated social worker's team. <see cref="Version"/> is the case's, read in the same query, so
/// a read of the case can tell whether what it computed before is still the case as stored.
/// </summary>
public sealed record CaseAllocationFacts(
    Guid CaseId,
    string SocialWorkerId,
    string TeamManagerId,
    string? WorkersManagerId,
    int Version
);

/// <summary>
/// Which cases each role reaches. A social worker reaches the cases allocated to them; a team manager the cases of
/// the social workers in their team, and any case allocated to them as its team manager; senior managers, gateway
/// panels and legal advisers every case. The rule is written twice, once for one loaded case and once as SQL for
/// lists; a test holds the two together.
/// </summary>
public static class CaseReach
{
    public static bool Reaches(string role, CaseAllocationFacts facts, string userId) =>
        role switch
        {
            Roles.SocialWorker => facts.SocialWorkerId == userId,
            Roles.TeamManager => facts.TeamManagerId == userId || facts.WorkersManagerId == userId,
            Roles.SeniorManager or Roles.GatewayPanel or Roles.LegalAdviser => true,
            _ => false,
        };

    /// <summary>The facts for one case, in one query (null when there is no such case).</summary>
    public static Task<CaseAllocationFacts?> FactsAsync(IPloDbContext db, Guid caseId, CancellationToken ct) =>
        FactsQuery(db.Context, caseId, ct);

    // Compiled once: every request about a case asks this, and building and matching the expression cost more than
    // running it.
    private static readonly Func<DbContext, Guid, CancellationToken, Task<CaseAllocationFacts?>> FactsQuery =
        EF.CompileAsyncQuery(
            (DbContext db, Guid caseId, CancellationToken _) =>
                db.Set<FamilyCase>()
                    .AsNoTracking()
                    .Where(c => c.Id == caseId)
                    .Select(c => new CaseAllocationFacts(
                        c.Id,
                        c.Allocation.SocialWorkerId,
                        c.Allocation.TeamManagerId,
                        (
                            from s in db.Set<StaffMember>()
                            where s.UserId == c.Allocation.SocialWorkerId
                            from t in db.Set<Team>()
                            where t.Id == s.TeamId
                            select t.ManagerId
                        ).FirstOrDefault(),
                        c.Version
                    ))
                    .SingleOrDefault()
        );

    /// <summary>The open cases the user reaches, read without tracking: what lists of work start from.</summary>
    public static IQueryable<FamilyCase> OpenCasesVisibleTo(ICurrentUser user, IPloDbContext db) =>
        db.Cases.AsNoTracking().Where(VisibleTo(user, db)).Where(c => c.Status == CaseStatus.Open);

    /// <summary>Whether one of the user's roles reaches every case (senior managers, gateway panels, legal
    /// advisers).</summary>
    public static bool ReachesEveryCase(ICurrentUser user) =>
        user.IsInRole(Roles.SeniorManager) || user.IsInRole(Roles.GatewayPanel) || user.IsInRole(Roles.LegalAdviser);

    /// <summary>The cases at least one of the user's roles reaches (every role may read what it reaches).</summary>
    public static Expression<Func<FamilyCase, bool>> VisibleTo(ICurrentUser user, IPloDbContext db)
    {
        if (ReachesEveryCase(user))
        {
            return _ => true;
        }

        var id = user.UserId;
        var manager = user.IsInRole(Roles.TeamManager);
        var worker = user.IsInRole(Roles.SocialWorker);
        var teamWorkers = db
            .Staff.Where(s => db.Teams.Any(t => t.Id == s.TeamId && t.ManagerId == id))
            .Select(s => s.UserId);
        return c =>
            (manager && (c.Allocation.TeamManagerId == id || teamWorkers.Contains(c.Allocation.SocialWorkerId)))
            || (worker && c.Allocation.SocialWorkerId == id);
    }
}
