using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Staff;

/// <summary>The display names of a handful of user ids, in one query, for answers that say who did what.</summary>
public sealed class StaffNames(IReadOnlyDictionary<string, string> names)
{
    public string? Of(string? userId) => userId is not null && names.TryGetValue(userId, out var name) ? name : null;

    public static async Task<StaffNames> LoadAsync(IPloDbContext db, IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return new StaffNames(
            await db
                .Staff.AsNoTracking()
                .Where(s => ids.Contains(s.UserId))
                .ToDictionaryAsync(s => s.UserId, s => s.DisplayName, ct)
        );
    }
}
