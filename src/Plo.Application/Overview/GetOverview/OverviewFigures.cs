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
/// The summary's inputs for every case, kept by case so that after a change only the cases it touched are read again
/// (<see cref="With"/> replaces theirs), and so that a reader with a reach takes those of the cases they reach
/// (<see cref="Within"/>) rather than reading them.
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

    /// <summary>Made when first needed (the first change or reader with a reach after a read of every case), so that
    /// a read of every case costs no more than the counts it serves.</summary>
    private readonly Lazy<Dictionary<Guid, CaseFigures>> _byCase;

    private readonly Lazy<IReadOnlyList<SummaryFact>> _facts;
    private readonly Lazy<SummaryHistory> _history;

    private OverviewFigures(
        Lazy<IReadOnlyList<SummaryFact>> facts,
        Lazy<SummaryHistory> history,
        Lazy<Dictionary<Guid, CaseFigures>> byCase
    )
    {
        _facts = facts;
        _history = history;
        _byCase = byCase;
    }

    /// <summary>One fact per active child, in no order.</summary>
    public IReadOnlyList<SummaryFact> Facts => _facts.Value;

    public SummaryHistory History => _history.Value;

    /// <summary>The figures of every case, from a read of every case.</summary>
    public static OverviewFigures Of(CaseFiguresRead everyCase) =>
        new(
            new Lazy<IReadOnlyList<SummaryFact>>(everyCase.Facts),
            new Lazy<SummaryHistory>(HistoryOf(everyCase.ChangedOften, everyCase.Exits, everyCase.KeyDatesMet)),
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

        return From(ByCase(read, kept));
    }

    /// <summary>These figures for <paramref name="cases"/> alone (a reader's reach), as a read of those cases would
    /// find them: every figure is a case's own.</summary>
    public OverviewFigures Within(IEnumerable<Guid> cases)
    {
        var everyCase = _byCase.Value;
        var within = new Dictionary<Guid, CaseFigures>();
        foreach (var id in cases)
        {
            if (everyCase.TryGetValue(id, out var figures))
            {
                within[id] = figures;
            }
        }

        return From(within);
    }

    /// <summary>The figures of these cases' parts: the flat lists made when first asked for (a reader with a reach
    /// asks only for those of the cases they reach, <see cref="Within"/>).</summary>
    private static OverviewFigures From(Dictionary<Guid, CaseFigures> byCase)
    {
        var parts = byCase.Values;
        // A case's missing list read as no items (typed so, an empty array rather than a new list each).
        return new OverviewFigures(
            new Lazy<IReadOnlyList<SummaryFact>>(() =>
                [.. parts.SelectMany(c => (IEnumerable<SummaryFact>?)c.Facts ?? [])]
            ),
            new Lazy<SummaryHistory>(() =>
                HistoryOf(
                    [.. byCase.Where(c => c.Value.ChangedOften).Select(c => c.Key)],
                    parts.SelectMany(c => (IEnumerable<CaseExitCount>?)c.Exits ?? []),
                    parts.SelectMany(c => (IEnumerable<CaseKeyDatesMet>?)c.KeyDatesMet ?? [])
                )
            ),
            new Lazy<Dictionary<Guid, CaseFigures>>(byCase)
        );
    }

    private static SummaryHistory HistoryOf(
        HashSet<Guid> changedOften,
        IEnumerable<CaseExitCount> exits,
        IEnumerable<CaseKeyDatesMet> keyDatesMet
    ) =>
        new(
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
