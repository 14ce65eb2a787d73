using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>A parent or other family member. Those with parental responsibility receive the letters.</summary>
public sealed class FamilyMember : Entity
{
    private FamilyMember() { }

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Relationship { get; private set; } = "";
    public bool HasParentalResponsibility { get; private set; }
    public Address? Address { get; private set; }
    public string? PreferredLanguage { get; private set; }
    public bool InterpreterNeeded { get; private set; }
    public Solicitor? Solicitor { get; private set; }

    public static FamilyMember Create(NewFamilyMember member) => new()
    {
        FirstName = Guard.Text(member.FirstName, "First name", FieldLengths.Name),
        LastName = Guard.Text(member.LastName, "Last name", FieldLengths.Name),
        Relationship = Guard.Text(member.Relationship, "Relationship", FieldLengths.Relationship),
        HasParentalResponsibility = member.HasParentalResponsibility,
        Address = member.Address is { } address ? address with { } : null,
        PreferredLanguage = Guard.OptionalText(member.PreferredLanguage, "Preferred language", FieldLengths.Language),
        InterpreterNeeded = member.InterpreterNeeded,
        Solicitor = member.Solicitor is { } solicitor ? solicitor with { } : null,
    };
}

public sealed record NewFamilyMember(
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    Address? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    Solicitor? Solicitor);
