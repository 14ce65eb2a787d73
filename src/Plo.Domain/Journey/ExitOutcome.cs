namespace Plo.Domain.Journey;

public enum ExitOutcome
{
    SteppedDownToChildProtectionPlan,
    SteppedDownToChildInNeedPlan,
    ProceedingsIssued,
    NoFurtherAction,
    ChildAccommodated,
}
