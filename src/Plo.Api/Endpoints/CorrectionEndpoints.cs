using Mediator;
using Plo.Application.Allocations.ReallocateSocialWorker;
using Plo.Application.Allocations.ReallocateTeamManager;
using Plo.Application.Family.AddChild;
using Plo.Application.Family.AddFamilyMember;
using Plo.Application.Family.CorrectDateOfBirth;
using Plo.Application.Family.EndInvolvement;
using Plo.Application.Family.UpdateFamilyMember;
using Plo.Application.Meetings.CorrectMeetingOutcome;

namespace Plo.Api.Endpoints;

/// <summary>Putting the record right: people, children, allocation and meeting outcomes. Every correction is audited
/// with before and after.</summary>
internal static class CorrectionEndpoints
{
    public static RouteGroupBuilder MapCorrectionEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}")
            .WithTags("Corrections")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases
            .MapPost(
                "/family-members",
                (Guid id, AddFamilyMemberCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary(
                "Add a person to the case, with or without parental responsibility (SocialWorker, TeamManager)."
            )
            .ProducesChangeProblems();
        cases
            .MapPut(
                "/family-members/{memberId:guid}",
                (Guid id, Guid memberId, UpdateFamilyMemberCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, MemberId = memberId }, ct)
            )
            .WithSummary(
                "Change a person's address, phone, email, language, interpreter need or solicitor (SocialWorker, "
                    + "TeamManager)."
            )
            .ProducesChangeProblems();
        cases
            .MapPost(
                "/family-members/{memberId:guid}/end-involvement",
                (Guid id, Guid memberId, EndInvolvementCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, MemberId = memberId }, ct)
            )
            .WithSummary(
                "End a person's involvement with a reason; they are never deleted (SocialWorker, TeamManager)."
            )
            .ProducesChangeProblems();
        cases
            .MapPost(
                "/children",
                (Guid id, AddChildCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary(
                "Add a child; in pre-proceedings they start their own episode with its own key dates (SocialWorker, "
                    + "TeamManager)."
            )
            .ProducesChangeProblems();
        cases
            .MapPut(
                "/children/{childId:guid}/date-of-birth",
                (Guid id, Guid childId, CorrectDateOfBirthCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, ChildId = childId }, ct)
            )
            .WithSummary("Correct a child's date of birth, with the reason (SocialWorker, TeamManager).")
            .ProducesChangeProblems();
        cases
            .MapPut(
                "/allocation/social-worker",
                (Guid id, ReallocateSocialWorkerCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Allocate another social worker, with the reason (TeamManager of the case, SeniorManager).")
            .ProducesChangeProblems();
        cases
            .MapPut(
                "/allocation/team-manager",
                (Guid id, ReallocateTeamManagerCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id }, ct)
            )
            .WithSummary("Allocate another team manager, with the reason (SeniorManager).")
            .ProducesChangeProblems();
        cases
            .MapPut(
                "/meetings/{meetingId:guid}/outcome",
                (Guid id, Guid meetingId, CorrectMeetingOutcomeCommand c, ISender s, CancellationToken ct) =>
                    SenderResults.Command(s, c with { CaseId = id, MeetingId = meetingId }, ct)
            )
            .WithSummary(
                "Correct a recorded meeting outcome, with the reason; the timeline keeps both versions (TeamManager)."
            )
            .ProducesChangeProblems();
        return api;
    }
}
