using Plo.Domain.Cases;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;

namespace Plo.Application.Cases.GetCase;

public sealed record CaseDetailsDto(
    Guid Id,
    string Reference,
    CaseStatus Status,
    DateTime OpenedAt,
    string OpenedBy,
    AllocationDto Allocation,
    IReadOnlyList<ChildDto> Children,
    IReadOnlyList<FamilyMemberDto> FamilyMembers,
    IReadOnlyList<GatewayDecisionDto> Decisions,
    ExitDto? Exit,
    IReadOnlyList<AllocationChangeDto> AllocationHistory,
    bool Migrated,
    string? FormerReference,
    int Version,
    DateOnly? SupervisionDueOn,
    DateOnly? ReassessmentDueSince
);

/// <summary>One change of allocated worker (from none when the case opened), when, by whom and why.</summary>
public sealed record AllocationChangeDto(
    AllocatedRole Role,
    string? FromUserId,
    string? FromName,
    string ToUserId,
    string? ToName,
    DateTime At,
    string By,
    string? Reason
);

public sealed record AllocationDto(
    string SocialWorkerId,
    string? SocialWorkerName,
    string TeamManagerId,
    string? TeamManagerName,
    string? LegalAdviserId,
    string? LegalAdviserName
);

/// <summary>How pre-proceedings ended, why, and who recorded it.</summary>
public sealed record ExitDto(
    ExitOutcome Outcome,
    DateOnly On,
    string Reason,
    DateOnly? CourtApplicationOn,
    string RecordedBy,
    string? RecordedByName
);

public sealed record ChildDto(
    Guid Id,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDueDate,
    bool IsUnborn
);

public sealed record FamilyMemberDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    AddressDto? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    SolicitorDto? Solicitor,
    string? Phone,
    string? Email,
    DateOnly? InvolvementEndedOn,
    string? InvolvementEndReason
);

public sealed record AddressDto(string Line1, string? Line2, string Town, string Postcode);

public sealed record SolicitorDto(string Name, string? Firm, string? Phone, string? Email);

/// <summary>A panel's decision about this family, with its reasons: readable by everyone who may see the
/// case.</summary>
public sealed record GatewayDecisionDto(
    Guid Id,
    Guid GatewayMeetingId,
    DateOnly DecidedOn,
    DecisionOption Option,
    string Rationale,
    bool ThresholdMet,
    string? Conditions,
    DateOnly? ComeBackOn,
    RatificationDto? Ratification,
    string RecordedBy,
    string? RecordedByName,
    PanelDto? Panel
);

/// <summary>The panel meeting that made a decision: when, who chaired, who sat.</summary>
public sealed record PanelDto(DateOnly MeetingDate, string Chair, IReadOnlyList<PanelAttendee> Attendees);

public sealed record RatificationDto(string MadeBy, DateOnly MadeOn, string Reason);
