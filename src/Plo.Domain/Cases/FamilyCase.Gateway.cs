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

    /// <summary>
    /// Records a panel decision. "Enter pre-proceedings" starts an episode for every child, with
    /// key dates scheduled from the policy in force (which each episode keeps).
    /// </summary>
    public GatewayDecision RecordGatewayDecision(GatewayDecisionInput input, string recordedBy, ReviewPolicy policy, WorkingDayCalendar calendar)
    {
        EnsureOpen();
        EnsureNotBeforeOpened(input.DecidedOn, "decidedOn");
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
        Raise("gateway-decision", $"Legal gateway panel decided: {Words.For(input.Option)}. Threshold {(input.ThresholdMet ? "met" : "not met")}. "
            + $"Reasons: {decision.Rationale}" + (decision.Conditions is { } conditions ? $" Conditions: {conditions}" : "")
            + (decision.ComeBackOn is { } back ? $" Back to the panel on {Words.Date(back)}." : ""));
        return decision;
    }

    public NextKeyDate? NextKeyDate { get; private set; }

    /// <summary>Recomputes the earliest unmet key date (none once the journey has ended).</summary>
    public void RefreshNextKeyDate(WorkingDayCalendar calendar)
    {
        var next = IsInPreProceedings
            ? ReviewSchedule.For(this, calendar, DateOnly.MinValue).Where(p => p.MetOn is null).MinBy(p => p.DueOn)
            : null;
        var refreshed = next is null ? null : new NextKeyDate(next.Kind, next.Number, next.DueOn);
        if (refreshed != NextKeyDate)
        {
            NextKeyDate = refreshed;
        }
    }

    /// <summary>The unborn child is born; their episode carries on unchanged.</summary>
    public void RecordBirth(Guid childId, DateOnly dateOfBirth, string? firstName)
    {
        EnsureOpen();
        var child = _children.Find(c => c.Id == childId) ?? throw new DomainValidationException("childId", "No such child on this case.");
        child.RecordBirth(dateOfBirth, firstName);
        Changed();
        Raise("birth-recorded", $"{child.FirstName} was born on {Words.Date(dateOfBirth)}.");
    }

    private void EnsureInPreProceedings()
    {
        EnsureOpen();
        if (!IsInPreProceedings)
        {
            throw new DomainRuleViolationException("This family is not in pre-proceedings: the gateway panel has not decided to enter.");
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
