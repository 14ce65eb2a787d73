namespace Plo.Domain.Journey;

/// <summary>
/// The earliest key date not yet met, kept on the case so the overview can filter and sort on it in
/// the database. It depends only on recorded facts, never on today, so it changes only when the case does.
/// </summary>
public sealed record NextKeyDate(ReviewPointKind Kind, int Number, DateOnly DueOn);
