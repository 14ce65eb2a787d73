using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Models;
using Plo.Domain.Cases;

namespace Plo.Application.Common.Security;

/// <summary>Loading a case once the access behaviour has decided the user may act on it.</summary>
public static class CaseLoading
{
    /// <summary>The whole case aggregate: its collections are auto-included by the model, one query per
    /// collection.</summary>
    public static IQueryable<FamilyCase> WithJourney(this IQueryable<FamilyCase> cases) => cases.AsSplitQuery();

    public static async Task<FamilyCase> LoadCaseAsync(
        this IPloDbContext db,
        Guid caseId,
        CancellationToken ct,
        bool tracking = false
    )
    {
        var query = tracking ? db.Cases : db.Cases.AsNoTracking();
        return await query.WithJourney().SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new NotFoundException("Case", caseId);
    }

    /// <summary>Loads a case to change it, refusing a stale version with a 409.</summary>
    public static async Task<FamilyCase> LoadForChangeAsync(
        this IPloDbContext db,
        ICaseCommand command,
        CancellationToken ct
    )
    {
        var familyCase = await db.LoadCaseAsync(command.CaseId, ct, tracking: true);
        return familyCase.Version == command.Version
            ? familyCase
            : throw new ConflictException(
                $"The case has changed since you read it (it is now version {familyCase.Version}, you sent "
                    + $"{command.Version}). Reload it and try again."
            );
    }

    public static CaseUpdated Updated(this FamilyCase familyCase, Guid? itemId = null) =>
        new(familyCase.Id, familyCase.Version, itemId);
}
