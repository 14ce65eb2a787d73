using FluentValidation;
using Plo.Application.Common.Validation;
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
        RuleFor(c => c.ActionResults)
            .Must(r => r is null || r.Select(x => x.ActionId).Distinct().Count() == r.Count)
            .WithMessage("Give each action one result.");
        RuleForEach(c => c.ActionResults)
            .ChildRules(r =>
            {
                r.RuleFor(x => x.Result).IsInEnum();
                r.RuleFor(x => x.Reason).MaximumLength(Limits.Narrative);
            });
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
