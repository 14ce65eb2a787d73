namespace Plo.Application.Overview;

/// <summary>
/// The <c>Overview</c> section: how RAG is decided. Red: overdue with no current rationale, past the expected end
/// with no extension approved, or supervision overdue by more than N days. Amber: a key date due within N working
/// days, overdue with a current rationale, or supervision overdue. Green: everything else. Also the thresholds that
/// turn caseloads and changes of worker amber.
/// </summary>
public sealed class OverviewOptions
{
    public const string Section = "Overview";

    public int AmberWithinWorkingDays { get; set; } = 5;
    public bool RedWhenOverdueWithoutRationale { get; set; } = true;
    public bool RedWhenPastEndWithoutExtension { get; set; } = true;
    public bool AmberWhenOverdueWithRationale { get; set; } = true;

    /// <summary>Supervision past its due date (every <c>Journey:SupervisionEveryWorkingDays</c>) turns the row amber;
    /// overdue by more than <see cref="RedWhenSupervisionOverdueDays"/> days, red (0: never red).</summary>
    public bool AmberWhenSupervisionOverdue { get; set; } = true;

    public int RedWhenSupervisionOverdueDays { get; set; } = 10;

    /// <summary>A social worker with more children in pre-proceedings than this shows amber.</summary>
    public int CaseloadAmberAbove { get; set; } = 6;

    /// <summary>A social worker whose whole caseload (as the staff directory knows it) is above this shows amber.
    /// </summary>
    public int TotalCaseloadAmberAbove { get; set; } = 20;

    /// <summary>A child who has had this many changes of social worker in the last 12 months, or more, shows amber.
    /// </summary>
    public int WorkerChangesAmberFrom { get; set; } = 2;

    /// <summary>"Past N weeks" in the summary.</summary>
    public int ExpectedWeeks { get; set; } = 16;

    /// <summary>The overview's figures (every reader's are taken from them) are read at start, and again ahead of their
    /// readers while someone has read them in the last this many minutes (0: neither, each first read after they expire
    /// reads every case). A day by default, so that the first read of a working day finds them warm: reading every
    /// case every 20 seconds or so costs little (about 30 ms at 10,000 children).</summary>
    public int KeepFiguresWarmMinutes { get; set; } = 1440;

    /// <summary>A letter drafted longer ago than this, and not approved, needs a manager (the dashboard's "Needs
    /// you").</summary>
    public int LetterApprovalWorkingDays { get; set; } = 3;
}
