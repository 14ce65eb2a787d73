using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;

namespace Plo.Application.Staff.ListTeams;

[NotCaseScoped]
public sealed record ListTeamsQuery : IQuery<IReadOnlyList<TeamDto>>;

public sealed class ListTeamsQueryHandler(IPloDbContext db) : IQueryHandler<ListTeamsQuery, IReadOnlyList<TeamDto>>
{
    public async ValueTask<IReadOnlyList<TeamDto>> Handle(ListTeamsQuery query, CancellationToken cancellationToken) =>
        await db
            .Teams.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeamDto(
                t.Id,
                t.Name,
                t.ManagerId,
                db.Staff.Where(s => s.UserId == t.ManagerId).Select(s => s.DisplayName).FirstOrDefault(),
                db.Staff.Count(s => s.TeamId == t.Id && s.IsActive),
                t.Version
            ))
            .ToListAsync(cancellationToken);
}
