using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Domain.Supervision;

/// <summary>What a supervision session of the case recorded, as the manager wrote it.</summary>
public sealed record SupervisionNotes(
    DateOnly HeldOn,
    string SupervisorId,
    string SuperviseeId,
    string Progress,
    string ChildExperience,
    string Decisions
);

/// <summary>
/// A team manager's supervision of a case with its worker: progress, reflection on the child's experience, and the
/// decisions and direction given. Its actions are <see cref="SupervisionAction"/>s, pulled through to the next session.
/// </summary>
public sealed class SupervisionSession : Entity
{
    private SupervisionSession() { }

    public DateOnly HeldOn { get; private set; }
    public string SupervisorId { get; private set; } = "";
    public string SuperviseeId { get; private set; } = "";
    public string Progress { get; private set; } = "";
    public string ChildExperience { get; private set; } = "";
    public string Decisions { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    internal static SupervisionSession Record(SupervisionNotes notes, string recordedBy, DateTime recordedAt) =>
        new()
        {
            HeldOn = notes.HeldOn,
            SupervisorId = Guard.Text(notes.SupervisorId, "Supervisor", FieldLengths.UserId),
            SuperviseeId = Guard.Text(notes.SuperviseeId, "Supervisee", FieldLengths.UserId),
            Progress = Guard.Text(notes.Progress, "Progress", Limits.Narrative),
            ChildExperience = Guard.Text(notes.ChildExperience, "The child's experience", Limits.Narrative),
            Decisions = Guard.Text(notes.Decisions, "Decisions and direction", Limits.Narrative),
            RecordedBy = Guard.Text(recordedBy, "Recorded by", FieldLengths.UserId),
            RecordedAt = recordedAt,
        };
}
