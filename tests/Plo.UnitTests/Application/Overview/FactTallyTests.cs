using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;

namespace Plo.UnitTests.Application.Overview;

public class FactTallyTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Children_are_counted_by_stage_rag_family_and_holder_with_weeks_shortest_first()
    {
        var facts = new[]
        {
            Fact("PLO-1", "sw.a", EpisodeStage.InReview, Rag.Red, daysIn: 70, SummaryFact.MissingRationaleFlag),
            Fact("PLO-1", "sw.a", EpisodeStage.InReview, Rag.Red, daysIn: 70, SummaryFact.MissingRationaleFlag),
            Fact("PLO-2", "sw.b", EpisodeStage.LetterSent, Rag.Green, daysIn: 7, SummaryFact.ReassessmentDueFlag),
            Fact("PLO-3", "sw.a", EpisodeStage.DecisionDue, Rag.Amber, daysIn: 140, SummaryFact.SupervisionOverdueFlag),
        };

        var tally = FactTally.Of(facts, Today, new HashSet<Guid> { Family("PLO-1"), Family("PLO-9") });

        Assert.Equal(3, tally.Families);
        Assert.Equal(
            [
                KeyValuePair.Create(EpisodeStage.LetterSent, 1),
                KeyValuePair.Create(EpisodeStage.InReview, 2),
                KeyValuePair.Create(EpisodeStage.DecisionDue, 1),
            ],
            tally.ByStage
        );
        Assert.Equal(2, tally.ByRag[Rag.Red]);
        Assert.Equal(1, tally.ByRag[Rag.Amber]);
        Assert.Equal(1, tally.ByRag[Rag.Green]);
        Assert.Equal((2, 1, 1), (tally.MissingRationale, tally.SupervisionOverdue, tally.ReassessmentDue));
        Assert.Equal(2, tally.InChangedOftenFamilies);
        Assert.Equal([1.0, 10.0, 10.0, 20.0], tally.Weeks);
        Assert.Equal(3, tally.HeldBy["sw.a"]);
        Assert.Equal(1, tally.HeldBy["sw.b"]);
    }

    private static SummaryFact Fact(
        string reference,
        string worker,
        EpisodeStage stage,
        Rag rag,
        int daysIn,
        int flags
    ) =>
        SummaryFact.Of(
            Family(reference),
            Guid.NewGuid(),
            worker,
            reference,
            stage,
            Today.DayNumber - daysIn,
            null,
            (int)rag + flags
        );

    // One case id per reference ("PLO-1" → 00000000-0000-0000-0000-000000000001).
    private static Guid Family(string reference) =>
        Guid.Parse($"00000000-0000-0000-0000-{reference[4..].PadLeft(12, '0')}");
}
