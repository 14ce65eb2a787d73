using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>
/// One active child, as narrow as the summary can count it from: two values a row, because with as many rows as
/// children each value read from the database costs more than the arithmetic that packs several into one.
/// <see cref="Packed"/> holds the numbers, <see cref="Keys"/> the texts (<see cref="OverviewQueries.Facts"/> builds
/// both in SQL, <see cref="Of"/> in memory).
/// </summary>
public sealed class SummaryFact
{
    public const int MissingRationaleFlag = 4;
    public const int SupervisionOverdueFlag = 8;
    public const int ReassessmentDueFlag = 16;

    // The number: the RAG (2 bits) and the flags (3) at the bottom, the stage (3), then the start and the next key date
    // as day numbers (22 bits each, enough for DateOnly.MaxValue); the next key date is one more, 0 when there is none.
    public const long StageUnit = 1L << 5;
    public const long StartUnit = 1L << 8;
    public const long NextDueUnit = 1L << 30;
    private const long DayMask = (1L << 22) - 1;

    // The texts: the case's and the episode's ids as the database writes them (36 characters each), the social
    // worker's user id, this separator (a user id is visible characters only), then the case reference.
    public const string Separator = "\u001f";
    private const int IdLength = 36;

    private readonly int _separator;

    public SummaryFact(long packed, string keys)
    {
        Packed = packed;
        Keys = keys;
        _separator = keys.IndexOf(Separator, 2 * IdLength, StringComparison.Ordinal);
        CaseId = Guid.Parse(keys.AsSpan(0, IdLength));
    }

    public long Packed { get; }
    public string Keys { get; }

    public Guid CaseId { get; }
    public Guid EpisodeId => Guid.Parse(EpisodeKey);
    public string SocialWorkerId => SocialWorkerKey.ToString();
    public string Reference => ReferenceKey.ToString();

    /// <summary>The episode's id as the database writes it, so that it compares as SQL's order does.</summary>
    public ReadOnlySpan<char> EpisodeKey => Keys.AsSpan(IdLength, IdLength);

    public ReadOnlySpan<char> SocialWorkerKey => Keys.AsSpan(2 * IdLength, _separator - (2 * IdLength));
    public ReadOnlySpan<char> ReferenceKey => Keys.AsSpan(_separator + 1);

    public int Flags => (int)(Packed & (StageUnit - 1));
    public int Rag => Flags & 3;
    public bool MissingRationale => (Flags & MissingRationaleFlag) != 0;
    public bool SupervisionOverdue => (Flags & SupervisionOverdueFlag) != 0;
    public bool ReassessmentDue => (Flags & ReassessmentDueFlag) != 0;
    public EpisodeStage Stage => (EpisodeStage)((Packed / StageUnit) & 7);
    public int StartDayNumber => (int)((Packed / StartUnit) & DayMask);

    /// <summary>The next key date's day number plus one; 0 when there is none.</summary>
    public int NextDueNumber => (int)((Packed / NextDueUnit) & DayMask);

    public DateOnly? NextDue => NextDueNumber == 0 ? null : DateOnly.FromDayNumber(NextDueNumber - 1);

    /// <summary>The fact SQL would read for these values.</summary>
    public static SummaryFact Of(
        Guid caseId,
        Guid episodeId,
        string socialWorkerId,
        string reference,
        EpisodeStage stage,
        int startDayNumber,
        DateOnly? nextDue,
        int flags
    ) =>
        new(
            flags
                + ((long)stage * StageUnit)
                + (startDayNumber * StartUnit)
                + ((nextDue is { } due ? due.DayNumber + 1L : 0L) * NextDueUnit),
            $"{caseId.ToString().ToUpperInvariant()}{episodeId.ToString().ToUpperInvariant()}"
                + $"{socialWorkerId}{Separator}{reference}"
        );
}

/// <summary>The two values of a fact as the database returns them.</summary>
public sealed class SummaryFactColumns
{
    public long Packed { get; init; }
    public string Keys { get; init; } = "";
}
