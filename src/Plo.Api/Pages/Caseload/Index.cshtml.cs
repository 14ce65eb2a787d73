using Microsoft.Extensions.Options;
using Plo.Api.Web;
using Plo.Application.Overview;
using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Pages.Caseload;

/// <summary>A social worker's home: the children allocated to them.</summary>
public sealed class IndexModel(IOptions<OverviewOptions> options) : PloPage
{
    public OverviewPage Overview { get; private set; } = null!;

    public int ExpectedWeeks => options.Value.ExpectedWeeks;

    public async Task OnGetAsync() =>
        Overview = await Sender.Send(
            new GetOverviewQuery(SocialWorker: Me.UserId, Sort: OverviewSort.NextDue, PageSize: 500),
            HttpContext.RequestAborted
        );
}
