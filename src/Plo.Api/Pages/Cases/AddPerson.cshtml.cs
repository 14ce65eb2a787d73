using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Family.AddFamilyMember;

namespace Plo.Api.Pages.Cases;

/// <summary>Adds someone to the family: a parent who comes forward, a new partner, a grandparent caring for the
/// children.</summary>
public sealed class AddPersonModel : CasePage
{
    public override string Section => "";

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public PersonForm Person { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadCaseAsync();
        Version = Case.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCaseAsync();
        var command = new AddFamilyMemberCommand(CaseId, Version, Person.ToInput());
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(null, "people") : Page();
    }
}
