using Plo.Domain.Common;

namespace Plo.Domain.Planning;

/// <summary>
/// The plan the letters are built from. The contingency plan says what happens if things do not
/// change; Ofsted found most plans lacked one, so the initial meeting cannot be recorded without it.
/// </summary>
public sealed class CasePlan
{
    private CasePlan() { }

    public List<Concern> Concerns { get; private set; } = [];
    public List<RequiredChange> Changes { get; private set; } = [];
    public List<SupportOffer> Support { get; private set; } = [];
    public FamilyNetwork? FamilyNetwork { get; private set; }
    public string? ContingencyPlan { get; private set; }

    public bool HasContingencyPlan => !string.IsNullOrWhiteSpace(ContingencyPlan);

    public static CasePlan Empty() => new();

    public static CasePlan Of(
        IEnumerable<Concern> concerns,
        IEnumerable<RequiredChange> changes,
        IEnumerable<SupportOffer> support,
        FamilyNetwork? familyNetwork,
        string? contingencyPlan
    )
    {
        var plan = new CasePlan
        {
            Concerns = [.. concerns.Select(c => c with { })],
            Changes = [.. changes.Select(c => c with { })],
            Support = [.. support.Select(s => s with { })],
            FamilyNetwork = familyNetwork is { } n ? n with { } : null,
            ContingencyPlan = Guard.OptionalText(contingencyPlan, "Contingency plan", Limits.Narrative),
        };

        for (var i = 0; i < plan.Concerns.Count; i++)
        {
            if (plan.Concerns[i].OccurredOn is null && string.IsNullOrWhiteSpace(plan.Concerns[i].Event))
            {
                throw new DomainValidationException(
                    $"concerns[{i}]",
                    "Tie each concern to a date or a specific event."
                );
            }
        }

        return plan;
    }
}
