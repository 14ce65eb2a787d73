using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Domain.Staff;

namespace Plo.Application.Staff;

internal static class StaffMapping
{
    public static StaffDetails ToDomain(this StaffInput input) =>
        new(
            input.DisplayName.Trim(),
            input.Roles,
            input.TeamId,
            input.JobTitle?.Trim(),
            input.Phone?.Trim(),
            input.Email?.Trim(),
            input.IsActive,
            input.TotalCaseload
        );

    public static async Task<StaffMemberDto> ToDtoAsync(this StaffMember s, IPloDbContext db, CancellationToken ct)
    {
        var team = s.TeamId is { } id
            ? await db.Teams.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(ct)
            : null;
        return new StaffMemberDto(
            s.UserId,
            s.DisplayName,
            s.Roles,
            s.TeamId,
            team,
            s.JobTitle,
            s.Phone,
            s.Email,
            s.IsActive,
            s.Version,
            s.TotalCaseload
        );
    }
}
