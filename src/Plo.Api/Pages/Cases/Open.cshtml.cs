using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Security;
using Plo.Application.Staff;
using Plo.Application.Staff.ListStaff;
using Plo.Application.Staff.ListTeams;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// Opens a case from a form: the children, the people with parental responsibility (address, language, interpreter,
/// solicitor) and the staff it is allocated to, chosen from the directory. Rows left empty are ignored; "Add more
/// rows" shows the form again with what was typed and more empty rows, without storing anything.
/// </summary>
public sealed class OpenModel : PloPage
{
    public IReadOnlyList<StaffMemberDto> Staff { get; private set; } = [];

    [BindProperty]
    public List<ChildForm> Children { get; set; } = [];

    [BindProperty]
    public List<PersonForm> FamilyMembers { get; set; } = [];

    [BindProperty]
    public string? SocialWorkerId { get; set; }

    [BindProperty]
    public string? TeamManagerId { get; set; }

    [BindProperty]
    public string? LegalAdviserId { get; set; }

    public async Task OnGetAsync()
    {
        RequireOpener();
        await LoadStaffAsync();
        if (Me.Holds(Roles.SocialWorker))
        {
            SocialWorkerId = Me.UserId;
            TeamManagerId = await ManagerOfAsync(Me.UserId);
        }
        else if (Me.Holds(Roles.TeamManager))
        {
            TeamManagerId = Me.UserId;
        }

        AddSpareRows(children: 2, people: 2);
    }

    /// <summary>Shows the form again with what was typed and more empty rows; stores nothing.</summary>
    public async Task OnPostMoreAsync()
    {
        RequireOpener();
        await LoadStaffAsync();
        KeepFilledRows();
        AddSpareRows(children: 2, people: 2);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        RequireOpener();
        KeepFilledRows();
        var children = Children.Select((c, i) => c.ToInput(Errors, $"children[{i}]")).ToList();
        var people = FamilyMembers.Select(p => p.ToInput()).ToList();
        var command = new OpenCaseCommand(
            children,
            people,
            SocialWorkerId ?? "",
            TeamManagerId ?? "",
            PersonForm.Optional(LegalAdviserId)
        );
        CaseOpened? opened = null;
        if (await SubmitAsync(command, async (c, ct) => opened = await Sender.Send(c, ct)))
        {
            return Redirect($"/cases/{opened!.Reference}?opened=true");
        }

        await LoadStaffAsync();
        AddSpareRows(children: 1, people: 1);
        return Page();
    }

    /// <summary>Active staff in any of the roles, for the allocation selects.</summary>
    public IEnumerable<Choice> Choices(params string[] roles) => StaffChoices.For(Staff, roles);

    // Filled rows first, so the API's keys (children[1].lastName) point at the rows shown again.
    private void KeepFilledRows()
    {
        Children = [.. Children.Where(c => !c.IsEmpty)];
        FamilyMembers = [.. FamilyMembers.Where(p => !p.IsEmpty)];
    }

    private void AddSpareRows(int children, int people)
    {
        Children.AddRange(Enumerable.Range(0, children).Select(_ => new ChildForm()));
        FamilyMembers.AddRange(Enumerable.Range(0, people).Select(_ => new PersonForm()));
    }

    private void RequireOpener() => Require<OpenCaseCommand>("Only social workers and team managers open cases.");

    private async Task LoadStaffAsync() => Staff = await Sender.Send(new ListStaffQuery(), HttpContext.RequestAborted);

    private async Task<string?> ManagerOfAsync(string userId)
    {
        var team = Staff.FirstOrDefault(s => s.UserId == userId)?.TeamId;
        var teams = await Sender.Send(new ListTeamsQuery(), HttpContext.RequestAborted);
        return teams.FirstOrDefault(t => t.Id == team)?.ManagerId;
    }
}
