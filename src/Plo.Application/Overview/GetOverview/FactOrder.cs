namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// The overview's orders over the summary's facts, in memory, for a list of every active child the user may see: the
/// same keys as the SQL order of a filtered list (<c>GetOverviewQueryHandler.Sorted</c>), the case reference compared
/// ordinally and the episode's id last, so that pages never share or skip a row. A page is picked without sorting every
/// child.
/// </summary>
public static class FactOrder
{
    // Beyond this, inserting into the kept list costs more than sorting everything once.
    private const int KeptSortedUpTo = 500;

    public static Comparison<SummaryFact> For(OverviewSort sort) =>
        sort switch
        {
            OverviewSort.Weeks => (a, b) => Then(a.StartDayNumber.CompareTo(b.StartDayNumber), a, b),
            OverviewSort.NextDue => (a, b) => Then(ByNextDue(a, b), a, b),
            _ => (a, b) => Then(a.Rag != b.Rag ? b.Rag.CompareTo(a.Rag) : ByNextDue(a, b), a, b),
        };

    /// <summary>The <paramref name="take"/> facts after the first <paramref name="skip"/>, in this order.</summary>
    public static List<SummaryFact> Page(IReadOnlyList<SummaryFact> facts, OverviewSort sort, int skip, int take)
    {
        var compare = For(sort);
        var wanted = (int)Math.Min((long)skip + take, facts.Count);
        if (wanted <= skip)
        {
            return [];
        }

        if (wanted > KeptSortedUpTo)
        {
            var all = facts.ToList();
            all.Sort(compare);
            return all.GetRange(skip, wanted - skip);
        }

        // The first `wanted` facts, kept sorted as they are found: after the first few hundred, almost every fact is
        // turned away by one comparison with the last kept.
        var comparer = Comparer<SummaryFact>.Create(compare);
        var first = new List<SummaryFact>(wanted + 1);
        foreach (var fact in facts)
        {
            if (first.Count == wanted && compare(fact, first[^1]) >= 0)
            {
                continue;
            }

            var at = first.BinarySearch(fact, comparer);
            first.Insert(at < 0 ? ~at : at, fact);
            if (first.Count > wanted)
            {
                first.RemoveAt(wanted);
            }
        }

        return first.GetRange(skip, wanted - skip);
    }

    // No key date (0) sorts last.
    private static int ByNextDue(SummaryFact a, SummaryFact b) =>
        (a.NextDueNumber, b.NextDueNumber) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            var (x, y) => x.CompareTo(y),
        };

    private static int Then(int order, SummaryFact a, SummaryFact b)
    {
        if (order != 0)
        {
            return order;
        }

        var reference = a.ReferenceKey.SequenceCompareTo(b.ReferenceKey);
        return reference != 0 ? reference : a.EpisodeKey.SequenceCompareTo(b.EpisodeKey);
    }
}
