using Plo.Domain.Common;

namespace Plo.Domain.Cases;

public sealed partial class Child
{
    /// <summary>An unborn child is born: the due date stays on record, the date of birth is added.</summary>
    internal void RecordBirth(DateOnly dateOfBirth, string? firstName)
    {
        if (!IsUnborn)
        {
            throw new DomainRuleViolationException("This child's birth is already recorded.");
        }

        DateOfBirth = dateOfBirth;
        if (!string.IsNullOrWhiteSpace(firstName))
        {
            FirstName = Guard.Text(firstName, "First name", FieldLengths.Name);
        }
    }

    /// <summary>A date of birth recorded wrongly is put right (the correction is audited by the case).</summary>
    internal void CorrectDateOfBirth(DateOnly dateOfBirth)
    {
        if (IsUnborn)
        {
            throw new DomainRuleViolationException("This child is not born yet: record the birth instead.");
        }

        DateOfBirth = dateOfBirth;
    }

    public string Describe() =>
        IsUnborn
            ? $"{FirstName} {LastName}, due {ExpectedDueDate:yyyy-MM-dd}"
            : $"{FirstName} {LastName}, born {DateOfBirth:yyyy-MM-dd}";
}
