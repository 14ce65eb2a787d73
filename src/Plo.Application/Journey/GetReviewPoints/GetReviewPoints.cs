using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Delay;
using Plo.Application.Staff;
using Plo.Domain.Calendar;
using Plo.Domain.Journey;

namespace Plo.Application.Journey.GetReviewPoints;

public sealed record GetReviewPointsQuery(Guid CaseId) : IQuery<ReviewPointsDto>, IHasCaseId;

public sealed record ReviewPointsDto(
    Guid CaseId,
    DateOnly Today,
    IReadOnlyList<EpisodeDto> Episodes,
    IReadOnlyList<ReviewPoint> Points,
    bool IsOverdue,
    int DaysOverdue,
    RationaleStatus RationaleStatus,
    CurrentRationaleDto? CurrentRationale,
    ReviewPoint? NextPoint,
    IReadOnlyList<ReviewPoint> Supervision
);

public sealed record EpisodeDto(
    Guid Id,
    Guid ChildId,
    string ChildName,
    EpisodeStage Stage,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    ReviewPolicy Policy,
    DateOnly? ClosedOn,
    ExitOutcome? Outcome
);

public sealed class GetReviewPointsQueryHandler(IPloDbContext db, TimeProvider clock, WorkingDayCalendar calendar)
    : IQueryHandler<GetReviewPointsQuery, ReviewPointsDto>
{
    public async ValueTask<ReviewPointsDto> Handle(GetReviewPointsQuery query, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadCaseAsync(query.CaseId, cancellationToken);
        var today = clock.Today();
        var points = ReviewSchedule.For(familyCase, calendar, today);
        var status = JourneyStatus.Of(familyCase, points, today);
        var names = familyCase.Children.ToDictionary(c => c.Id, c => c.FirstName);
        var episodes = familyCase
            .Episodes.Select(e => new EpisodeDto(
                e.Id,
                e.ChildId,
                names[e.ChildId],
                e.Stage,
                e.StartDate,
                e.ExpectedEndDate,
                e.Policy,
                e.ClosedOn,
                e.Outcome
            ))
            .ToList();
        var current = familyCase.CurrentRationale(today);
        var recordedBy = current is null
            ? null
            : await StaffNames.LoadAsync(db, [current.RecordedBy], cancellationToken);
        var rationale = current is null
            ? null
            : new CurrentRationaleDto(
                current.Reason,
                current.RevisedDate,
                CurrentRationaleDto.Shorten(current.Narrative),
                current.RecordedOn,
                current.RecordedBy,
                recordedBy!.Of(current.RecordedBy)
            );
        return new ReviewPointsDto(
            familyCase.Id,
            today,
            episodes,
            points,
            status.IsOverdue,
            status.DaysOverdue,
            status.Rationale,
            rationale,
            status.NextPoint,
            SupervisionSchedule.For(familyCase, calendar, today)
        );
    }
}
