using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Staff;
using Plo.Application.Staff.ListStaff;
using Plo.Application.Supervision.GetSupervision;
using Plo.Application.Supervision.RecordSupervision;
using Plo.Domain.Common;
using Plo.Domain.Supervision;
using ActionResult = Plo.Domain.Meetings.ActionResult;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// The case's supervision: when it is due, a team manager's form for a session (every open supervision action listed
/// with done, not done and why, or carried on and the new date, as at meetings), and every session recorded.
/// </summary>
public sealed class SupervisionModel : CasePage
{
    private const int NewActionRows = 3;

    public override string Section => "supervision";

    public SupervisionDto Supervision { get; private set; } = null!;

    public IReadOnlyList<StaffMemberDto> Staff { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public string? SupervisorId { get; set; }

    [BindProperty]
    public string? SuperviseeId { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? ChildExperience { get; set; }

    [BindProperty]
    public string? Decisions { get; set; }

    [BindProperty]
    public List<ActionResultRow> ActionResults { get; set; } = [];

    [BindProperty]
    public List<NewActionRow> NewActions { get; set; } = [];

    public sealed class NewActionRow
    {
        public string? Owner { get; set; }
        public string? Description { get; set; }
        public DateParts DueOn { get; set; } = new();
        public bool IsEmpty =>
            string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(Description) && DueOn.IsEmpty;
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        SupervisorId = Me.UserId;
        SuperviseeId = Supervision.SocialWorkerId;
        ActionResults = [.. Supervision.OpenActions.Select(a => new ActionResultRow { ActionId = a.ActionId })];
        NewActions = [.. Enumerable.Range(0, NewActionRows).Select(_ => new NewActionRow())];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Require<RecordSupervisionCommand>("Only a team manager records supervision.");
        var results = ActionResultsForm.Read(ActionResults, Errors, (v, field) => Chosen<ActionResult>(v, field));
        NewActions = [.. NewActions.Where(a => !a.IsEmpty)];
        var added = NewActions
            .Select(
                (a, i) =>
                    new NewSupervisionAction(
                        a.Owner ?? "",
                        a.Description ?? "",
                        a.DueOn.Read(Errors, $"newActions[{i}].dueOn", "the date it is due") ?? default
                    )
            )
            .ToList();
        var command = new RecordSupervisionCommand(
            CaseId,
            Version,
            HeldOn.Read(Errors, "heldOn", "the date of the session") ?? default,
            string.IsNullOrWhiteSpace(SupervisorId) ? null : SupervisorId,
            SuperviseeId ?? "",
            Progress ?? "",
            ChildExperience ?? "",
            Decisions ?? "",
            results,
            added
        );
        if (await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)))
        {
            return Done(Section, "sessions");
        }

        NewActions.AddRange(
            Enumerable.Range(0, Math.Max(0, NewActionRows - NewActions.Count)).Select(_ => new NewActionRow())
        );
        return Page();
    }

    public ActionResultsForm ResultsForm =>
        new(
            "Supervision actions set before",
            [
                .. Supervision.OpenActions.Select(a => new ActionToReview(
                    a.ActionId,
                    $"{a.Description} ({a.Owner}, due {Words.ShortDate(a.DueOn)})"
                )),
            ],
            ActionResults,
            Errors
        );

    public IEnumerable<Choice> People(params string[] roles) => StaffChoices.For(Staff, roles);

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        var ct = HttpContext.RequestAborted;
        Supervision = await Sender.Send(new GetSupervisionQuery(CaseId), ct);
        Staff = await Sender.Send(new ListStaffQuery(), ct);
        if (Version == 0)
        {
            Version = Supervision.Version;
        }
    }
}
