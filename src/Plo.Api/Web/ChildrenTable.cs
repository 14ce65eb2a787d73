using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Web;

/// <summary>The children table shared by the dashboard, the team's cases and a social worker's caseload.</summary>
public sealed record ChildrenTable(IReadOnlyList<OverviewRow> Rows, int Total, bool Closed);

/// <summary>What waits for a manager, for the dashboard and the team manager's home.</summary>
public sealed record NeedsYouList(IReadOnlyList<Plo.Application.Overview.GetDashboard.AttentionItem> Items);
