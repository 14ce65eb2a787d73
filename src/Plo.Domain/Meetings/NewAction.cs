namespace Plo.Domain.Meetings;

public sealed record NewAction(ActionOwner Owner, string Description, DateOnly DueOn);
