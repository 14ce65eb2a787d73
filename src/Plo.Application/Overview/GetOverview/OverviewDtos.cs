using Plo.Application.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

public sealed record OverviewRow(
    Guid CaseId,
    string Reference,
    Guid ChildId,
    string ChildName,
    string Age,
    bool Unborn,
    EpisodeStage Stage,
    DateOnly StartDate,
    int WeeksInPreProceedings,
    DateOnly ExpectedEndDate,
    ReviewPointKind? NextReviewPoint,
    DateOnly? NextReviewDue,
    int DaysOverdue,
    RationaleStatus RationaleStatus,
    CurrentRationaleDto? CurrentRationale,
    int ExtensionCount,
    Rag Rag,
    string SocialWorkerId,
    string? SocialWorkerName,
    string TeamManagerId,
    string? TeamManagerName,
    string? TeamName,
    string? LegalAdviserId,
    DecisionOption? LastGatewayDecision,
    DateOnly? LastGatewayDecisionOn,
    DateOnly? LetterBeforeProceedingsSentOn,
    int LettersIssuedWithOverride,
    DateOnly? ClosedOn,
    ExitOutcome? Outcome,
    IReadOnlyList<string> RagReasons,
    DateOnly? SupervisionDueOn,
    int SupervisionDaysOverdue,
    DateOnly? ReassessmentDueSince,
    int? DaysSinceSignificantChange,
    int SocialWorkerChangesLast12Months,
    bool WorkerChangesAmber,
    bool WaitingForSocialWorker,
    int? SocialWorkerCaseload
);

public sealed record OverviewSummary(
    int ActiveChildren,
    int ActiveFamilies,
    IReadOnlyDictionary<EpisodeStage, int> ByStage,
    IReadOnlyDictionary<Rag, int> ByRag,
    double MedianWeeks,
    double Percentile90Weeks,
    int PastExpectedWeeks,
    int OverdueWithoutRationale,
    IReadOnlyList<ExitSummary> ExitsLast12Months,
    KeyDatesMet KeyDatesMetLast12Months,
    int SupervisionOverdue,
    int ReassessmentsDue,
    int WaitingForSocialWorker,
    int FrequentWorkerChanges,
    IReadOnlyList<Caseload> Caseloads
);

/// <summary>
/// Children in pre-proceedings held by one member of staff in the social worker's place; their whole caseload where
/// the staff directory knows it. A team manager holding children is holding them while they wait for a social
/// worker. Amber when either count is above its threshold (<see cref="OverviewOptions"/>).
/// </summary>
public sealed record Caseload(
    string UserId,
    string? Name,
    string? Team,
    int ChildrenInPreProceedings,
    int? TotalCaseload,
    bool HoldingForSocialWorker,
    bool Amber
);

/// <summary>Key dates met in the last 12 months across the families the user may see, and how many of them on
/// time.</summary>
public sealed record KeyDatesMet(int Met, int OnTime, double? PercentOnTime);

public sealed record ExitSummary(ExitGroup Outcome, int Children, double MedianWeeks);

public sealed record OverviewPage(
    IReadOnlyList<OverviewRow> Rows,
    int Page,
    int PageSize,
    int TotalCount,
    OverviewSummary Summary
);
