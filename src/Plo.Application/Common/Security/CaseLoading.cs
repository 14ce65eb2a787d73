using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Models;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Security;

public static class CaseLoading
{
    /// <summary>The whole case aggregate (split into one query per collection).</summary>
    public static IQueryable<FamilyCase> WithJourney(this IQueryable<FamilyCase> cases) => cases
        .Include(c => c.Children).Include(c => c.FamilyMembers).Include(c => c.Decisions).Include(c => c.Episodes)
        .Include(c => c.Assessments).Include(c => c.Meetings).Include(c => c.Actions)
        .Include(c => c.DelayRationales).Include(c => c.Extensions)
        .AsSplitQuery();

    /// <summary>Loads a case the user may see; 404 if there is none, 403 if it is not theirs.</summary>
    public static async Task<FamilyCase> LoadVisibleAsync(this IPloDbContext db, Guid caseId, ICurrentUser user, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.Cases : db.Cases.AsNoTracking();
        var familyCase = await query.Where(CaseAccess.VisibleTo(user)).WithJourney().SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (familyCase is null)
        {
            // Only on the way to an error: tell "no such case" (404) from "not yours" (403).
            await db.EnsureVisibleAsync(caseId, user, ct);
        }

        return familyCase ?? throw new ForbiddenException("This case is not allocated to you.");
    }

    /// <summary>404 if there is no such case, 403 if the user may not see it; loads nothing else.</summary>
    public static async Task EnsureVisibleAsync(this IPloDbContext db, Guid caseId, ICurrentUser user, CancellationToken ct)
    {
        var visible = await db.Cases.Where(c => c.Id == caseId)
            .Select(c => (bool?)db.Cases.Where(CaseAccess.VisibleTo(user)).Any(v => v.Id == c.Id))
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Case", caseId);
        if (!visible)
        {
            throw new ForbiddenException("This case is not allocated to you.");
        }
    }

    /// <summary>Loads a case to change it, refusing a stale version with a 409.</summary>
    public static async Task<FamilyCase> LoadForChangeAsync(this IPloDbContext db, ICaseCommand command, ICurrentUser user, CancellationToken ct)
    {
        var familyCase = await db.LoadVisibleAsync(command.CaseId, user, ct, tracking: true);
        return familyCase.Version == command.Version
            ? familyCase
            : throw new ConflictException(
                $"The case has changed since you read it (it is now version {familyCase.Version}, you sent {command.Version}). Reload it and try again.");
    }

    public static CaseUpdated Updated(this FamilyCase familyCase, Guid? itemId = null) => new(familyCase.Id, familyCase.Version, itemId);
}
