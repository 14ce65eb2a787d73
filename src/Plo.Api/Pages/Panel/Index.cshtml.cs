using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Gateway.ListGatewayMeetings;

namespace Plo.Api.Pages.Panel;

/// <summary>The legal gateway panel's meetings: upcoming first, then the last year's.</summary>
public sealed class IndexModel(TimeProvider clock) : PloPage
{
    public IReadOnlyList<GatewayMeetingSummaryDto> Upcoming { get; private set; } = [];

    public IReadOnlyList<GatewayMeetingSummaryDto> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = clock.Today();
        var ct = HttpContext.RequestAborted;
        Upcoming = await Sender.Send(new ListGatewayMeetingsQuery(today, null), ct);
        Past =
        [
            .. (await Sender.Send(new ListGatewayMeetingsQuery(today.AddYears(-1), today.AddDays(-1)), ct)).Reverse(),
        ];
    }
}
