using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Models;
using Plo.Application.Common.Security;
using Plo.Application.Meetings.ActionResults;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.RecordMeetingOutcome;

/// <summary>What happened at a meeting, the result for every open action, and the actions agreed there.</summary>
[AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
public sealed record RecordMeetingOutcomeCommand(
    Guid CaseId,
    int Version,
    Guid MeetingId,
    DateOnly HeldOn,
    string Attendees,
    bool ParentsSolicitorsPresent,
    ProgressRating Progress,
    MeetingDecision Decision,
    string? Notes,
    IReadOnlyList<ActionResultInput>? ActionResults,
    IReadOnlyList<NewAction>? NewActions
) : ICommand<CaseUpdated>, ICaseCommand;

public sealed class RecordMeetingOutcomeCommandHandler(IPloDbContext db)
    : ICommandHandler<RecordMeetingOutcomeCommand, CaseUpdated>
{
    public async ValueTask<CaseUpdated> Handle(RecordMeetingOutcomeCommand command, CancellationToken cancellationToken)
    {
        var familyCase = await db.LoadForChangeAsync(command, cancellationToken);
        familyCase.RecordMeetingOutcome(
            command.MeetingId,
            new MeetingOutcome(
                command.HeldOn,
                command.Attendees,
                command.ParentsSolicitorsPresent,
                command.Progress,
                command.Decision,
                command.Notes
            ),
            command.ActionResults.ToOutcomes(),
            command.NewActions ?? []
        );
        return familyCase.Updated(command.MeetingId);
    }
}
