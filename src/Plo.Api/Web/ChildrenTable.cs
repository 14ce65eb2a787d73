using Plo.Application.Overview.GetCaseWork;
using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Web;

/// <summary>The children table shared by the dashboard, the team's cases and a social worker's caseload.</summary>
public sealed record ChildrenTable(
    IReadOnlyList<OverviewRow> Rows,
    int Total,
    bool Closed,
    IReadOnlyList<CaseWork>? Work = null
)
{
    private readonly Dictionary<Guid, CaseWork> _byCase = (Work ?? []).ToDictionary(w => w.CaseId);

    /// <summary>The case's work when the table shows it (a caseload), else null.</summary>
    public CaseWork? WorkOn(Guid caseId) =>
        Work is null ? null : _byCase.GetValueOrDefault(caseId) ?? new CaseWork(caseId, 0, 0, 0);
}

/// <summary>What waits for a manager, for the dashboard and the team manager's home.</summary>
public sealed record NeedsYouList(
    IReadOnlyList<Plo.Application.Overview.GetDashboard.AttentionItem> Items,
    bool EveryDraftLetter = false
);
