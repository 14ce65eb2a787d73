namespace Plo.Domain.Gateway;

/// <summary>A decision made outside the panel (an emergency, say) that the panel now ratifies.</summary>
public sealed record Ratification(string MadeBy, DateOnly MadeOn, string Reason);
