namespace Plo.Domain.Common;

/// <summary>Something that happened to an aggregate, for its timeline; the unit of work adds who and when.</summary>
public sealed record TimelineEvent(string Kind, string Summary);
