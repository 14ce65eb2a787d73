using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application;
using Plo.Application.Family.AddChild;

namespace Plo.Api.Pages.Cases;

/// <summary>Adds a child to the family; in pre-proceedings the child's own time starts on the day they
/// joined.</summary>
public sealed class AddChildModel(TimeProvider clock) : CasePage
{
    public override string Section => "";

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ChildForm Child { get; set; } = new();

    [BindProperty]
    public DateParts JoinedOn { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadCaseAsync();
        Version = Case.Version;
        JoinedOn = DateParts.Of(clock.Today());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCaseAsync();
        var child = Child.ToInput(Errors, "child");
        var joined = JoinedOn.Read(Errors, "joinedOn", "the date the child joined the case");
        var command = new AddChildCommand(CaseId, Version, child, joined ?? default);
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(null, "children") : Page();
    }
}
