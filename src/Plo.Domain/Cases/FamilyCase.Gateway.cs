using Plo.Domain.Calendar;
using Plo.Domain.Common;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    private readonly List<GatewayDecision> _decisions = [];
    private readonly List<Episode> _episodes = [];

    public IReadOnlyList<GatewayDecision> Decisions => _decisions;
    public IReadOnlyList<Episode> Episodes => _episodes;
    public bool IsInPreProceedings => _episodes.Exists(e => e.IsActive);

    /// <summary>The episode the family's schedules follow: the earliest still running, or else the latest.</summary>
    public Episode? ScheduledEpisode =>
        _episodes.Where(e => e.IsActive).MinBy(e => e.StartDate) ?? _episodes.MaxBy(e => e.StartDate);

    /// <summary>
    /// Records a panel decision. "Enter pre-proceedings" starts an episode for every child, with
    /// key dates scheduled from the policy in force (which each episode keeps).
    /// </summary>
    public GatewayDecision RecordGatewayDecision(
        GatewayDecisionInput input,
        string recordedBy,
        ReviewPolicy policy,
        WorkingDayCalendar calendar
    )
    {
        EnsureOpen();
        EnsureNotBeforeRecordStarts(input.DecidedOn, "decidedOn");
        if (input.Option == DecisionOption.EnterPreProceedings && _episodes.Count > 0)
        {
            throw new DomainRuleViolationException("This family has already entered pre-proceedings.");
        }

        var decision = GatewayDecision.Record(input, recordedBy);
        _decisions.Add(decision);
        if (input.Option == DecisionOption.EnterPreProceedings)
        {
            var expectedEnd = calendar.OnOrNextWorkingDay(input.DecidedOn.AddDays(policy.DecisionPointWeeks * 7));
            _episodes.AddRange(_children.Select(c => Episode.Start(c.Id, input.DecidedOn, expectedEnd, policy)));
        }

        Changed();
        Raise(
            "gateway-decision",
            $"Legal gateway panel decided: {Words.For(input.Option)}. Threshold "
                + $"{(input.ThresholdMet ? "met" : "not met")}. "
                + $"Reasons: {decision.Rationale}"
                + (decision.Conditions is { } conditions ? $" Conditions: {conditions}" : "")
                + (decision.ComeBackOn is { } back ? $" Back to the panel on {Words.Date(back)}." : "")
        );
        return decision;
    }

    private void EnsureInPreProceedings()
    {
        EnsureOpen();
        if (!IsInPreProceedings)
        {
            throw new DomainRuleViolationException(
                "This family is not in pre-proceedings: the gateway panel has not decided to enter."
            );
        }
    }

    private IEnumerable<Episode> ActiveEpisodes => _episodes.Where(e => e.IsActive);

    private void Reach(EpisodeStage stage)
    {
        foreach (var episode in ActiveEpisodes)
        {
            episode.Reach(stage);
        }
    }
}
