using Plo.Domain.Common;

namespace Plo.Domain.Cases;

/// <summary>A family's pre-proceedings case: the children, the adults around them and the staff allocated.</summary>
public sealed partial class FamilyCase : AggregateRoot
{
    private readonly List<Child> _children = [];
    private readonly List<FamilyMember> _familyMembers = [];

    private FamilyCase() { }

    public string Reference { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public IReadOnlyList<Child> Children => _children;
    public IReadOnlyList<FamilyMember> FamilyMembers => _familyMembers;

    public static FamilyCase Open(
        CaseReference reference,
        Allocation allocation,
        IEnumerable<Child> children,
        IEnumerable<FamilyMember> familyMembers,
        DateTime openedAt,
        string openedBy
    )
    {
        var familyCase = new FamilyCase
        {
            Reference = reference.Value,
            Status = CaseStatus.Open,
            OpenedAt = openedAt,
            OpenedBy = Guard.Text(openedBy, "Opened by", FieldLengths.UserId),
        };
        familyCase.Allocate(allocation, openedAt, familyCase.OpenedBy);
        familyCase._children.AddRange(children);
        familyCase._familyMembers.AddRange(familyMembers);

        if (familyCase._children.Count == 0)
        {
            throw new DomainRuleViolationException("A case needs at least one child.");
        }

        if (!familyCase._familyMembers.Exists(m => m.ReceivesLetters))
        {
            throw new DomainRuleViolationException("A case needs at least one person with parental responsibility.");
        }

        familyCase.Raise("case-opened", $"Case {familyCase.Reference} opened for {familyCase.ChildNames()}.");
        return familyCase;
    }

    public DateOnly OpenedOn => DateOnly.FromDateTime(OpenedAt);

    /// <summary>A closed case takes no more journey commands.</summary>
    public void EnsureOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new DomainRuleViolationException("This case is closed and cannot be changed.");
        }
    }

    private string ChildNames() => string.Join(", ", _children.Select(c => c.FirstName));

    private void EnsureNotBeforeRecordStarts(DateOnly date, string field)
    {
        if (date < RecordStartsOn)
        {
            throw new DomainValidationException(
                field,
                Migrated
                    ? $"This date cannot be before the family entered pre-proceedings ({RecordStartsOn:yyyy-MM-dd})."
                    : $"This date cannot be before the case was opened ({OpenedOn:yyyy-MM-dd})."
            );
        }
    }
}
