using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Journey.GetTimeline;

namespace Plo.Api.Pages.Cases;

/// <summary>Every event on the case in words, with who, in which role and when, filterable by kind.</summary>
public sealed class TimelineModel : CasePage
{
    public override string Section => "timeline";

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<TimelineEntryDto> All { get; private set; } = [];

    public IEnumerable<TimelineEntryDto> Shown =>
        All.Where(e => string.IsNullOrEmpty(Kind) || e.Kind == Kind).OrderByDescending(e => e.At);

    public async Task OnGetAsync()
    {
        await LoadCaseAsync();
        All = await Sender.Send(new GetTimelineQuery(CaseId), HttpContext.RequestAborted);
    }
}
