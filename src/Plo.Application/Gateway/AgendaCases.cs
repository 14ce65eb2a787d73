using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;

namespace Plo.Application.Gateway;

internal static class AgendaCases
{
    public static async Task EnsureExistAsync(IPloDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var found = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var missing = caseIds.Except(found).ToList();
        if (missing.Count > 0)
        {
            throw RequestValidationException.For("agenda", $"No case with id {string.Join(", ", missing)}.");
        }
    }
}
