namespace Plo.Domain.Meetings;

public enum MeetingKind
{
    Initial,
    Review,
    Final,
}

public enum ProgressRating
{
    Good,
    Some,
    Little,
    None,

    /// <summary>For meetings held before Plo, whose earlier tracker kept only the date.</summary>
    NotRecorded,
}

public enum MeetingDecision
{
    Continue,
    Extend,
    StepDown,
    IssueProceedings,
}

public enum ActionOwner
{
    Parent,
    Council,
    Other,
}

public enum ActionStatus
{
    Open,
    Done,
    NotDone,
}

/// <summary>What a meeting records for each open action: nothing may silently disappear.</summary>
public enum ActionResult
{
    Done,
    NotDone,
    CarriedOn,
}
