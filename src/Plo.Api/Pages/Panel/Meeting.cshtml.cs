using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Cases.ListCases;
using Plo.Application.Gateway.AddToAgenda;
using Plo.Application.Gateway.GetGatewayMeeting;

namespace Plo.Api.Pages.Panel;

/// <summary>A panel meeting: who sat, its agenda with each decision, and adding families by reference or child's
/// name.</summary>
public sealed class MeetingModel(TimeProvider clock) : PloPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public GatewayMeetingDto Meeting { get; private set; } = null!;

    public IReadOnlyList<CaseSummaryDto>? Found { get; private set; }

    public bool CanDecide => Meeting.MeetingDate <= clock.Today();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddCaseAsync(Guid caseId)
    {
        if (await TryAsync(async ct => await Sender.Send(new AddToAgendaCommand(Id, caseId), ct)))
        {
            return Redirect($"/panel/meetings/{Id}#agenda");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Meeting = await Sender.Send(new GetGatewayMeetingQuery(Id), ct);
        if (Search?.Trim() is { Length: > 0 } search)
        {
            try
            {
                Found = (await Sender.Send(new ListCasesQuery(1, 20, search), ct)).Items;
            }
            catch (Application.Common.Exceptions.RequestValidationException e)
            {
                Errors.AddAll(new Dictionary<string, string[]> { ["q"] = [.. e.Errors.Values.SelectMany(v => v)] });
            }
        }
    }
}
