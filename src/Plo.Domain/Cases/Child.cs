using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>A child of the family. An unborn child has an expected due date and no date of birth.</summary>
public sealed partial class Child : Entity
{
    private Child() { }

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public DateOnly? ExpectedDueDate { get; private set; }
    public bool IsUnborn => DateOfBirth is null;

    public static Child Create(string firstName, string lastName, DateOnly? dateOfBirth, DateOnly? expectedDueDate)
    {
        if (dateOfBirth is null == expectedDueDate is null)
        {
            throw new DomainRuleViolationException(
                "A child has either a date of birth or, if unborn, an expected due date."
            );
        }

        return new Child
        {
            FirstName = Guard.Text(firstName, "First name", FieldLengths.Name),
            LastName = Guard.Text(lastName, "Last name", FieldLengths.Name),
            DateOfBirth = dateOfBirth,
            ExpectedDueDate = expectedDueDate,
        };
    }
}
