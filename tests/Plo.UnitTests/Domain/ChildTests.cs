using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.UnitTests.Domain;

public class ChildTests
{
    [Fact]
    public void An_unborn_child_keeps_its_due_date()
    {
        var baby = Child.Create("Baby", "Example", null, new DateOnly(2026, 6, 1));

        Assert.True(baby.IsUnborn);
        Assert.Equal(new DateOnly(2026, 6, 1), baby.ExpectedDueDate);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Needs_exactly_one_of_birth_date_and_due_date(bool withBirth, bool withDue)
    {
        Assert.Throws<DomainRuleViolationException>(() =>
            Child.Create(
                "Amy",
                "Example",
                withBirth ? new DateOnly(2020, 1, 1) : null,
                withDue ? new DateOnly(2026, 6, 1) : null
            )
        );
    }

    [Fact]
    public void Trims_names_and_refuses_blank_ones()
    {
        Assert.Equal("Amy", Child.Create("  Amy ", "Example", new DateOnly(2020, 1, 1), null).FirstName);
        Assert.Throws<DomainRuleViolationException>(() => Child.Create(" ", "Example", new DateOnly(2020, 1, 1), null));
    }
}
