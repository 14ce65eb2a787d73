namespace Plo.Application.Overview;

/// <summary>
/// The <c>Overview</c> section: how RAG is decided. Red: overdue with no current rationale, or past
/// the expected end with no extension approved. Amber: a key date due within N working days, or
/// overdue with a current rationale. Green: everything else.
/// </summary>
public sealed class OverviewOptions
{
    public const string Section = "Overview";

    public int AmberWithinWorkingDays { get; set; } = 5;
    public bool RedWhenOverdueWithoutRationale { get; set; } = true;
    public bool RedWhenPastEndWithoutExtension { get; set; } = true;
    public bool AmberWhenOverdueWithRationale { get; set; } = true;

    /// <summary>"Past N weeks" in the summary.</summary>
    public int ExpectedWeeks { get; set; } = 16;

    /// <summary>A letter drafted longer ago than this, and not approved, needs a manager (the dashboard's "Needs
    /// you").</summary>
    public int LetterApprovalWorkingDays { get; set; } = 3;

    /// <summary>How long a computed overview page may be served again while nothing changes in this process (0 turns
    /// the cache off): the longest a change made elsewhere (an import, another web server) takes to show.</summary>
    public int CacheSeconds { get; set; } = 30;
}
