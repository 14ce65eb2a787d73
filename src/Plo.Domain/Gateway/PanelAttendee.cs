namespace Plo.Domain.Gateway;

public sealed record PanelAttendee(string Name, string Role);
