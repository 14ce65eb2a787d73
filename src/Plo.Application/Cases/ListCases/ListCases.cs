using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Domain.Cases;

namespace Plo.Application.Cases.ListCases;

/// <summary>The cases the user may see, newest first; <c>Search</c> matches the reference or a child's first or last
/// name.</summary>
[NotCaseScoped]
public sealed record ListCasesQuery(int Page = 1, int PageSize = 25, string? Search = null)
    : IQuery<PagedResult<CaseSummaryDto>>;

public sealed record CaseSummaryDto(
    Guid Id,
    string Reference,
    CaseStatus Status,
    DateTime OpenedAt,
    string ChildNames,
    int ChildCount,
    string SocialWorkerId,
    string TeamManagerId
);

public sealed class ListCasesQueryHandler(IPloDbContext db, ICurrentUser user)
    : IQueryHandler<ListCasesQuery, PagedResult<CaseSummaryDto>>
{
    public async ValueTask<PagedResult<CaseSummaryDto>> Handle(
        ListCasesQuery query,
        CancellationToken cancellationToken
    )
    {
        var visible = db.Cases.AsNoTracking().Where(CaseReach.VisibleTo(user, db));
        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var pattern =
                $"%{search.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            visible = visible.Where(c =>
                EF.Functions.Like(c.Reference, pattern)
                || c.Children.Any(ch =>
                    EF.Functions.Like(ch.FirstName, pattern)
                    || EF.Functions.Like(ch.LastName, pattern)
                    || EF.Functions.Like(ch.FirstName + " " + ch.LastName, pattern)
                )
            );
        }

        var total = await visible.CountAsync(cancellationToken);
        var rows = await visible
            .OrderByDescending(c => c.OpenedAt)
            .ThenBy(c => c.Reference)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Status,
                c.OpenedAt,
                c.Allocation.SocialWorkerId,
                c.Allocation.TeamManagerId,
                Children = c.Children.OrderBy(ch => ch.FirstName).Select(ch => ch.FirstName).ToList(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new CaseSummaryDto(
                r.Id,
                r.Reference,
                r.Status,
                r.OpenedAt,
                string.Join(", ", r.Children),
                r.Children.Count,
                r.SocialWorkerId,
                r.TeamManagerId
            ))
            .ToList();
        return new PagedResult<CaseSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
