using Plo.Domain.Common;

namespace Plo.Domain.Planning;

public enum AssessmentKind
{
    Parenting,
    FamilyAndFriendsViability,
    SpecialGuardianship,
    DrugAndAlcoholTesting,
    Psychological,
    Other,
}

/// <summary>An assessment commissioned during pre-proceedings, tracked to its outcome.</summary>
public sealed class Assessment : Entity
{
    private Assessment() { }

    public AssessmentKind Kind { get; private set; }
    public string? Description { get; private set; }
    public string Assessor { get; private set; } = "";
    public DateOnly CommissionedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Outcome { get; private set; }

    internal static Assessment Commission(
        AssessmentKind kind,
        string? description,
        string assessor,
        DateOnly commissionedOn,
        DateOnly dueOn
    )
    {
        if (kind == AssessmentKind.Other && string.IsNullOrWhiteSpace(description))
        {
            throw new DomainValidationException("description", "Describe an assessment of kind 'other'.");
        }

        if (dueOn < commissionedOn)
        {
            throw new DomainValidationException(
                "dueOn",
                "The due date cannot be before the assessment was commissioned."
            );
        }

        return new Assessment
        {
            Kind = kind,
            Description = Guard.OptionalText(description, "Description", Limits.ShortText),
            Assessor = Guard.Text(assessor, "Assessor", Limits.ShortText),
            CommissionedOn = commissionedOn,
            DueOn = dueOn,
        };
    }

    internal void Update(DateOnly dueOn, DateOnly? completedOn, string? outcome)
    {
        if (dueOn < CommissionedOn)
        {
            throw new DomainValidationException(
                "dueOn",
                "The due date cannot be before the assessment was commissioned."
            );
        }

        if (completedOn is { } done && done < CommissionedOn)
        {
            throw new DomainValidationException(
                "completedOn",
                "An assessment cannot be completed before it was commissioned."
            );
        }

        if (completedOn is not null && string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainValidationException("outcome", "Record the outcome of a completed assessment.");
        }

        DueOn = dueOn;
        CompletedOn = completedOn;
        Outcome = Guard.OptionalText(outcome, "Outcome", Limits.Narrative);
    }
}
