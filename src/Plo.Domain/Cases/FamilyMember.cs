using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>
/// A parent or other family member. Those with parental responsibility receive the letters while they are involved;
/// nobody is deleted: a person whose involvement ends keeps their record, with the date and the reason.
/// </summary>
public sealed class FamilyMember : Entity
{
    private FamilyMember() { }

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Relationship { get; private set; } = "";
    public bool HasParentalResponsibility { get; private set; }
    public Address? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? PreferredLanguage { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    public Solicitor? Solicitor { get; private set; }
    public DateOnly? InvolvementEndedOn { get; private set; }
    public string? InvolvementEndReason { get; private set; }
    public bool IsInvolved => InvolvementEndedOn is null;

    /// <summary>
    /// Who the letters go to: people with parental responsibility who are still involved. (A person brought in from an
    /// earlier tracker may have no address yet; their letter waits for it.)
    /// </summary>
    public bool ReceivesLetters => HasParentalResponsibility && IsInvolved;

    public string FullName => $"{FirstName} {LastName}";

    public static FamilyMember Create(NewFamilyMember member)
    {
        var created = new FamilyMember
        {
            FirstName = Guard.Text(member.FirstName, "First name", FieldLengths.Name),
            LastName = Guard.Text(member.LastName, "Last name", FieldLengths.Name),
            Relationship = Guard.Text(member.Relationship, "Relationship", FieldLengths.Relationship),
            HasParentalResponsibility = member.HasParentalResponsibility,
        };
        if (created.HasParentalResponsibility && member.Address is null && !member.AddressToFollow)
        {
            throw new DomainValidationException(
                "address",
                "People with parental responsibility need an address for their letters."
            );
        }

        created.Apply(member.Details);
        return created;
    }

    public FamilyMemberDetails Details => new(Address, Phone, Email, PreferredLanguage, InterpreterNeeded, Solicitor);

    internal void Apply(FamilyMemberDetails details)
    {
        if (HasParentalResponsibility && details.Address is null && Address is not null)
        {
            throw new DomainValidationException(
                "address",
                "People with parental responsibility need an address for their letters: it cannot be removed."
            );
        }

        Address = details.Address is { } address ? address with { } : null;
        Phone = Guard.OptionalText(details.Phone, "Phone", FieldLengths.Phone);
        Email = Guard.OptionalText(details.Email, "Email", FieldLengths.Email);
        PreferredLanguage = Guard.OptionalText(details.PreferredLanguage, "Preferred language", FieldLengths.Language);
        InterpreterNeeded = details.InterpreterNeeded;
        Solicitor = details.Solicitor is { } solicitor ? solicitor with { } : null;
    }

    internal void EndInvolvement(DateOnly on, string reason)
    {
        if (!IsInvolved)
        {
            throw new DomainRuleViolationException($"{FullName}'s involvement has already ended.");
        }

        InvolvementEndedOn = on;
        InvolvementEndReason = Guard.Text(reason, "Reason", Limits.Narrative);
    }
}

/// <summary>What can change about a family member after the case is opened.</summary>
public sealed record FamilyMemberDetails(
    Address? Address,
    string? Phone,
    string? Email,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    Solicitor? Solicitor
)
{
    /// <summary>The details in words, for the audit's before and after.</summary>
    public string Describe() =>
        string.Join(
            "; ",
            $"address: {(Address is { } a ? Joined(a.Line1, a.Line2, a.Town, a.Postcode) : "none")}",
            $"phone: {Phone ?? "none"}",
            $"email: {Email ?? "none"}",
            $"language: {PreferredLanguage ?? "not recorded"}",
            $"interpreter: {(InterpreterNeeded ? "needed" : "not needed")}",
            $"solicitor: {(Solicitor is { } s ? Joined(s.Name, s.Firm, s.Phone, s.Email) : "none")}"
        );

    private static string Joined(params string?[] parts) =>
        string.Join(", ", parts.Where(x => !string.IsNullOrEmpty(x)));
}

public sealed record NewFamilyMember(
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    Address? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    Solicitor? Solicitor,
    string? Phone = null,
    string? Email = null,
    bool AddressToFollow = false
)
{
    public FamilyMemberDetails Details => new(Address, Phone, Email, PreferredLanguage, InterpreterNeeded, Solicitor);
}
