using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Application.Journey;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.Application.Cases.EnterRetrospectively;

/// <summary>What the earlier tracker knew about the family's journey so far.</summary>
public sealed record CaseHistoryInput(
    DateOnly PanelDecidedOn,
    string PanelRationale,
    DateOnly? LetterSentOn,
    DateOnly? InitialMeetingOn,
    IReadOnlyList<DateOnly>? ReviewsHeldOn,
    DateOnly? NextReviewOn,
    string? DelayRationale,
    string? FormerReference
)
{
    public CaseHistory ToHistory() =>
        new(
            PanelDecidedOn,
            PanelRationale,
            LetterSentOn,
            InitialMeetingOn,
            [.. (ReviewsHeldOn ?? []).Order()],
            NextReviewOn,
            DelayRationale,
            FormerReference?.Trim()
        );
}

/// <summary>
/// A family already in pre-proceedings on Plo's first day, entered with its real history (flagged as migrated): key
/// dates, weeks and RAG are right at once, and the timeline shows when each thing happened and when it was recorded.
/// </summary>
[AllowedRoles(Roles.TeamManager, Roles.SeniorManager)]
[NotCaseScoped]
public sealed record EnterCaseRetrospectivelyCommand(OpenCaseCommand Case, CaseHistoryInput History)
    : ICommand<CaseOpened>;

public sealed class EnterCaseRetrospectivelyCommandHandler(
    IPloDbContext db,
    ICaseReferenceAllocator references,
    ICurrentUser user,
    TimeProvider clock,
    IOptions<JourneyOptions> options,
    WorkingDayCalendar calendar
) : ICommandHandler<EnterCaseRetrospectivelyCommand, CaseOpened>
{
    public async ValueTask<CaseOpened> Handle(
        EnterCaseRetrospectivelyCommand command,
        CancellationToken cancellationToken
    )
    {
        var history = command.History.ToHistory();
        if (
            history.FormerReference is { } former
            && await db.Cases.AnyAsync(c => c.FormerReference == former, cancellationToken)
        )
        {
            throw new DomainValidationException(
                "formerReference",
                $"A case with the former reference {former} is already in Plo."
            );
        }

        var familyCase = Build(
            command.Case,
            history,
            await references.NextAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime,
            user.UserId,
            options.Value,
            calendar
        );
        db.Cases.Add(familyCase);
        return new CaseOpened(familyCase.Id, familyCase.Reference);
    }

    /// <summary>The one way a migrated case is built, for this command and for the CSV import.</summary>
    public static FamilyCase Build(
        OpenCaseCommand c,
        CaseHistory history,
        CaseReference reference,
        DateTime now,
        string by,
        JourneyOptions options,
        WorkingDayCalendar calendar,
        bool addressesToFollow = false
    ) =>
        FamilyCase.EnterRetrospectively(
            reference,
            new Allocation(c.SocialWorkerId.Trim(), c.TeamManagerId.Trim(), c.LegalAdviserId?.Trim()),
            c.Children.Select(ch => ch.ToChild()),
            c.FamilyMembers.Select(m =>
                FamilyMember.Create(m.ToNewFamilyMember() with { AddressToFollow = addressesToFollow })
            ),
            now,
            by,
            history,
            options.Policy,
            options.MaxExtensionWeeks,
            calendar
        );
}

public sealed class EnterCaseRetrospectivelyCommandValidator : PloValidator<EnterCaseRetrospectivelyCommand>
{
    public EnterCaseRetrospectivelyCommandValidator(TimeProvider clock, IPloDbContext db)
    {
        RuleFor(c => c.Case)
            .NotNull()
            .SetValidator(new OpenCaseCommandValidator(clock))
            .SetValidator(new OpenCaseAllocationValidator(db));
        RuleFor(c => c.History).NotNull();
        RuleFor(c => c.History.PanelRationale).Narrative().When(c => c.History is not null);
        RuleFor(c => c.History.DelayRationale).MaximumLength(Limits.Narrative).When(c => c.History is not null);
        RuleFor(c => c.History.FormerReference)
            .MaximumLength(FieldLengths.Reference * 2)
            .When(c => c.History is not null);
        RuleFor(c => c.History.ReviewsHeldOn)
            .Must(r => r is null || r.Count <= 20)
            .WithMessage("At most 20 reviews.")
            .When(c => c.History is not null);
    }
}
