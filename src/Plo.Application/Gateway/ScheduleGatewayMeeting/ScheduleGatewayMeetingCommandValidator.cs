using FluentValidation;
using Plo.Application.Common.Validation;

namespace Plo.Application.Gateway.ScheduleGatewayMeeting;

public sealed class ScheduleGatewayMeetingCommandValidator : PloValidator<ScheduleGatewayMeetingCommand>
{
    public ScheduleGatewayMeetingCommandValidator()
    {
        RuleFor(c => c.MeetingDate).NotEmpty();
        RuleFor(c => c.Chair).ShortText().CleanName();
        RuleFor(c => c.Attendees)
            .NotEmpty()
            .WithMessage("List who attends the panel.")
            .Must(a => a.Count <= 30)
            .WithMessage("At most 30 attendees.");
        RuleForEach(c => c.Attendees)
            .ChildRules(a =>
            {
                a.RuleFor(x => x.Name).ShortText().CleanName();
                a.RuleFor(x => x.Role).ShortText();
            });
        RuleForEach(c => c.Agenda).NotEmpty();
    }
}
