using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Journey.ExitPreProceedings;
using Plo.Domain.Journey;

namespace Plo.Api.Pages.Cases;

/// <summary>How pre-proceedings ends, with the reason; afterwards the case is read-only and says how it
/// ended.</summary>
public sealed class ExitModel(TimeProvider clock) : CasePage
{
    public override string Section => "exit";

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateParts CourtApplicationOn { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task OnGetAsync()
    {
        await LoadCaseAsync();
        Version = Case.Version;
        On = DateParts.Of(clock.Today());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCaseAsync();
        var outcome = Chosen<ExitOutcome>(Outcome, "outcome", "Choose how pre-proceedings ends");

        var on = On.Read(Errors, "on", "the date pre-proceedings ends");
        var court =
            outcome == ExitOutcome.ProceedingsIssued
                ? CourtApplicationOn.Read(
                    Errors,
                    "courtApplicationOn",
                    "the date of the court application",
                    required: false
                )
                : null;
        var command = new ExitPreProceedingsCommand(
            CaseId,
            Version,
            outcome ?? default,
            on ?? default,
            Reason ?? "",
            court
        );
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done("exit") : Page();
    }
}
