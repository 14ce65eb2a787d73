using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>A closed episode's outcome and length, counted for one case.</summary>
public sealed class CaseExitCount
{
    public Guid CaseId { get; init; }
    public ExitOutcome? Outcome { get; init; }
    public int Days { get; init; }
    public int Children { get; init; }
}

/// <summary>Key dates met, and how many of them on time, counted for one case.</summary>
public sealed class CaseKeyDatesMet
{
    public Guid CaseId { get; init; }
    public int Met { get; init; }
    public int OnTime { get; init; }
}

/// <summary>What the summary needs of some cases, as read: the active children's facts and the last 12 months'
/// history, each row naming its case.</summary>
public sealed record CaseFiguresRead(
    List<SummaryFact> Facts,
    HashSet<Guid> ChangedOften,
    List<CaseExitCount> Exits,
    List<CaseKeyDatesMet> KeyDatesMet
);

/// <summary>
/// The summary's inputs for every case (for a reader of every case), kept by case so that after a change only the
/// cases it touched are read again: <see cref="With"/> replaces theirs.
/// </summary>
public sealed class OverviewFigures
{
    /// <summary>One case's part; a list stays null while the case has nothing in it (most have no exits).</summary>
    private sealed class CaseFigures
    {
        public List<SummaryFact>? Facts;
        public bool ChangedOften;
        public List<CaseExitCount>? Exits;
        public List<CaseKeyDatesMet>? KeyDatesMet;
    }

    /// <summary>Made when first needed (the first change after a read of every case), so that a read of every case
    /// costs no more than the counts it serves.</summary>
    private readonly Lazy<Dictionary<Guid, CaseFigures>> _byCase;

    private OverviewFigures(
        List<SummaryFact> facts,
        HashSet<Guid> changedOften,
        IEnumerable<CaseExitCount> exits,
        IEnumerable<CaseKeyDatesMet> keyDatesMet,
        Lazy<Dictionary<Guid, CaseFigures>> byCase
    )
    {
        _byCase = byCase;
        Facts = facts;
        History = new SummaryHistory(
            changedOften,
            [
                .. exits
                    .GroupBy(e => (e.Outcome, e.Days))
                    .Select(g => new ExitCount
                    {
                        Outcome = g.Key.Outcome,
                        Days = g.Key.Days,
                        Children = g.Sum(e => e.Children),
                    }),
            ],
            KeyDatesMet(keyDatesMet)
        );
    }

    /// <summary>One fact per active child, in no order.</summary>
    public IReadOnlyList<SummaryFact> Facts { get; }

    public SummaryHistory History { get; }

    /// <summary>The figures of every case, from a read of every case.</summary>
    public static OverviewFigures Of(CaseFiguresRead everyCase) =>
        new(
            everyCase.Facts,
            everyCase.ChangedOften,
            everyCase.Exits,
            everyCase.KeyDatesMet,
            new Lazy<Dictionary<Guid, CaseFigures>>(() => ByCase(everyCase, []))
        );

    /// <summary>These figures with those of <paramref name="cases"/> replaced by <paramref name="read"/> (a case
    /// the read no longer finds, closed long ago or erased, drops out).</summary>
    public OverviewFigures With(IReadOnlySet<Guid> cases, CaseFiguresRead read)
    {
        var kept = new Dictionary<Guid, CaseFigures>(_byCase.Value);
        foreach (var id in cases)
        {
            kept.Remove(id);
        }

        var byCase = ByCase(read, kept);
        var parts = byCase.Values;
        // A case's missing list read as no items (typed so, an empty array rather than a new list each).
        return new OverviewFigures(
            [.. parts.SelectMany(c => (IEnumerable<SummaryFact>?)c.Facts ?? [])],
            [.. byCase.Where(c => c.Value.ChangedOften).Select(c => c.Key)],
            parts.SelectMany(c => (IEnumerable<CaseExitCount>?)c.Exits ?? []),
            parts.SelectMany(c => (IEnumerable<CaseKeyDatesMet>?)c.KeyDatesMet ?? []),
            new Lazy<Dictionary<Guid, CaseFigures>>(byCase)
        );
    }

    /// <summary>Key dates met on time and late, as <see cref="OverviewQueries.KeyDatesMetCounts"/> counts them (a row
    /// for each with any).</summary>
    private static List<KeyDatesMetCount> KeyDatesMet(IEnumerable<CaseKeyDatesMet> byCase)
    {
        var (met, onTime) = (0, 0);
        foreach (var counted in byCase)
        {
            met += counted.Met;
            onTime += counted.OnTime;
        }

        return
        [
            .. new[]
            {
                new KeyDatesMetCount { OnTime = true, Count = onTime },
                new KeyDatesMetCount { OnTime = false, Count = met - onTime },
            }.Where(c => c.Count > 0),
        ];
    }

    private static Dictionary<Guid, CaseFigures> ByCase(CaseFiguresRead read, Dictionary<Guid, CaseFigures> into)
    {
        CaseFigures For(Guid id)
        {
            if (!into.TryGetValue(id, out var figures))
            {
                figures = new CaseFigures { ChangedOften = read.ChangedOften.Contains(id) };
                into[id] = figures;
            }

            return figures;
        }

        foreach (var fact in read.Facts)
        {
            (For(fact.CaseId).Facts ??= []).Add(fact);
        }

        foreach (var exit in read.Exits)
        {
            (For(exit.CaseId).Exits ??= []).Add(exit);
        }

        foreach (var met in read.KeyDatesMet)
        {
            (For(met.CaseId).KeyDatesMet ??= []).Add(met);
        }

        foreach (var id in read.ChangedOften)
        {
            For(id);
        }

        return into;
    }
}
