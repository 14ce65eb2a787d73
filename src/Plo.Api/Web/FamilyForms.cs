using Plo.Application.Cases.OpenCase;

namespace Plo.Api.Web;

/// <summary>A child as typed in a form (opening a case, adding a child).</summary>
public sealed class ChildForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateParts DateOfBirth { get; set; } = new();
    public DateParts ExpectedDueDate { get; set; } = new();
    public bool IsEmpty => PersonForm.Blank(FirstName, LastName) && DateOfBirth.IsEmpty && ExpectedDueDate.IsEmpty;

    /// <summary>The child for the command; a date that is not a date becomes the field's error under
    /// <paramref name="field"/>.</summary>
    public ChildInput ToInput(FormErrors errors, string field) =>
        new(
            FirstName ?? "",
            LastName ?? "",
            DateOfBirth.Read(errors, $"{field}.dateOfBirth", "the date of birth", required: false),
            ExpectedDueDate.Read(errors, $"{field}.expectedDueDate", "the due date", required: false)
        );
}

/// <summary>A family member as typed in a form (opening a case, adding a person, changing their details).</summary>
public sealed class PersonForm
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Relationship { get; set; }
    public bool HasParentalResponsibility { get; set; }
    public AddressForm Address { get; set; } = new();
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public SolicitorForm Solicitor { get; set; } = new();
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public bool IsEmpty =>
        Blank(FirstName, LastName, Relationship, PreferredLanguage, Phone, Email)
        && !HasParentalResponsibility
        && !InterpreterNeeded
        && Address.IsEmpty
        && Solicitor.IsEmpty;

    public AddressInput? AddressInput =>
        Address.IsEmpty
            ? null
            : new AddressInput(
                Address.Line1 ?? "",
                Optional(Address.Line2),
                Address.Town ?? "",
                Address.Postcode ?? ""
            );

    public SolicitorInput? SolicitorInput =>
        Solicitor.IsEmpty
            ? null
            : new SolicitorInput(
                Solicitor.Name ?? "",
                Optional(Solicitor.Firm),
                Optional(Solicitor.Phone),
                Optional(Solicitor.Email)
            );

    public FamilyMemberInput ToInput() =>
        new(
            FirstName ?? "",
            LastName ?? "",
            Relationship ?? "",
            HasParentalResponsibility,
            AddressInput,
            Optional(PreferredLanguage),
            InterpreterNeeded,
            SolicitorInput,
            Optional(Phone),
            Optional(Email)
        );

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static bool Blank(params string?[] texts) => texts.All(string.IsNullOrWhiteSpace);
}

public sealed class AddressForm
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public bool IsEmpty => PersonForm.Blank(Line1, Line2, Town, Postcode);
}

public sealed class SolicitorForm
{
    public string? Name { get; set; }
    public string? Firm { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool IsEmpty => PersonForm.Blank(Name, Firm, Phone, Email);
}

/// <summary>What the person fields partial needs: the field prefix (<c>familyMembers[0]</c>), the values, the
/// errors, and whether who the person is (name, relationship, parental responsibility) may be typed.</summary>
public sealed record PersonFields(string Prefix, PersonForm Person, FormErrors Errors, bool Identity = true);
