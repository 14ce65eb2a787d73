using Mediator;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Journey.GetTimeline;

public sealed record GetTimelineQuery(Guid CaseId) : IQuery<IReadOnlyList<TimelineEntryDto>>, IHasCaseId;

/// <summary>One event: when it was recorded (<c>at</c>), and when it happened if that was another day (history entered
/// later).</summary>
public sealed record TimelineEntryDto(
    DateTime At,
    DateOnly? OccurredOn,
    string Kind,
    string Summary,
    string UserId,
    string? UserName,
    string Roles
);

public sealed class GetTimelineQueryHandler(IPloDbContext db)
    : IQueryHandler<GetTimelineQuery, IReadOnlyList<TimelineEntryDto>>
{
    public async ValueTask<IReadOnlyList<TimelineEntryDto>> Handle(
        GetTimelineQuery query,
        CancellationToken cancellationToken
    )
    {
        return await db
            .Timeline.AsNoTracking()
            .Where(t => t.CaseId == query.CaseId)
            .OrderBy(t => t.At)
            .ThenBy(t => t.Id)
            .Select(t => new TimelineEntryDto(
                t.At,
                t.OccurredOn,
                t.Kind,
                t.Summary,
                t.UserId,
                db.Staff.Where(s => s.UserId == t.UserId).Select(s => s.DisplayName).FirstOrDefault(),
                t.Roles
            ))
            .ToListAsync(cancellationToken);
    }
}
