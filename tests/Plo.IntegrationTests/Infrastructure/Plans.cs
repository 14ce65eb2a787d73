namespace Plo.IntegrationTests.Infrastructure;

/// <summary>Plan bodies for PUT /api/cases/{id}/plan.</summary>
public static class Plans
{
    public static readonly object WithContingency = new
    {
        concerns = new[] { new { description = "Amy was alone at home.", occurredOn = "2026-02-14" } },
        changes = new[]
        {
            new
            {
                what = "Make sure an adult is at home.",
                who = "Sam",
                byWhen = "2026-04-30",
            },
        },
        support = Array.Empty<object>(),
        contingencyPlan = "If Amy is not safe, we will ask the court to decide where she lives.",
    };
}
