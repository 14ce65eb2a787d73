using Plo.Domain.Journey;

namespace Plo.Application.Journey;

/// <summary>The <c>Journey</c> configuration section: local timescales and limits (defaults from the domain
/// brief).</summary>
public sealed class JourneyOptions
{
    public const string Section = "Journey";

    public int LetterWithinWorkingDays { get; set; } = 5;
    public int InitialMeetingWithinWorkingDays { get; set; } = 10;
    public int ReviewEveryWeeks { get; set; } = 6;
    public int DecisionPointWeeks { get; set; } = 16;
    public int MaxExtensionWeeks { get; set; } = 8;

    /// <summary>How often a case in pre-proceedings is supervised, in working days (0: not tracked).</summary>
    public int SupervisionEveryWorkingDays { get; set; } = 20;

    /// <summary>Local one-off closures on top of the England and Wales bank holidays.</summary>
    public List<DateOnly> ExtraHolidays { get; set; } = [];

    public ReviewPolicy Policy =>
        new(
            LetterWithinWorkingDays,
            InitialMeetingWithinWorkingDays,
            ReviewEveryWeeks,
            DecisionPointWeeks,
            SupervisionEveryWorkingDays
        );
}
