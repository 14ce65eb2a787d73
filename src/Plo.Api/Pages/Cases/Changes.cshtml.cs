using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Supervision.GetSignificantChanges;
using Plo.Application.Supervision.RecordSignificantChange;
using Plo.Domain.Supervision;

namespace Plo.Api.Pages.Cases;

/// <summary>Significant changes in the children's lives, the form to record one, and whether a reassessment is due
/// because the last assessment came before a change.</summary>
public sealed class ChangesModel : CasePage
{
    public override string Section => "changes";

    public SignificantChangesDto Changes { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateParts OccurredOn { get; set; } = new();

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Require<RecordSignificantChangeCommand>("Only a social worker or team manager records a significant change.");
        var command = new RecordSignificantChangeCommand(
            CaseId,
            Version,
            Chosen<SignificantChangeKind>(Kind, "kind", "Choose what changed") ?? SignificantChangeKind.Other,
            OccurredOn.Read(Errors, "occurredOn", "the date it happened") ?? default,
            Description ?? ""
        );
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct))
            ? Done(Section, "changes-list")
            : Page();
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Changes = await Sender.Send(new GetSignificantChangesQuery(CaseId), HttpContext.RequestAborted);
        if (Version == 0)
        {
            Version = Changes.Version;
        }
    }
}
