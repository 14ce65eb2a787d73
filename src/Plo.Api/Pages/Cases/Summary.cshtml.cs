using Plo.Api.Web;
using Plo.Application.Delay;
using Plo.Application.Delay.ListDelayRationales;
using Plo.Application.Delay.ListExtensions;
using Plo.Application.Journey.GetReviewPoints;
using Plo.Application.Overview.GetOverview;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// One family's case, as everyone who may see it reads it: children and their episodes, people and solicitors,
/// allocated staff, the panel's decisions, key dates, and every reason recorded (delay, extension, exit) in full.
/// </summary>
public sealed class SummaryModel : CasePage
{
    public override string Section => "";

    public ReviewPointsDto ReviewPoints { get; private set; } = null!;

    public IReadOnlyList<DelayRationaleDto> Rationales { get; private set; } = [];

    public IReadOnlyList<ExtensionDto> Extensions { get; private set; } = [];

    /// <summary>Each child's overview row: RAG and why, by the overview's own rules.</summary>
    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    /// <summary>Just opened from the form: say so, with its reference.</summary>
    public bool Opened { get; private set; }

    public async Task OnGetAsync(bool opened = false)
    {
        Opened = opened;
        var ct = HttpContext.RequestAborted;
        await LoadCaseAsync();
        var id = CaseId;
        ReviewPoints = await Sender.Send(new GetReviewPointsQuery(id), ct);
        Rationales = await Sender.Send(new ListDelayRationalesQuery(id), ct);
        Extensions = await Sender.Send(new ListExtensionsQuery(id), ct);
        Rows = Ended ? [] : (await Sender.Send(new GetOverviewQuery(CaseId: id), ct)).Rows;
    }
}
