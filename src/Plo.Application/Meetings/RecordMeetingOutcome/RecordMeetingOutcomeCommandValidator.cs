using FluentValidation;
using Plo.Application.Common.Validation;
using Plo.Application.Meetings.ActionResults;
using Plo.Domain.Common;
using Plo.Domain.Meetings;

namespace Plo.Application.Meetings.RecordMeetingOutcome;

public sealed class RecordMeetingOutcomeCommandValidator : CaseCommandValidator<RecordMeetingOutcomeCommand>
{
    public RecordMeetingOutcomeCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.MeetingId).NotEmpty();
        RuleFor(c => c.HeldOn).NotInFuture(clock);
        RuleFor(c => c.Attendees).Narrative();
        RuleFor(c => c.Progress)
            .IsInEnum()
            .NotEqual(ProgressRating.NotRecorded)
            .WithMessage(
                "Say how much progress the family made: \"not recorded\" is only for meetings held before Plo."
            );
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Notes).MaximumLength(Limits.Narrative);
        this.ActionResults(c => c.ActionResults);
        RuleForEach(c => c.NewActions)
            .NotNull()
            .ChildRules(a =>
            {
                a.RuleFor(x => x.Owner).IsInEnum();
                a.RuleFor(x => x.Description).NotEmpty().MaximumLength(Limits.ShortText * 5);
                a.RuleFor(x => x.DueOn).NotEmpty();
            });
    }
}
