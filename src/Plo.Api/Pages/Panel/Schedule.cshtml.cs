using Microsoft.AspNetCore.Mvc;
using Plo.Api.Web;
using Plo.Application.Gateway.ScheduleGatewayMeeting;

namespace Plo.Api.Pages.Panel;

/// <summary>Schedule a panel meeting: its date, chair and who attends (families are added from the meeting
/// page).</summary>
public sealed class ScheduleModel : PloPage
{
    public const int AttendeeRows = 6;

    [BindProperty]
    public DateParts MeetingDate { get; set; } = new();

    [BindProperty]
    public string? Chair { get; set; }

    [BindProperty]
    public List<AttendeeRow> Attendees { get; set; } = [];

    public sealed class AttendeeRow
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
    }

    public void OnGet() => Attendees = [.. Enumerable.Range(0, AttendeeRows).Select(_ => new AttendeeRow())];

    public async Task<IActionResult> OnPostAsync()
    {
        // Filled rows first, so that the API's field keys (attendees[1].name) point at the rows shown again.
        Attendees = [.. Attendees.Where(a => !string.IsNullOrWhiteSpace(a.Name) || !string.IsNullOrWhiteSpace(a.Role))];
        var filled = Attendees.Count;
        while (Attendees.Count < AttendeeRows)
        {
            Attendees.Add(new AttendeeRow());
        }

        var date = MeetingDate.Read(Errors, "meetingDate", "the date of the meeting");
        // Rows left empty are not attendees; a half-filled row is, so the API's messages say what is missing.
        var attendees = Attendees.Take(filled).Select(a => new AttendeeInput(a.Name ?? "", a.Role ?? "")).ToList();
        var command = new ScheduleGatewayMeetingCommand(date ?? default, Chair ?? "", attendees, []);
        GatewayMeetingScheduled? scheduled = null;
        await SubmitAsync(command, async (c, ct) => scheduled = await Sender.Send(c, ct));

        return scheduled is null ? Page() : Redirect($"/panel/meetings/{scheduled.Id}");
    }
}
