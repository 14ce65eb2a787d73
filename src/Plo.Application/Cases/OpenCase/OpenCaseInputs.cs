using Plo.Domain.Cases;

namespace Plo.Application.Cases.OpenCase;

public sealed record ChildInput(string FirstName, string LastName, DateOnly? DateOfBirth, DateOnly? ExpectedDueDate)
{
    public Child ToChild() => Child.Create(FirstName, LastName, DateOfBirth, ExpectedDueDate);
}

public sealed record AddressInput(string Line1, string? Line2, string Town, string Postcode)
{
    public Address ToAddress() => new(Line1.Trim(), Line2?.Trim(), Town.Trim(), Postcode.Trim().ToUpperInvariant());
}

public sealed record SolicitorInput(string Name, string? Firm, string? Phone, string? Email)
{
    public Solicitor ToSolicitor() => new(Name.Trim(), Firm?.Trim(), Phone?.Trim(), Email?.Trim());
}

public sealed record FamilyMemberInput(
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    AddressInput? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    SolicitorInput? Solicitor,
    string? Phone = null,
    string? Email = null
)
{
    public NewFamilyMember ToNewFamilyMember() =>
        new(
            FirstName,
            LastName,
            Relationship,
            HasParentalResponsibility,
            Address?.ToAddress(),
            PreferredLanguage,
            InterpreterNeeded,
            Solicitor?.ToSolicitor(),
            Phone?.Trim(),
            Email?.Trim()
        );
}
