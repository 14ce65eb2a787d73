using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Delay.ListDelayRationales;

/// <summary>Every reason recorded for a delay on the case, newest first.</summary>
public sealed record ListDelayRationalesQuery(Guid CaseId) : IQuery<IReadOnlyList<DelayRationaleDto>>, IHasCaseId;

public sealed class ListDelayRationalesQueryHandler(IPloDbContext db, TimeProvider clock)
    : IQueryHandler<ListDelayRationalesQuery, IReadOnlyList<DelayRationaleDto>>
{
    public async ValueTask<IReadOnlyList<DelayRationaleDto>> Handle(
        ListDelayRationalesQuery query,
        CancellationToken cancellationToken
    )
    {
        var today = clock.Today();
        return await db
            .Cases.AsNoTracking()
            .Where(c => c.Id == query.CaseId)
            .SelectMany(c => c.DelayRationales)
            .OrderByDescending(r => r.RecordedOn)
            .ThenByDescending(r => r.Id)
            .Select(r => new DelayRationaleDto(
                r.Id,
                r.Reason,
                r.Narrative,
                r.RevisedDate,
                r.RecordedOn,
                r.RecordedBy,
                db.Staff.Where(s => s.UserId == r.RecordedBy).Select(s => s.DisplayName).FirstOrDefault(),
                r.RevisedDate >= today
            ))
            .ToListAsync(cancellationToken);
    }
}
