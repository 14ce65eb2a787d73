namespace Plo.Domain.Common;

/// <summary>
/// Something that happened, for a case's timeline; the unit of work adds who and when it was recorded.
/// <see cref="CaseId"/> names the case when the aggregate is not the case itself (a letter, a panel meeting's agenda).
/// <see cref="OccurredOn"/> is set when the thing happened on another day than it was recorded (a case entered
/// retrospectively). A correction carries what the record said <see cref="Before"/> and <see cref="After"/>, for the
/// audit.
/// </summary>
public sealed record TimelineEvent(
    string Kind,
    string Summary,
    Guid? CaseId = null,
    DateOnly? OccurredOn = null,
    string? Before = null,
    string? After = null
);
