namespace Plo.Application.Staff;

public sealed record StaffMemberDto(
    string UserId,
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? TeamId,
    string? TeamName,
    string? JobTitle,
    string? Phone,
    string? Email,
    bool IsActive,
    int Version,
    int? TotalCaseload
);

public sealed record TeamDto(Guid Id, string Name, string? ManagerId, string? ManagerName, int Members, int Version);

/// <summary>A staff member's details as a form or import gives them.</summary>
public sealed record StaffInput(
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? TeamId,
    string? JobTitle,
    string? Phone,
    string? Email,
    bool IsActive,
    int? TotalCaseload = null
);
