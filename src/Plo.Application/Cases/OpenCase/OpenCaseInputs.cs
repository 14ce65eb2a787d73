namespace Plo.Application.Cases.OpenCase;

public sealed record ChildInput(string FirstName, string LastName, DateOnly? DateOfBirth, DateOnly? ExpectedDueDate);

public sealed record AddressInput(string Line1, string? Line2, string Town, string Postcode);

public sealed record SolicitorInput(string Name, string? Firm, string? Phone, string? Email);

public sealed record FamilyMemberInput(
    string FirstName,
    string LastName,
    string Relationship,
    bool HasParentalResponsibility,
    AddressInput? Address,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    SolicitorInput? Solicitor);
