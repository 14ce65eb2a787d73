using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Delay.ListExtensions;

/// <summary>Every extension approved on the case, in order, with its reason and who approved it.</summary>
public sealed record ListExtensionsQuery(Guid CaseId) : IQuery<IReadOnlyList<ExtensionDto>>, IHasCaseId;

public sealed class ListExtensionsQueryHandler(IPloDbContext db)
    : IQueryHandler<ListExtensionsQuery, IReadOnlyList<ExtensionDto>>
{
    public async ValueTask<IReadOnlyList<ExtensionDto>> Handle(
        ListExtensionsQuery query,
        CancellationToken cancellationToken
    ) =>
        await db
            .Cases.AsNoTracking()
            .Where(c => c.Id == query.CaseId)
            .SelectMany(c => c.Extensions)
            .OrderBy(e => e.ApprovedOn)
            .ThenBy(e => e.Id)
            .Select(e => new ExtensionDto(
                e.Id,
                e.Weeks,
                e.Rationale,
                e.PreviousEndDate,
                e.NewEndDate,
                e.ApprovedOn,
                e.ApprovedBy,
                db.Staff.Where(s => s.UserId == e.ApprovedBy).Select(s => s.DisplayName).FirstOrDefault()
            ))
            .ToListAsync(cancellationToken);
}
