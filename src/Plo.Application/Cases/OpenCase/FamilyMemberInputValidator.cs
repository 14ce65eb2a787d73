using FluentValidation;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;

namespace Plo.Application.Cases.OpenCase;

public sealed class FamilyMemberInputValidator : PloValidator<FamilyMemberInput>
{
    public FamilyMemberInputValidator()
    {
        RuleFor(m => m.FirstName).PersonName();
        RuleFor(m => m.LastName).PersonName();
        RuleFor(m => m.Relationship).NotEmpty().MaximumLength(FieldLengths.Relationship);
        RuleFor(m => m.PreferredLanguage).MaximumLength(FieldLengths.Language);
        RuleFor(m => m.Address!).SetValidator(new AddressInputValidator()).When(m => m.Address is not null);
        RuleFor(m => m.Solicitor!).SetValidator(new SolicitorInputValidator()).When(m => m.Solicitor is not null);
        RuleFor(m => m.Phone).PhoneNumber();
        RuleFor(m => m.Email).MaximumLength(FieldLengths.Email).EmailAddress().When(m => m.Email is not null);
        RuleFor(m => m.Address)
            .NotNull()
            .When(m => m.HasParentalResponsibility)
            .WithMessage("People with parental responsibility need an address for their letters.");
    }
}

public sealed class AddressInputValidator : PloValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(FieldLengths.AddressLine);
        RuleFor(a => a.Line2).MaximumLength(FieldLengths.AddressLine);
        RuleFor(a => a.Town).NotEmpty().MaximumLength(FieldLengths.AddressLine);
        RuleFor(a => a.Postcode).NotEmpty().UkPostcode();
    }
}

public sealed class SolicitorInputValidator : PloValidator<SolicitorInput>
{
    public SolicitorInputValidator()
    {
        RuleFor(s => s.Name).PersonName();
        RuleFor(s => s.Firm).MaximumLength(FieldLengths.Name);
        RuleFor(s => s.Phone).PhoneNumber();
        RuleFor(s => s.Email).MaximumLength(FieldLengths.Email).EmailAddress().When(s => s.Email is not null);
    }
}
