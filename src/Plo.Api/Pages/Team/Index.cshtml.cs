using Plo.Api.Web;
using Plo.Application.Common.Security;
using Plo.Application.Overview.GetCaseWork;
using Plo.Application.Overview.GetDashboard;
using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Pages.Team;

/// <summary>A team manager's home: what waits for them, then their team's children.</summary>
public sealed class IndexModel : PloPage
{
    public OverviewPage Overview { get; private set; } = null!;

    public IReadOnlyList<CaseWork> Work { get; private set; } = [];

    public DashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        // A team manager reaches their team's cases; someone who is also a senior manager reaches every case, so
        // this page keeps to the cases they manage.
        var everyCase = Me.Holds(Roles.SeniorManager) || Me.Holds(Roles.GatewayPanel) || Me.Holds(Roles.LegalAdviser);
        var query = new GetOverviewQuery(TeamManager: everyCase ? Me.UserId : null, PageSize: 500);
        Overview = await Sender.Send(query, ct);
        Work = await Sender.Send(new GetCaseWorkQuery(TeamManager: everyCase ? Me.UserId : null), ct);
        Dashboard = await Sender.Send(new GetDashboardQuery(Charts: false, EveryDraftLetter: true), ct);
    }
}
