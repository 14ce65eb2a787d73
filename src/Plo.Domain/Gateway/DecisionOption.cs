namespace Plo.Domain.Gateway;

/// <summary>What a legal gateway panel can decide for a family (domain brief §2.3).</summary>
public enum DecisionOption
{
    EnterPreProceedings,
    IssueProceedingsNow,
    ChildProtectionPlan,
    ChildInNeedPlan,
    NoFurtherLegalAction,
    AccommodationByAgreement,
    PrivateLawRoute,
    ExtendPreProceedings,
    ComeBackToPanel,
    RatifyDecision,
}
