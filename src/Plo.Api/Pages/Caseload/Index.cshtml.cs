using Plo.Api.Web;
using Plo.Application.Overview.GetCaseWork;
using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Pages.Caseload;

/// <summary>A social worker's home: the children allocated to them.</summary>
public sealed class IndexModel : PloPage
{
    public OverviewPage Overview { get; private set; } = null!;

    public IReadOnlyList<CaseWork> Work { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Overview = await Sender.Send(
            new GetOverviewQuery(SocialWorker: Me.UserId, Sort: OverviewSort.NextDue, PageSize: 500),
            ct
        );
        Work = await Sender.Send(new GetCaseWorkQuery(SocialWorker: Me.UserId), ct);
    }
}
