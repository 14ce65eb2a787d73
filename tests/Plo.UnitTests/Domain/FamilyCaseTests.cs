using Plo.Domain.Cases;
using Plo.Domain.Common;

namespace Plo.UnitTests.Domain;

public class FamilyCaseTests
{
    private static readonly Allocation Staff = new("sw-1", "tm-1", null);
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static FamilyMember Parent(bool parentalResponsibility = true) =>
        FamilyMember.Create(
            new NewFamilyMember(
                "Sam",
                "Example",
                "Mother",
                parentalResponsibility,
                new Address("1 Test Street", null, "Testtown", "ZZ1 1AA"),
                null,
                false,
                null
            )
        );

    private static Child AChild() => Child.Create("Amy", "Example", new DateOnly(2022, 5, 1), null);

    [Fact]
    public void Opens_with_children_and_a_person_with_parental_responsibility()
    {
        var opened = FamilyCase.Open(CaseReference.For(2026, 7), Staff, [AChild()], [Parent()], Now, "sw-1");

        Assert.Equal("PLO-2026-0007", opened.Reference);
        Assert.Equal(CaseStatus.Open, opened.Status);
        Assert.Single(opened.Children);
        Assert.Equal(1, opened.Version);
    }

    [Fact]
    public void Refuses_a_case_without_children()
    {
        var ex = Assert.Throws<DomainRuleViolationException>(() =>
            FamilyCase.Open(CaseReference.For(2026, 1), Staff, [], [Parent()], Now, "sw-1")
        );
        Assert.Contains("child", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Refuses_a_case_where_nobody_has_parental_responsibility()
    {
        Assert.Throws<DomainRuleViolationException>(() =>
            FamilyCase.Open(
                CaseReference.For(2026, 1),
                Staff,
                [AChild()],
                [Parent(parentalResponsibility: false)],
                Now,
                "sw-1"
            )
        );
    }

    [Fact]
    public void Every_change_bumps_the_version()
    {
        var opened = FamilyCase.Open(CaseReference.For(2026, 1), Staff, [AChild()], [Parent()], Now, "sw-1");

        opened.Reallocate(
            AllocatedRole.SocialWorker,
            "sw-2",
            Now,
            "tm-1",
            "The first social worker has left the team."
        );

        Assert.Equal(2, opened.Version);
        Assert.Equal("sw-2", opened.Allocation.SocialWorkerId);
    }

    [Fact]
    public void Two_cases_opened_with_one_allocation_each_own_a_copy()
    {
        var first = FamilyCase.Open(CaseReference.For(2026, 1), Staff, [AChild()], [Parent()], Now, "sw-1");
        var second = FamilyCase.Open(CaseReference.For(2026, 2), Staff, [AChild()], [Parent()], Now, "sw-1");

        Assert.NotSame(first.Allocation, second.Allocation);
        Assert.Equal(first.Allocation, second.Allocation);
    }
}
