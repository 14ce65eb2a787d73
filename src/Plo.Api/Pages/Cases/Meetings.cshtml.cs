using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Meetings.GetMeetings;
using Plo.Application.Meetings.ScheduleMeeting;
using Plo.Domain.Meetings;

namespace Plo.Api.Pages.Cases;

/// <summary>The family's meetings and written-agreement actions, and scheduling the next meeting.</summary>
public sealed class MeetingsModel : CasePage
{
    public override string Section => "meetings";

    public MeetingsDto Meetings { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateParts ScheduledOn { get; set; } = new();

    [BindProperty]
    public string? StartsAt { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Version = Meetings.Version;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var kind = Chosen<MeetingKind>(Kind, "kind", "Choose which meeting this is");

        var on = ScheduledOn.Read(Errors, "scheduledOn", "the date of the meeting");
        var time = TimeOnly.TryParseExact(
            StartsAt?.Trim(),
            ["H:mm", "HH:mm", "H.mm"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var t
        )
            ? t
            : (TimeOnly?)null;
        if (time is null)
        {
            Errors.Add("startsAt", "Enter the time it starts, for example 10:30");
        }

        var command = new ScheduleMeetingCommand(
            CaseId,
            Version,
            kind ?? default,
            on ?? default,
            time ?? default,
            Place ?? ""
        );
        return await SubmitAsync(command, async (c, ct) => await Sender.Send(c, ct)) ? Done(Section) : Page();
    }

    private async Task LoadAsync()
    {
        await LoadCaseAsync();
        Meetings = await Sender.Send(new GetMeetingsQuery(CaseId), HttpContext.RequestAborted);
    }
}
