using Plo.Domain.Cases;

namespace Plo.Infrastructure.DemoData;

/// <summary>Invented families (no real person): names from a list of common words, addresses in made-up streets.</summary>
internal static class DemoFamilies
{
    public sealed record Family(Allocation Allocation, IReadOnlyList<Child> Children, IReadOnlyList<FamilyMember> Adults);

    public static IEnumerable<Family> All(DateOnly today)
    {
        var team = new Allocation("sw.jordan", "tm.morgan", "la.rivers");
        var otherTeam = new Allocation("sw.casey", "tm.quinn", "la.rivers");

        yield return new Family(team,
            [Child.Create("Amy", "Brookfield", today.AddYears(-4).AddDays(-30), null),
             Child.Create("Ben", "Brookfield", today.AddYears(-2).AddDays(-90), null)],
            [Parent("Sarah", "Brookfield", "Mother", "12 Example Road", "ZZ1 1AA"),
             Parent("Tom", "Hollins", "Father", "4 Sample Close", "ZZ1 2BB", solicitor: new Solicitor("Priya Demo", "Demo Family Law", "01632 960001", "priya@example.org"))]);

        yield return new Family(team,
            [Child.Create("Baby", "Ashworth", null, today.AddDays(70))],
            [Parent("Leah", "Ashworth", "Mother", "7 Placeholder Street", "ZZ2 3CC")]);

        yield return new Family(otherTeam,
            [Child.Create("Kai", "Fernley", today.AddYears(-9), null)],
            [Parent("Dana", "Fernley", "Mother", "88 Fictional Way", "ZZ3 4DD", language: "Polish", interpreter: true),
             FamilyMember.Create(new NewFamilyMember("Rose", "Fernley", "Grandmother", false, null, null, false, null))]);

        yield return new Family(otherTeam,
            [Child.Create("Mia", "Thornbury", today.AddYears(-12), null),
             Child.Create("Leo", "Thornbury", today.AddYears(-6), null),
             Child.Create("Ivy", "Thornbury", today.AddMonths(-8), null)],
            [Parent("Chris", "Thornbury", "Father", "3 Nowhere Lane", "ZZ4 5EE"),
             Parent("Jo", "Marsh", "Mother", "3 Nowhere Lane", "ZZ4 5EE")]);
    }

    private static FamilyMember Parent(
        string first, string last, string relationship, string street, string postcode,
        string? language = null, bool interpreter = false, Solicitor? solicitor = null) =>
        FamilyMember.Create(new NewFamilyMember(
            first, last, relationship, true, new Address(street, null, "Exampletown", postcode), language, interpreter, solicitor));
}
