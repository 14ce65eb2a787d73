namespace Plo.Domain.Timeline;

/// <summary>
/// One event in a case's history, with who recorded it, in which role, and when; <see cref="OccurredOn"/> when it
/// happened on another day (history entered retrospectively). Append-only.
/// </summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateTime At { get; private set; }
    public DateOnly? OccurredOn { get; private set; }
    public string UserId { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public string Summary { get; private set; } = "";

    public static TimelineEntry Of(
        Guid caseId,
        DateTime at,
        string userId,
        string roles,
        string kind,
        string summary,
        DateOnly? occurredOn = null
    ) =>
        new()
        {
            CaseId = caseId,
            At = at,
            UserId = userId,
            Roles = roles,
            Kind = kind,
            Summary = summary,
            OccurredOn = occurredOn,
        };
}
