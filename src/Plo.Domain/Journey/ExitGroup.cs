namespace Plo.Domain.Journey;

/// <summary>How exits are counted in summaries: stepped down, proceedings issued, or anything else.</summary>
public enum ExitGroup
{
    SteppedDown,
    ProceedingsIssued,
    Other,
}

public static class ExitGroups
{
    public static ExitGroup Of(ExitOutcome outcome) =>
        outcome switch
        {
            ExitOutcome.SteppedDownToChildProtectionPlan or ExitOutcome.SteppedDownToChildInNeedPlan =>
                ExitGroup.SteppedDown,
            ExitOutcome.ProceedingsIssued => ExitGroup.ProceedingsIssued,
            _ => ExitGroup.Other,
        };
}
