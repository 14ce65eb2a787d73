using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;

namespace Plo.UnitTests.Application.Overview;

public class FactOrderTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void Red_comes_first_then_the_nearest_key_date_then_the_reference_and_none_last()
    {
        var facts = new[]
        {
            Fact("PLO-3", Rag.Green, null),
            Fact("PLO-2", Rag.Green, Day.AddDays(3)),
            Fact("PLO-1", Rag.Green, Day.AddDays(3)),
            Fact("PLO-4", Rag.Red, Day.AddDays(9)),
            Fact("PLO-5", Rag.Amber, Day),
        };

        var page = FactOrder.Page(facts, OverviewSort.Rag, 0, 10);

        Assert.Equal(["PLO-4", "PLO-5", "PLO-1", "PLO-2", "PLO-3"], page.Select(f => f.Reference));
    }

    /// <summary>As SQLite orders Guids stored as text: the first group compared as unsigned, where a signed
    /// comparison would put 9… before 0….</summary>
    [Fact]
    public void Brothers_and_sisters_in_one_family_follow_their_episodes()
    {
        var (a, b) = (
            Guid.Parse("00000000-0000-0000-0000-000000000002"),
            Guid.Parse("90000000-0000-0000-0000-000000000001")
        );
        var facts = new[] { Fact("PLO-1", Rag.Green, Day, b), Fact("PLO-1", Rag.Green, Day, a) };

        Assert.Equal([a, b], FactOrder.Page(facts, OverviewSort.NextDue, 0, 2).Select(f => f.EpisodeId));
    }

    [Theory]
    [InlineData(OverviewSort.Rag, 0, 50)]
    [InlineData(OverviewSort.Weeks, 50, 50)]
    [InlineData(OverviewSort.NextDue, 93, 7)]
    [InlineData(OverviewSort.Rag, 900, 200)]
    [InlineData(OverviewSort.Weeks, 1190, 50)]
    [InlineData(OverviewSort.NextDue, 1200, 50)]
    public void Any_page_is_that_slice_of_the_whole_list_in_order(OverviewSort sort, int skip, int take)
    {
        var random = new Random(7);
        var facts = Enumerable
            .Range(0, 1200)
            .Select(i =>
                Fact(
                    $"PLO-{random.Next(300)}",
                    (Rag)random.Next(3),
                    random.Next(5) == 0 ? null : Day.AddDays(random.Next(20)),
                    Guid.NewGuid(),
                    random.Next(40)
                )
            )
            .ToList();

        var whole = facts.ToList();
        whole.Sort(FactOrder.For(sort));

        Assert.Equal(whole.Skip(skip).Take(take), FactOrder.Page(facts, sort, skip, take));
    }

    private static SummaryFact Fact(
        string reference,
        Rag rag,
        DateOnly? nextDue,
        Guid? episode = null,
        int startedDaysAgo = 0
    ) =>
        SummaryFact.Of(
            Guid.NewGuid(),
            episode ?? Guid.NewGuid(),
            "sw.1",
            reference,
            EpisodeStage.InReview,
            Day.DayNumber - startedDaysAgo,
            nextDue,
            (int)rag
        );
}
