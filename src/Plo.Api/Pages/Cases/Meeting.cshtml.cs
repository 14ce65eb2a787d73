using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Common.Exceptions;
using Plo.Application.Meetings.CorrectMeetingOutcome;
using Plo.Application.Meetings.GetMeetings;
using Plo.Application.Meetings.RecordMeetingOutcome;
using Plo.Domain.Common;
using Plo.Domain.Meetings;
using ActionResult = Plo.Domain.Meetings.ActionResult;

namespace Plo.Api.Pages.Cases;

/// <summary>
/// Recording a meeting's outcome: every open written-agreement action listed with done, not done (and why) or
/// carried on (and the new date), and new actions. The meeting cannot be saved while an open action has no result,
/// and the page says which.
/// </summary>
public sealed class MeetingModel : CasePage
{
    private const int NewActionRows = 3;

    public override string Section => "meetings";

    [FromRoute]
    public Guid MeetingId { get; set; }

    public MeetingDto Meeting { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public string? Attendees { get; set; }

    [BindProperty]
    public string? ParentsSolicitorsPresent { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>Why a recorded outcome is being corrected (a team manager's correction).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public List<ActionResultRow> ActionResults { get; set; } = [];

    [BindProperty]
    public List<NewActionRow> NewActions { get; set; } = [];

    public ActionResultsForm ResultsForm =>
        new(
            "Actions agreed before",
            [
                .. Meeting.ActionsToReview.Select(a => new ActionToReview(
                    a.ActionId,
                    $"{a.Description} ({Words.For(a.Owner).ToLowerInvariant()}, due {Words.ShortDate(a.DueOn)})"
                )),
            ],
            ActionResults,
            Errors
        );

    public sealed class NewActionRow
    {
        public string? Owner { get; set; }
        public string? Description { get; set; }
        public DateParts DueOn { get; set; } = new();
        public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && DueOn.IsEmpty;
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Meeting.Outcome is { } recorded)
        {
            // The correction form starts from what was recorded.
            HeldOn = DateParts.Of(recorded.HeldOn);
            Attendees = recorded.Attendees;
            ParentsSolicitorsPresent = recorded.ParentsSolicitorsPresent ? "true" : "false";
            Progress = recorded.Progress.ToString();
            Decision = recorded.Decision.ToString();
            Notes = recorded.Notes;
            return;
        }

        HeldOn = DateParts.Of(Meeting.ScheduledOn);
        ActionResults = [.. Meeting.ActionsToReview.Select(a => new ActionResultRow { ActionId = a.ActionId })];
        NewActions = [.. Enumerable.Range(0, NewActionRows).Select(_ => new NewActionRow())];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var outcome = ReadOutcome();

        var results = ActionResultsForm.Read(ActionResults, Errors, (v, field) => Chosen<ActionResult>(v, field));
        NewActions = [.. NewActions.Where(a => !a.IsEmpty)];
        var added = NewActions
            .Select(
                (a, i) =>
                    new NewAction(
                        Chosen<ActionOwner>(a.Owner, $"newActions[{i}].owner", "Choose who does it") ?? default,
                        a.Description ?? "",
                        a.DueOn.Read(Errors, $"newActions[{i}].dueOn", "the date it is due") ?? default
                    )
            )
            .ToList();
        var command = new RecordMeetingOutcomeCommand(
            CaseId,
            Version,
            MeetingId,
            outcome.HeldOn,
            outcome.Attendees,
            outcome.ParentsSolicitorsPresent,
            outcome.Progress,
            outcome.Decision,
            outcome.Notes,
            results,
            added
        );
        if (await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)))
        {
            return Done(Section);
        }

        NewActions.AddRange(
            Enumerable.Range(0, Math.Max(0, NewActionRows - NewActions.Count)).Select(_ => new NewActionRow())
        );
        return Page();
    }

    /// <summary>A team manager corrects a recorded outcome, with the reason; the timeline keeps both versions.
    /// Action results are not re-recorded: a later meeting reviews the actions.</summary>
    public async Task<IActionResult> OnPostCorrectAsync()
    {
        await LoadAsync();
        var outcome = ReadOutcome();
        var command = new CorrectMeetingOutcomeCommand(
            CaseId,
            Version,
            MeetingId,
            outcome.HeldOn,
            outcome.Attendees,
            outcome.ParentsSolicitorsPresent,
            outcome.Progress,
            outcome.Decision,
            outcome.Notes,
            Reason ?? ""
        );
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(Section) : Page();
    }

    /// <summary>The outcome as the form gives it, for recording and for correcting; a part that cannot be read
    /// becomes its field's error, and a stand-in value lets the message's own validators run on the rest.</summary>
    private MeetingOutcome ReadOutcome() =>
        new(
            HeldOn.Read(Errors, "heldOn", "the date the meeting was held") ?? default,
            Attendees ?? "",
            ParentsSolicitorsPresent == "true",
            Chosen<ProgressRating>(Progress, "progress", "Say how much progress the family has made")
                ?? ProgressRating.Good,
            Chosen<MeetingDecision>(Decision, "decision", "Say what was decided") ?? MeetingDecision.Continue,
            string.IsNullOrWhiteSpace(Notes) ? null : Notes
        );

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        var meetings = await Sender.Send(new GetMeetingsQuery(CaseId), HttpContext.RequestAborted);
        Meeting =
            meetings.Meetings.SingleOrDefault(m => m.Id == MeetingId)
            ?? throw new NotFoundException("Meeting", MeetingId);
        if (Version == 0)
        {
            Version = meetings.Version;
        }
    }
}
