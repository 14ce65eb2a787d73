namespace Plo.Application.Overview.GetDashboard;

public enum AttentionReason
{
    OverdueWithoutRationale,
    PastExpectedEndWithoutExtension,
    LetterAwaitingApproval,
    MeetingOutcomeMissing,
    CarriedOnActionOverdue,
    SupervisionOverdue,
    ReassessmentDue,
}

/// <summary>A child or letter that needs a manager now, and what is missing.</summary>
public sealed record AttentionItem(
    AttentionReason Reason,
    Guid CaseId,
    string Reference,
    string Subject,
    DateOnly Since,
    int Days,
    string Missing
)
{
    /// <summary>An item waiting since <paramref name="since"/>, its days counted to <paramref name="today"/>.
    /// </summary>
    public static AttentionItem Waiting(
        AttentionReason reason,
        Guid caseId,
        string reference,
        string subject,
        DateOnly since,
        DateOnly today,
        string missing
    ) => new(reason, caseId, reference, subject, since, today.DayNumber - since.DayNumber, missing);
}

/// <summary>Children whose time in pre-proceedings falls in [FromWeek, ToWeek] (ToWeek null: and beyond).</summary>
public sealed record WeeksBucket(int FromWeek, int? ToWeek, int Children);

public sealed record TeamRag(string Team, int Red, int Amber, int Green);

public sealed record MonthKeyDates(int Year, int Month, int Met, int OnTime);

/// <summary>What the dashboard shows beside the overview table: what needs a manager, and its charts'
/// numbers.</summary>
public sealed record DashboardDto(
    IReadOnlyList<AttentionItem> NeedsYou,
    IReadOnlyList<WeeksBucket> ByWeeks,
    int ExpectedWeeks,
    IReadOnlyList<TeamRag> RagByTeam,
    IReadOnlyList<MonthKeyDates> KeyDatesByMonth,
    FamilyOversight Oversight
);

/// <summary>A family whose supervision is overdue, or due within the next <see cref="GetDashboardQuery"/> window.
/// </summary>
public sealed record SupervisionDue(
    Guid CaseId,
    string Reference,
    string Children,
    string? SocialWorker,
    DateOnly DueOn,
    int DaysOverdue
);

/// <summary>A family due for reassessment since a significant change, and for how many days.</summary>
public sealed record ReassessmentDue(Guid CaseId, string Reference, string Children, DateOnly Since, int Days);

/// <summary>A family and its changes of social worker in the last 12 months; who holds it now.</summary>
public sealed record WorkerChanges(Guid CaseId, string Reference, string Children, string? HeldBy, int Changes);
