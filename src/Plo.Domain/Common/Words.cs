using System.Globalization;
using Plo.Domain.Cases;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;
using Plo.Domain.Supervision;

namespace Plo.Domain.Common;

/// <summary>
/// The one display name of every value the record holds, in the words staff use ("Family and friends viability
/// assessment", not FamilyAndFriendsViability), for the timeline, CSV, pages and the API's names list. Letters to
/// parents say things more plainly still, in sentences of their own. Dates in words are UK style.
/// </summary>
public static class Words
{
    private static readonly Dictionary<Enum, string> Names = new()
    {
        [CaseStatus.Open] = "Open",
        [CaseStatus.Closed] = "Closed",
        [AllocatedRole.SocialWorker] = "Social worker",
        [AllocatedRole.TeamManager] = "Team manager",
        [AllocatedRole.LegalAdviser] = "Legal adviser",
        [EpisodeStage.AwaitingLetter] = "Awaiting the letter before proceedings",
        [EpisodeStage.LetterSent] = "Letter before proceedings sent",
        [EpisodeStage.InitialMeetingHeld] = "Initial meeting held",
        [EpisodeStage.InReview] = "In review",
        [EpisodeStage.DecisionDue] = "Decision due",
        [EpisodeStage.Closed] = "Ended",
        [ExitOutcome.SteppedDownToChildProtectionPlan] = "Stepped down to a child protection plan",
        [ExitOutcome.SteppedDownToChildInNeedPlan] = "Stepped down to a child in need plan",
        [ExitOutcome.ProceedingsIssued] = "Care proceedings issued",
        [ExitOutcome.NoFurtherAction] = "No further action",
        [ExitOutcome.ChildAccommodated] = "Child accommodated by agreement",
        [ExitGroup.SteppedDown] = "Stepped down",
        [ExitGroup.ProceedingsIssued] = "Proceedings issued",
        [ExitGroup.Other] = "Other",
        [ReviewPointKind.LetterSent] = "Letter before proceedings",
        [ReviewPointKind.InitialMeeting] = "Initial meeting",
        [ReviewPointKind.Review] = "Review",
        [ReviewPointKind.DecisionPoint] = "Decision point",
        [ReviewPointKind.Supervision] = "Supervision",
        [ReviewPointStatus.Upcoming] = "Upcoming",
        [ReviewPointStatus.Met] = "Met",
        [ReviewPointStatus.Overdue] = "Overdue",
        [ReviewPointStatus.NotReached] = "Not reached",
        [RationaleStatus.NotNeeded] = "Not needed",
        [RationaleStatus.Recorded] = "Reason recorded",
        [RationaleStatus.Missing] = "No reason recorded",
        [Rag.Green] = "Green",
        [Rag.Amber] = "Amber",
        [Rag.Red] = "Red",
        [DelayReason.AssessmentDelay] = "Assessment delayed",
        [DelayReason.ExpertAvailability] = "Expert not available",
        [DelayReason.ParentEngagement] = "Parents' engagement",
        [DelayReason.FamilyNetworkExploration] = "Exploring the family network",
        [DelayReason.NewConcerns] = "New concerns",
        [DelayReason.LegalOrCourtCapacity] = "Legal or court capacity",
        [DelayReason.Other] = "Other reason",
        [DecisionOption.EnterPreProceedings] = "Enter pre-proceedings",
        [DecisionOption.IssueProceedingsNow] = "Issue care proceedings now",
        [DecisionOption.ChildProtectionPlan] = "Continue under a child protection plan",
        [DecisionOption.ChildInNeedPlan] = "Step down to a child in need plan",
        [DecisionOption.NoFurtherLegalAction] = "No further legal action",
        [DecisionOption.AccommodationByAgreement] = "Accommodation by agreement (section 20)",
        [DecisionOption.PrivateLawRoute] = "Support a private law application",
        [DecisionOption.ExtendPreProceedings] = "Extend pre-proceedings",
        [DecisionOption.ComeBackToPanel] = "Come back to the panel",
        [DecisionOption.RatifyDecision] = "Ratify a decision made outside the panel",
        [MeetingKind.Initial] = "Initial meeting",
        [MeetingKind.Review] = "Review meeting",
        [MeetingKind.Final] = "Final meeting",
        [ProgressRating.Good] = "Good progress",
        [ProgressRating.Some] = "Some progress",
        [ProgressRating.Little] = "Little progress",
        [ProgressRating.None] = "No progress",
        [ProgressRating.NotRecorded] = "Progress not recorded",
        [MeetingDecision.Continue] = "Continue",
        [MeetingDecision.Extend] = "Extend",
        [MeetingDecision.StepDown] = "Step down",
        [MeetingDecision.IssueProceedings] = "Issue proceedings",
        [ActionOwner.Parent] = "Parent",
        [ActionOwner.Council] = "Council",
        [ActionOwner.Other] = "Someone else",
        [ActionStatus.Open] = "Open",
        [ActionStatus.Done] = "Done",
        [ActionStatus.NotDone] = "Not done",
        [ActionResult.Done] = "Done",
        [ActionResult.NotDone] = "Not done",
        [ActionResult.CarriedOn] = "Carried on",
        [AssessmentKind.Parenting] = "Parenting assessment",
        [AssessmentKind.FamilyAndFriendsViability] = "Family and friends viability assessment",
        [AssessmentKind.SpecialGuardianship] = "Special guardianship assessment",
        [AssessmentKind.DrugAndAlcoholTesting] = "Drug and alcohol testing",
        [AssessmentKind.Psychological] = "Psychological assessment",
        [AssessmentKind.Other] = "Other assessment",
        [SignificantChangeKind.NewAdultInHousehold] = "A new adult in the household",
        [SignificantChangeKind.Separation] = "Separation",
        [SignificantChangeKind.Move] = "A move of home",
        [SignificantChangeKind.Birth] = "A birth",
        [SignificantChangeKind.NewIncidentOrConcern] = "A new incident or concern",
        [SignificantChangeKind.SchoolOrPlacementChange] = "A change of school or placement",
        [SignificantChangeKind.Other] = "Another significant change",
        [LetterKind.LetterBeforeProceedings] = "Letter before proceedings",
        [LetterKind.LetterBeforeProceedingsUnborn] = "Letter before proceedings (unborn baby)",
        [LetterKind.LetterOfIntentToIssue] = "Letter of intent to issue proceedings",
        [LetterKind.EndOfPreProceedings] = "End of pre-proceedings letter",
        [LetterKind.LetterOfIssue] = "Letter of issue",
        [LetterKind.ReviewMeetingInvitation] = "Review meeting invitation",
        [LetterStatus.Draft] = "Draft",
        [OverrideCategory.UrgentSafeguarding] = "Urgent safeguarding",
        [OverrideCategory.CourtTimetable] = "Court timetable",
        [OverrideCategory.Other] = "Other",
        [LetterStatus.Approved] = "Approved",
        [LetterStatus.Issued] = "Issued",
    };

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every enum the names cover, for the names list and the test that none is missing.</summary>
    public static IEnumerable<Type> Enums => Names.Keys.Select(k => k.GetType()).Distinct();

    public static bool IsNamed(Enum value) => Names.ContainsKey(value);

    public static string For(Enum value) => Names.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>"Monday 2 March 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", Uk);

    /// <summary>"2 Mar 2026", for tables.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Uk);
}
