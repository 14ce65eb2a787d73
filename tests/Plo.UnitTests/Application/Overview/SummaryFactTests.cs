using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;

namespace Plo.UnitTests.Application.Overview;

public class SummaryFactTests
{
    [Theory]
    [InlineData(EpisodeStage.AwaitingLetter, 0, "sw.1", "PLO-2026-0001")]
    [InlineData(EpisodeStage.DecisionDue, SummaryFact.MissingRationaleFlag + 2, "team.manager.with.a.long.id", "R")]
    [InlineData(EpisodeStage.Closed, 31, "x", "PLO-2026-9999")]
    public void Every_value_packed_reads_back(EpisodeStage stage, int flags, string worker, string reference)
    {
        var (caseId, episodeId) = (Guid.NewGuid(), Guid.NewGuid());
        var (start, due) = (DateOnly.MinValue.AddDays(1), DateOnly.MaxValue);

        var fact = SummaryFact.Of(caseId, episodeId, worker, reference, stage, start.DayNumber, due, flags);

        Assert.Equal(
            (caseId, episodeId, worker, reference, stage, start.DayNumber, (DateOnly?)due, flags),
            (
                fact.CaseId,
                fact.EpisodeId,
                fact.SocialWorkerId,
                fact.Reference,
                fact.Stage,
                fact.StartDayNumber,
                fact.NextDue,
                fact.Flags
            )
        );
        Assert.Equal(flags & 3, fact.Rag);
        Assert.Equal((flags & SummaryFact.MissingRationaleFlag) != 0, fact.MissingRationale);
    }

    [Fact]
    public void No_next_key_date_reads_back_as_none_and_the_latest_date_as_itself()
    {
        var none = SummaryFact.Of(Guid.NewGuid(), Guid.NewGuid(), "sw.1", "PLO-1", EpisodeStage.InReview, 1, null, 0);
        var latest = SummaryFact.Of(
            Guid.NewGuid(),
            Guid.NewGuid(),
            "sw.1",
            "PLO-1",
            EpisodeStage.InReview,
            DateOnly.MaxValue.DayNumber,
            DateOnly.MaxValue,
            0
        );

        Assert.Null(none.NextDue);
        Assert.Equal(0, none.NextDueNumber);
        Assert.Equal(DateOnly.MaxValue, latest.NextDue);
        Assert.Equal(DateOnly.MaxValue.DayNumber, latest.StartDayNumber);
    }

    [Fact]
    public void Every_stage_fits_the_three_bits_it_is_given() =>
        Assert.True(Enum.GetValues<EpisodeStage>().Max(s => (int)s) < 8);
}
