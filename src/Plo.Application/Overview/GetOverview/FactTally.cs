using System.Runtime.InteropServices;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The summary's counts over the active children's facts, in one pass (there is a fact per child, and a pass of LINQ
/// per figure cost more than the rest of the summary). Stages are listed in the journey's order, those with children
/// only.
/// </summary>
public sealed class FactTally
{
    private FactTally() { }

    public int Families { get; private init; }
    public IReadOnlyDictionary<EpisodeStage, int> ByStage { get; private init; } = null!;
    public IReadOnlyDictionary<Rag, int> ByRag { get; private init; } = null!;
    public int MissingRationale { get; private init; }
    public int SupervisionOverdue { get; private init; }
    public int ReassessmentDue { get; private init; }
    public int InChangedOftenFamilies { get; private init; }

    /// <summary>Children held by each member of staff in the social worker's place.</summary>
    public IReadOnlyDictionary<string, int> HeldBy { get; private init; } = null!;

    /// <summary>Weeks in pre-proceedings, shortest first.</summary>
    public IReadOnlyList<double> Weeks { get; private init; } = null!;

    public static FactTally Of(IReadOnlyList<SummaryFact> facts, DateOnly today, IReadOnlySet<Guid> changedOften)
    {
        var stages = new int[Enum.GetValues<EpisodeStage>().Length];
        var rags = new int[Enum.GetValues<Rag>().Length];
        var starts = new int[facts.Count];
        var families = new HashSet<Guid>();
        var heldBy = new Dictionary<string, int>(StringComparer.Ordinal);
        // Looked up by the fact's text as it is: a user id string is made once per member of staff, not once per child.
        var heldByKey = heldBy.GetAlternateLookup<ReadOnlySpan<char>>();
        var (missing, supervision, reassessment, changed) = (0, 0, 0, 0);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            stages[(int)fact.Stage]++;
            rags[fact.Rag]++;
            starts[i] = fact.StartDayNumber;
            families.Add(fact.CaseId);
            CollectionsMarshal.GetValueRefOrAddDefault(heldByKey, fact.SocialWorkerKey, out _)++;
            missing += fact.MissingRationale ? 1 : 0;
            supervision += fact.SupervisionOverdue ? 1 : 0;
            reassessment += fact.ReassessmentDue ? 1 : 0;
            changed += changedOften.Contains(fact.CaseId) ? 1 : 0;
        }

        // The latest start is the fewest weeks.
        Array.Sort(starts);
        var weeks = new double[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            weeks[i] = (today.DayNumber - starts[^(i + 1)]) / 7.0;
        }

        return new FactTally
        {
            Families = families.Count,
            ByStage = Enum.GetValues<EpisodeStage>()
                .Where(s => stages[(int)s] > 0)
                .ToDictionary(s => s, s => stages[(int)s]),
            ByRag = Enum.GetValues<Rag>().ToDictionary(r => r, r => rags[(int)r]),
            MissingRationale = missing,
            SupervisionOverdue = supervision,
            ReassessmentDue = reassessment,
            InChangedOftenFamilies = changed,
            Weeks = weeks,
            HeldBy = heldBy,
        };
    }
}
