namespace Plo.Domain.Common;

/// <summary>
/// Something that happened, for a case's timeline; the unit of work adds who and when. <see cref="CaseId"/> names the
/// case when the aggregate is not the case itself (a letter, a panel meeting's agenda).
/// </summary>
public sealed record TimelineEvent(string Kind, string Summary, Guid? CaseId = null);
