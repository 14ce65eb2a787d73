namespace Plo.Application.Overview.GetDashboard;

public enum AttentionReason
{
    OverdueWithoutRationale,
    PastExpectedEndWithoutExtension,
    LetterAwaitingApproval,
    MeetingOutcomeMissing,
    CarriedOnActionOverdue,
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
    IReadOnlyList<MonthKeyDates> KeyDatesByMonth
);
