using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;

namespace Plo.Application.Staff.ListStaff;

/// <summary>The staff directory (work contacts, so any role may read it), by name.</summary>
[NotCaseScoped]
public sealed record ListStaffQuery(bool IncludeInactive = false) : IQuery<IReadOnlyList<StaffMemberDto>>;

public sealed class ListStaffQueryHandler(IPloDbContext db)
    : IQueryHandler<ListStaffQuery, IReadOnlyList<StaffMemberDto>>
{
    public async ValueTask<IReadOnlyList<StaffMemberDto>> Handle(
        ListStaffQuery query,
        CancellationToken cancellationToken
    ) =>
        await db
            .Staff.AsNoTracking()
            .Where(s => query.IncludeInactive || s.IsActive)
            .OrderBy(s => s.DisplayName)
            .Select(s => new StaffMemberDto(
                s.UserId,
                s.DisplayName,
                s.Roles,
                s.TeamId,
                db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).FirstOrDefault(),
                s.JobTitle,
                s.Phone,
                s.Email,
                s.IsActive,
                s.Version,
                s.TotalCaseload
            ))
            .ToListAsync(cancellationToken);
}
