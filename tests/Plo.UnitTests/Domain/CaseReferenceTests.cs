using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.UnitTests.Domain;

public class CaseReferenceTests
{
    [Theory]
    [InlineData(2026, 1, "PLO-2026-0001")]
    [InlineData(2026, 42, "PLO-2026-0042")]
    [InlineData(2027, 12345, "PLO-2027-12345")]
    public void Formats_year_and_sequence(int year, int number, string expected) =>
        Assert.Equal(expected, CaseReference.For(year, number).Value);

    [Fact]
    public void Refuses_a_number_below_one() =>
        Assert.Throws<DomainRuleViolationException>(() => CaseReference.For(2026, 0));
}
