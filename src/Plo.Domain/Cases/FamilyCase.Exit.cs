using Plo.Domain.Common;
using Plo.Domain.Journey;

namespace Plo.Domain.Cases;

public sealed partial class FamilyCase
{
    public CaseExit? Exit { get; private set; }

    /// <summary>Ends pre-proceedings for every child and closes the case.</summary>
    public void ExitPreProceedings(CaseExit exit)
    {
        EnsureInPreProceedings();
        var start = ActiveEpisodes.Min(e => e.StartDate);
        if (exit.On < start)
        {
            throw new DomainValidationException("on", "The exit cannot be before pre-proceedings started.");
        }

        if (exit.Outcome == ExitOutcome.ProceedingsIssued && exit.CourtApplicationOn is null)
        {
            throw new DomainValidationException("courtApplicationOn", "Give the date the court application was made.");
        }

        if (exit.CourtApplicationOn is { } applied && applied < start)
        {
            throw new DomainValidationException(
                "courtApplicationOn",
                "The court application cannot be before pre-proceedings started."
            );
        }

        var reason = Guard.Text(exit.Reason, "Reason", Limits.Narrative);
        foreach (var episode in ActiveEpisodes.ToList())
        {
            episode.Close(exit.On, exit.Outcome, reason);
        }

        Exit = exit with { Reason = reason };
        Status = CaseStatus.Closed;
        Changed();
        Raise(
            "exit",
            $"Pre-proceedings ended on {Words.Date(exit.On)}: {Words.For(exit.Outcome)}."
                + (exit.CourtApplicationOn is { } madeOn ? $" Court application made on {Words.Date(madeOn)}." : "")
                + $" Reason: {reason}"
        );
    }
}
