using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Cases;

namespace Plo.Application.Staff;

/// <summary>Checks on the staff directory that validators share: allocations name active staff who hold the
/// role.</summary>
public static class StaffRules
{
    public static IRuleBuilderOptions<T, string?> ActiveStaffIn<T>(
        this IRuleBuilder<T, string?> rule,
        IPloDbContext db,
        params string[] roles
    ) =>
        rule.MustAsync(
                (id, ct) =>
                    id is null
                        ? Task.FromResult(true)
                        : db.Staff.AnyAsync(
                            s => s.UserId == id && s.IsActive && s.Roles.Any(r => roles.Contains(r)),
                            ct
                        )
            )
            .WithMessage($"Choose an active member of staff who is a {string.Join(" or ", roles.Select(Words))}.");

    public static void Details<T>(this AbstractValidator<T> validator, Func<T, StaffInput> details, IPloDbContext db)
    {
        validator
            .RuleFor(c => details(c).DisplayName)
            .NotEmpty()
            .MaximumLength(FieldLengths.Name)
            .CleanName()
            .OverridePropertyName("displayName");
        validator
            .RuleFor(c => details(c).Roles)
            .NotEmpty()
            .WithMessage("Give at least one role.")
            .OverridePropertyName("roles");
        validator
            .RuleForEach(c => details(c).Roles)
            .Must(r => Roles.All.Contains(r))
            .WithMessage($"Roles are {string.Join(", ", Roles.All)}.")
            .OverridePropertyName("roles");
        validator
            .RuleFor(c => details(c).TeamId)
            .MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Teams.AnyAsync(t => t.Id == id, ct))
            .WithMessage("No such team.")
            .OverridePropertyName("teamId");
        validator
            .RuleFor(c => details(c).TotalCaseload)
            .InclusiveBetween(0, 1000)
            .OverridePropertyName("totalCaseload");
        validator.RuleFor(c => details(c).JobTitle).MaximumLength(FieldLengths.Name).OverridePropertyName("jobTitle");
        validator.RuleFor(c => details(c).Phone).MaximumLength(FieldLengths.Phone).OverridePropertyName("phone");
        validator
            .RuleFor(c => details(c).Email)
            .MaximumLength(FieldLengths.Email)
            .EmailAddress()
            .When(c => details(c).Email is not null)
            .OverridePropertyName("email");
    }

    private static string Words(string role) =>
        string.Concat(
            role.Select(
                (c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"
            )
        );
}
