using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Staff;
using Plo.Domain.Supervision;

namespace Plo.Application.Supervision.GetSignificantChanges;

public sealed record GetSignificantChangesQuery(Guid CaseId) : IQuery<SignificantChangesDto>, IHasCaseId;

/// <summary>
/// The significant changes in the children's lives (newest first), when an assessment was last completed, and
/// whether a reassessment is due: since the earliest change after that assessment, and for how many days.
/// </summary>
public sealed record SignificantChangesDto(
    Guid CaseId,
    int Version,
    DateOnly? LastAssessedOn,
    ReassessmentDto? Reassessment,
    IReadOnlyList<SignificantChangeDto> Changes
);

public sealed record ReassessmentDto(DateOnly DueSince, int DaysSinceChange);

public sealed record SignificantChangeDto(
    Guid Id,
    SignificantChangeKind Kind,
    DateOnly OccurredOn,
    string Description,
    string RecordedBy,
    string? RecordedByName,
    DateTime RecordedAt,
    bool AssessedSince
);

public sealed class GetSignificantChangesQueryHandler(IPloDbContext db, TimeProvider clock)
    : IQueryHandler<GetSignificantChangesQuery, SignificantChangesDto>
{
    public async ValueTask<SignificantChangesDto> Handle(
        GetSignificantChangesQuery query,
        CancellationToken cancellationToken
    )
    {
        var c = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        var names = await StaffNames.LoadAsync(db, c.SignificantChanges.Select(x => x.RecordedBy), cancellationToken);
        var assessed = c.LastAssessedOn;
        return new SignificantChangesDto(
            c.Id,
            c.Version,
            assessed,
            Reassessment.Of(c.ReassessmentDueSince, clock.Today()),
            [
                .. c
                    .SignificantChanges.OrderByDescending(x => x.OccurredOn)
                    .ThenByDescending(x => x.RecordedAt)
                    .Select(x => new SignificantChangeDto(
                        x.Id,
                        x.Kind,
                        x.OccurredOn,
                        x.Description,
                        x.RecordedBy,
                        names.Of(x.RecordedBy),
                        x.RecordedAt,
                        assessed >= x.OccurredOn
                    )),
            ]
        );
    }
}

public static class Reassessment
{
    public static ReassessmentDto? Of(DateOnly? dueSince, DateOnly today) =>
        dueSince is { } since ? new ReassessmentDto(since, today.DayNumber - since.DayNumber) : null;
}
