using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Delay;
using Plo.Application.Delay.ApproveExtension;
using Plo.Application.Delay.ListDelayRationales;
using Plo.Application.Delay.ListExtensions;
using Plo.Application.Delay.RecordDelayRationale;
using Plo.Application.Journey.GetReviewPoints;
using Plo.Domain.Delay;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// Each key date with its status, and the reasons for delay beside them; team and senior managers record a reason
/// here, and senior managers approve an extension.
/// </summary>
public sealed class ReviewPointsModel : CasePage
{
    public override string Section => "review-points";

    public ReviewPointsDto Points { get; private set; } = null!;

    public IReadOnlyList<DelayRationaleDto> Rationales { get; private set; } = [];

    public IReadOnlyList<ExtensionDto> Extensions { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public DateParts RevisedDate { get; set; } = new();

    [BindProperty]
    public string? Weeks { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRationaleAsync()
    {
        await LoadCaseAsync();
        var reason = Chosen<DelayReason>(Reason, "reason", "Choose the main reason for the delay");

        var revised = RevisedDate.Read(Errors, "revisedDate", "the revised date");
        var command = new RecordDelayRationaleCommand(
            CaseId,
            Version,
            reason ?? default,
            Narrative ?? "",
            revised ?? default
        );
        return await SendAsync(command, "reasons");
    }

    public async Task<IActionResult> OnPostExtensionAsync()
    {
        await LoadCaseAsync();
        if (!int.TryParse(Weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks))
        {
            Errors.Add("weeks", "Enter the number of weeks as a whole number, for example 4");
        }

        return await SendAsync(new ApproveExtensionCommand(CaseId, Version, weeks, Rationale ?? ""), "extensions");
    }

    private async Task<IActionResult> SendAsync<TCommand>(TCommand command, string anchor)
        where TCommand : Mediator.ICommand<Application.Common.Models.CaseUpdated>
    {
        if (await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)))
        {
            return Done(Section, anchor);
        }

        await LoadAsync(keepVersion: true);
        return Page();
    }

    private async Task LoadAsync(bool keepVersion = false)
    {
        await LoadCaseAsync();
        var ct = HttpContext.RequestAborted;
        Points = await Sender.Send(new GetReviewPointsQuery(CaseId), ct);
        Rationales = await Sender.Send(new ListDelayRationalesQuery(CaseId), ct);
        Extensions = await Sender.Send(new ListExtensionsQuery(CaseId), ct);
        if (!keepVersion)
        {
            Version = Case.Version;
        }
    }
}
