using Plo.Domain.Common;

namespace Plo.Domain.Gateway;

/// <summary>A panel's decision about one family, kept on the family's case.</summary>
public sealed class GatewayDecision : Entity
{
    private GatewayDecision() { }

    public Guid GatewayMeetingId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public DecisionOption Option { get; private set; }
    public string Rationale { get; private set; } = "";
    public bool ThresholdMet { get; private set; }
    public string? Conditions { get; private set; }
    public DateOnly? ComeBackOn { get; private set; }
    public Ratification? Ratification { get; private set; }
    public string RecordedBy { get; private set; } = "";

    internal static GatewayDecision Record(GatewayDecisionInput input, string recordedBy)
    {
        if (input.Option == DecisionOption.ComeBackToPanel && input.ComeBackOn is null)
        {
            throw new DomainValidationException("comeBackOn", "Give the date the case comes back to the panel.");
        }

        if (input.ComeBackOn is { } back && back <= input.DecidedOn)
        {
            throw new DomainValidationException("comeBackOn", "The date to come back must be after the panel meeting.");
        }

        if (input.Option == DecisionOption.RatifyDecision && input.Ratification is null)
        {
            throw new DomainValidationException("ratification", "Say who made the decision, when and why.");
        }

        if (input.Ratification is { } r && r.MadeOn > input.DecidedOn)
        {
            throw new DomainValidationException(
                "ratification.madeOn",
                "A ratified decision must have been made before the panel met."
            );
        }

        return new GatewayDecision
        {
            GatewayMeetingId = input.GatewayMeetingId,
            DecidedOn = input.DecidedOn,
            Option = input.Option,
            Rationale = Guard.Text(input.Rationale, "Rationale", Limits.Narrative),
            ThresholdMet = input.ThresholdMet,
            Conditions = Guard.OptionalText(input.Conditions, "Conditions", Limits.Narrative),
            ComeBackOn = input.ComeBackOn,
            Ratification = input.Ratification is { } ratification ? ratification with { } : null,
            RecordedBy = recordedBy,
        };
    }
}

public sealed record GatewayDecisionInput(
    Guid GatewayMeetingId,
    DateOnly DecidedOn,
    DecisionOption Option,
    string Rationale,
    bool ThresholdMet,
    string? Conditions,
    DateOnly? ComeBackOn,
    Ratification? Ratification
);
