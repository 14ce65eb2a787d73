using Plo.Domain.Cases;

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
    int Version);

public sealed record AllocationDto(string SocialWorkerId, string TeamManagerId, string? LegalAdviserId);

public sealed record ChildDto(Guid Id, string FirstName, string LastName, DateOnly? DateOfBirth, DateOnly? ExpectedDueDate, bool IsUnborn);

public sealed record FamilyMemberDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    AddressDto? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    SolicitorDto? Solicitor);

public sealed record AddressDto(string Line1, string? Line2, string Town, string Postcode);

public sealed record SolicitorDto(string Name, string? Firm, string? Phone, string? Email);
