using Mediator;
using Plo.Api.Infrastructure;
using Plo.Application.Delay.ApproveExtension;
using Plo.Application.Delay.ListDelayRationales;
using Plo.Application.Delay.ListExtensions;
using Plo.Application.Delay.RecordDelayRationale;
using Plo.Application.Journey.ExitPreProceedings;
using Plo.Application.Journey.GetReviewPoints;
using Plo.Application.Journey.GetTimeline;
using Plo.Application.Journey.RecordBirth;
using Plo.Application.Journey.RecordLetterSent;
using Plo.Application.Meetings.GetMeetings;
using Plo.Application.Meetings.RecordMeetingOutcome;
using Plo.Application.Meetings.ScheduleMeeting;
using Plo.Application.Planning.CommissionAssessment;
using Plo.Application.Planning.GetPlan;
using Plo.Application.Planning.UpdateAssessment;
using Plo.Application.Planning.UpdatePlan;

namespace Plo.Api.Endpoints;

/// <summary>The family's journey through pre-proceedings, under /api/cases/{id}. Changes carry the case version they
/// were made against.</summary>
internal static class JourneyEndpoints
{
    public static RouteGroupBuilder MapJourneyEndpoints(this RouteGroupBuilder api)
    {
        var journey = api.MapGroup("/cases/{id:guid}")
            .WithTags("Journey")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        journey
            .MapGet(
                "/plan",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetPlanQuery(id), ct)
            )
            .WithSummary("The plan: concerns, what needs to change, help, family network, contingency, assessments.");
        journey
            .MapPut(
                "/plan",
                (Guid id, UpdatePlanCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Replace the plan (SocialWorker, TeamManager).")
            .ProducesChangeProblems()
            .WithBodyLimit(256);
        journey
            .MapPost(
                "/assessments",
                (Guid id, CommissionAssessmentCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Commission an assessment (SocialWorker, TeamManager).")
            .ProducesChangeProblems()
            .Idempotent();
        journey
            .MapPut(
                "/assessments/{assessmentId:guid}",
                (Guid id, Guid assessmentId, UpdateAssessmentCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, AssessmentId = assessmentId }, ct)
            )
            .WithSummary("Update an assessment's due date, completion and outcome (SocialWorker, TeamManager).")
            .ProducesChangeProblems();

        journey
            .MapGet(
                "/meetings",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetMeetingsQuery(id), ct)
            )
            .WithSummary("Meetings and written-agreement actions with every result recorded.");
        journey
            .MapPost(
                "/meetings",
                (Guid id, ScheduleMeetingCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Schedule an initial, review or final meeting (SocialWorker, TeamManager).")
            .ProducesChangeProblems()
            .Idempotent();
        journey
            .MapPost(
                "/meetings/{meetingId:guid}/outcome",
                (Guid id, Guid meetingId, RecordMeetingOutcomeCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, MeetingId = meetingId }, ct)
            )
            .WithSummary(
                "Record a meeting's outcome, a result for every open action, and new actions (SocialWorker, "
                    + "TeamManager)."
            )
            .WithBodyLimit(256)
            .ProducesChangeProblems();

        journey
            .MapPost(
                "/letter-sent",
                (Guid id, RecordLetterSentCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Record that the letter before proceedings was sent (SocialWorker, TeamManager).")
            .ProducesChangeProblems();
        journey
            .MapPost(
                "/children/{childId:guid}/birth",
                (Guid id, Guid childId, RecordBirthCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, ChildId = childId }, ct)
            )
            .WithSummary("Record the birth of an unborn child (SocialWorker, TeamManager).")
            .ProducesChangeProblems();
        journey
            .MapPost(
                "/delay-rationales",
                (Guid id, RecordDelayRationaleCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Record why the journey is taking longer than expected (TeamManager, SeniorManager).")
            .ProducesChangeProblems()
            .Idempotent();
        journey
            .MapGet(
                "/delay-rationales",
                (Guid id, ISender s, CancellationToken ct) =>
                    SenderResults.Query(s, new ListDelayRationalesQuery(id), ct)
            )
            .WithSummary(
                "Every reason recorded for a delay, newest first, whole, with who recorded it and whether it is "
                    + "current."
            );
        journey
            .MapGet(
                "/extensions",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new ListExtensionsQuery(id), ct)
            )
            .WithSummary(
                "Every extension approved, with its reason, the end dates before and after, and who approved it."
            );
        journey
            .MapPost(
                "/extensions",
                (Guid id, ApproveExtensionCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Approve an extension beyond the expected end (SeniorManager).")
            .ProducesChangeProblems()
            .Idempotent();
        journey
            .MapPost(
                "/exit",
                (Guid id, ExitPreProceedingsCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary(
                "End pre-proceedings: step down, issue proceedings, no further action or child accommodated "
                    + "(TeamManager, SeniorManager, GatewayPanel)."
            )
            .ProducesChangeProblems();

        journey
            .MapGet(
                "/review-points",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetReviewPointsQuery(id), ct)
            )
            .WithSummary(
                "Key dates with status (upcoming, met, overdue by N days), episodes, and whether a rationale for "
                    + "delay is needed."
            );
        journey
            .MapGet(
                "/timeline",
                (Guid id, ISender s, CancellationToken ct) => SenderResults.Query(s, new GetTimelineQuery(id), ct)
            )
            .WithSummary("Every event on the case in order, with who did it, in which role, and when.");
        return api;
    }

    internal static RouteHandlerBuilder ProducesChangeProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
