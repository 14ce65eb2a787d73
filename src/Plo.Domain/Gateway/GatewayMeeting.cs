using Plo.Domain.Common;

namespace Plo.Domain.Gateway;

/// <summary>A legal gateway panel meeting: who sat, and which families were on the agenda.</summary>
public sealed class GatewayMeeting : AggregateRoot
{
    private readonly List<PanelAttendee> _attendees = [];
    private readonly List<Guid> _agenda = [];

    private GatewayMeeting() { }

    public DateOnly MeetingDate { get; private set; }
    public string Chair { get; private set; } = "";
    public IReadOnlyList<PanelAttendee> Attendees => _attendees;
    public IReadOnlyList<Guid> Agenda => _agenda;

    public static GatewayMeeting Schedule(
        DateOnly date,
        string chair,
        IEnumerable<PanelAttendee> attendees,
        IEnumerable<Guid> agenda
    )
    {
        var meeting = new GatewayMeeting { MeetingDate = date, Chair = Guard.Text(chair, "Chair", Limits.ShortText) };
        meeting._attendees.AddRange(attendees.Select(a => a with { }));
        foreach (var caseId in agenda)
        {
            meeting.AddToAgenda(caseId);
        }

        return meeting;
    }

    public void AddToAgenda(Guid caseId)
    {
        if (!_agenda.Contains(caseId))
        {
            _agenda.Add(caseId);
            Changed();
            Raise(
                "panel-agenda",
                $"Put on the agenda of the legal gateway panel meeting on {MeetingDate:dddd d MMMM yyyy}.",
                caseId
            );
        }
    }

    public void EnsureOnAgenda(Guid caseId)
    {
        if (!_agenda.Contains(caseId))
        {
            throw new DomainRuleViolationException(
                "This case is not on the panel's agenda. Add it to the agenda first."
            );
        }
    }
}
