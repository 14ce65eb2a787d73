namespace Plo.Domain.Planning;

/// <summary>A worry, tied to a date or a specific event so parents know exactly what is meant.</summary>
public sealed record Concern(string Description, DateOnly? OccurredOn, string? Event);

/// <summary>What needs to change: who does what, by when.</summary>
public sealed record RequiredChange(string What, string Who, DateOnly ByWhen);

/// <summary>Help for the family: which service, from whom, when; <paramref name="AlreadyGiven"/> marks help given
/// before this plan, which letters list apart from the help still to come.</summary>
public sealed record SupportOffer(string Service, string Who, string When, bool AlreadyGiven = false);

/// <summary>Family network and family group conference (FGC) offer.</summary>
public sealed record FamilyNetwork(
    bool FgcOffered,
    DateOnly? OfferedOn,
    DateOnly? HeldOn,
    bool Declined,
    DateOnly? DeclinedOn
);
