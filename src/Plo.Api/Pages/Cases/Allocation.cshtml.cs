using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Allocations.ReallocateSocialWorker;
using Plo.Application.Allocations.ReallocateTeamManager;
using Plo.Application.Staff;
using Plo.Application.Staff.ListStaff;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// Who the case is allocated to, the history of changes, and the change itself with its reason: the social worker
/// (the case's team manager or a senior manager) and the team manager (a senior manager).
/// </summary>
public sealed class AllocationModel : CasePage
{
    public override string Section => "";

    public IReadOnlyList<StaffMemberDto> Staff { get; private set; } = [];

    /// <summary>Which form was sent, so that its errors show on it and not on the other.</summary>
    public string? Sent { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Case.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Sent = "worker";
        var command = new ReallocateSocialWorkerCommand(CaseId, Version, UserId ?? "", Reason ?? "");
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done("allocation") : Page();
    }

    public async Task<IActionResult> OnPostManagerAsync()
    {
        await LoadAsync();
        Sent = "manager";
        var command = new ReallocateTeamManagerCommand(CaseId, Version, UserId ?? "", Reason ?? "");
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done("allocation") : Page();
    }

    /// <summary>Active staff in the roles given, the one holding the case now left out.</summary>
    public IEnumerable<Choice> Choices(string current, params string[] roles) =>
        StaffChoices.For(Staff.Where(s => s.UserId != current), roles);

    /// <summary>The errors of the form that was sent; none for the other.</summary>
    public FormErrors ErrorsOf(string form) => Sent == form ? Errors : new FormErrors();

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Staff = await Sender.Send(new ListStaffQuery(), HttpContext.RequestAborted);
    }
}
