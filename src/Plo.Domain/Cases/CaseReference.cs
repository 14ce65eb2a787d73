using System.Globalization;
using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>A human case reference such as <c>PLO-2026-0001</c>: sequential within a calendar year.</summary>
public readonly record struct CaseReference(string Value)
{
    public static CaseReference For(int year, int number)
    {
        if (year is < 2000 or > 9999 || number < 1)
        {
            throw new DomainRuleViolationException(
                $"No case reference can be made from year {year} and number {number}."
            );
        }

        return new CaseReference(string.Create(CultureInfo.InvariantCulture, $"PLO-{year}-{number:D4}"));
    }

    public override string ToString() => Value;
}
