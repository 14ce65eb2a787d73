namespace Plo.Domain.Journey;

/// <summary>
/// The local timescales an episode runs under, copied onto the episode when it starts so a later
/// change of policy does not move its dates. Defaults follow the domain brief; supervision of a case in
/// pre-proceedings is due every 20 working days (four weeks) after the last session, or after the start.
/// </summary>
public sealed record ReviewPolicy(
    int LetterWithinWorkingDays = 5,
    int InitialMeetingWithinWorkingDays = 10,
    int ReviewEveryWeeks = 6,
    int DecisionPointWeeks = 16,
    int SupervisionEveryWorkingDays = 20
)
{
    public static readonly ReviewPolicy Default = new();
}
