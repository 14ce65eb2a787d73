using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Domain.Staff;

/// <summary>
/// Someone who works in Plo, keyed by their identity-provider subject. Their roles say what they may be allocated
/// as; what they may do is decided by the roles in their sign-in. Leavers are made inactive, never deleted.
/// </summary>
public sealed class StaffMember : AggregateRoot
{
    private StaffMember() { }

    /// <summary>The identity provider's subject for this person: what tokens, allocations and records name them
    /// by.</summary>
    public string UserId { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public List<string> Roles { get; private set; } = [];
    public Guid? TeamId { get; private set; }
    public string? JobTitle { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public bool IsActive { get; private set; } = true;

    /// <summary>How many children this person holds in all their work, where the directory knows it (it comes from the
    /// council's case management system, not from Plo).</summary>
    public int? TotalCaseload { get; private set; }

    public static StaffMember Create(string userId, StaffDetails details)
    {
        var member = new StaffMember { UserId = Guard.Text(userId, "User id", FieldLengths.UserId) };
        member.Apply(details);
        return member;
    }

    public void Update(StaffDetails details)
    {
        Apply(details);
        Changed();
    }

    public bool Holds(string role) => Roles.Contains(role);

    private void Apply(StaffDetails details)
    {
        if (details.Roles.Count == 0)
        {
            throw new DomainValidationException("roles", "Give at least one role.");
        }

        DisplayName = Guard.Text(details.DisplayName, "Display name", FieldLengths.Name);
        Roles = [.. details.Roles.Distinct()];
        TeamId = details.TeamId;
        JobTitle = Guard.OptionalText(details.JobTitle, "Job title", FieldLengths.Name);
        Phone = Guard.OptionalText(details.Phone, "Phone", FieldLengths.Phone);
        Email = Guard.OptionalText(details.Email, "Email", FieldLengths.Email);
        IsActive = details.IsActive;
        TotalCaseload = details.TotalCaseload is < 0
            ? throw new DomainValidationException("totalCaseload", "A caseload cannot be negative.")
            : details.TotalCaseload;
    }
}

public sealed record StaffDetails(
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? TeamId,
    string? JobTitle,
    string? Phone,
    string? Email,
    bool IsActive,
    int? TotalCaseload = null
);
