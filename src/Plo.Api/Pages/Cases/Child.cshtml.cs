using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Cases.GetCase;
using Plo.Application.Common.Exceptions;
using Plo.Application.Family.CorrectDateOfBirth;

namespace Plo.Api.Pages.Cases;

/// <summary>Corrects a child's date of birth (or records the birth of an unborn baby's date wrongly), with the
/// reason; the audit keeps the date it replaces.</summary>
public sealed class ChildModel : CasePage
{
    public override string Section => "";

    [FromRoute]
    public Guid ChildId { get; set; }

    public ChildDto Child { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateParts DateOfBirth { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Case.Version;
        DateOfBirth = DateParts.Of(Child.DateOfBirth);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var born = DateOfBirth.Read(Errors, "dateOfBirth", "the date of birth");
        var command = new CorrectDateOfBirthCommand(CaseId, Version, ChildId, born ?? default, Reason ?? "");
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(null, "children") : Page();
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Child = Case.Children.FirstOrDefault(c => c.Id == ChildId) ?? throw new NotFoundException("Child", ChildId);
    }
}
