using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Delay;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Delay;
using Plo.Domain.Gateway;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

/// <summary>One row per child's episode, flattened for SQL: every column is computed by the database.</summary>
public sealed class OverviewData
{
    public Guid CaseId { get; init; }
    public string Reference { get; init; } = "";
    public Guid EpisodeId { get; init; }
    public Guid ChildId { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? ExpectedDueDate { get; init; }
    public EpisodeStage Stage { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly ExpectedEndDate { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public ExitOutcome? Outcome { get; init; }
    public ReviewPointKind? NextKind { get; init; }
    public DateOnly? NextDue { get; init; }
    public bool RationaleCurrent { get; init; }

    /// <summary>The current rationale: its id from the row's query, the rationale itself read for those ids after
    /// (<see cref="OverviewQueries.WithRationalesAsync"/>).</summary>
    public Guid? RationaleId { get; init; }

    public OverviewRationale? Rationale { get; set; }
    public int Extensions { get; init; }
    public string SocialWorkerId { get; init; } = "";
    public string? SocialWorkerName { get; init; }
    public string TeamManagerId { get; init; } = "";
    public string? TeamManagerName { get; init; }
    public Guid? TeamId { get; init; }
    public string? TeamName { get; init; }
    public string? LegalAdviserId { get; init; }
    public DecisionOption? LastDecision { get; init; }
    public DateOnly? LastDecisionOn { get; init; }
    public DateOnly? LetterSentOn { get; init; }
    public int OverrideLetters { get; init; }
    public bool Overdue { get; init; }
    public int Rag { get; init; }
    public DateOnly? SupervisionDue { get; init; }
    public DateOnly? ReassessmentDueSince { get; init; }
    public int WorkerChanges { get; init; }
    public bool WaitingForSocialWorker { get; init; }
}

/// <summary>A family and its changes of social worker in the last 12 months, as the database returns them.</summary>
public sealed class WorkerChangeCount
{
    public Guid CaseId { get; init; }
    public int Changes { get; init; }
}

/// <summary>Exits of one outcome and length, as the database counts them.</summary>
public sealed class ExitCount
{
    public ExitOutcome? Outcome { get; init; }
    public int Days { get; init; }
    public int Children { get; init; }
}

/// <summary>Key dates met on time (or not), as the database counts them.</summary>
public sealed class KeyDatesMetCount
{
    public bool OnTime { get; init; }
    public int Count { get; init; }
}

/// <summary>An episode closed in the last 12 months, as the exits count it.</summary>
public sealed class ClosedEpisode
{
    public Guid CaseId { get; init; }
    public ExitOutcome? Outcome { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly ClosedOn { get; init; }
}

/// <summary>A key date met in the last 12 months, as the summary counts it.</summary>
public sealed class MetKeyDateRow
{
    public Guid CaseId { get; init; }
    public bool OnTime { get; init; }
}

/// <summary>The summary's figures from the last 12 months' history.</summary>
public sealed record SummaryHistory(
    HashSet<Guid> ChangedOften,
    List<ExitCount> Exits,
    List<KeyDatesMetCount> KeyDatesMet
);

/// <summary>The current rationale of a row, as the database returns it.</summary>
public sealed class OverviewRationale
{
    public Guid Id { get; init; }
    public DelayReason Reason { get; init; }
    public DateOnly RevisedDate { get; init; }
    public string Narrative { get; init; } = "";
    public DateOnly RecordedOn { get; init; }
    public string RecordedBy { get; init; } = "";
    public string? RecordedByName { get; init; }
}

/// <summary>The overview's queries: the rows (composable, so filters, sorting and paging run in SQL) and the
/// summary.</summary>
public sealed class OverviewQueries(
    IPloDbContext db,
    ICurrentUser user,
    OverviewOptions options,
    DateOnly today,
    DateOnly amberLimit
)
{
    /// <summary>Supervision due before this day is overdue by more than the red limit.</summary>
    private readonly DateOnly _supervisionRedBefore =
        options.RedWhenSupervisionOverdueDays > 0
            ? today.AddDays(-options.RedWhenSupervisionOverdueDays)
            : DateOnly.MinValue;

    private readonly DateTime _yearAgo = today.AddMonths(-12).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The queries for a reader and day, amber within the working days <paramref name="options"/>
    /// set.</summary>
    public static OverviewQueries For(
        IPloDbContext db,
        ICurrentUser user,
        OverviewOptions options,
        WorkingDayCalendar calendar,
        DateOnly today
    ) => new(db, user, options, today, calendar.AddWorkingDays(today, options.AmberWithinWorkingDays));

    /// <summary>These queries for the same reader and day on another context (a second connection).</summary>
    public OverviewQueries On(IPloDbContext other) => new(other, user, options, today, amberLimit);

    /// <summary>The queries for a day as a reader of every case: those of the figures every reader's are taken
    /// from.</summary>
    public static OverviewQueries ForEveryCase(
        IPloDbContext db,
        OverviewOptions options,
        WorkingDayCalendar calendar,
        DateOnly today
    ) => For(db, EveryCaseReader.Instance, options, calendar, today);

    /// <summary>The ids of the cases the user may see, to take their figures from those of every case.</summary>
    public Task<List<Guid>> ReachedCasesAsync(CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(CaseReach.VisibleTo(user, db)).Select(c => c.Id).ToListAsync(ct);

    /// <summary>No one in particular, reaching every case: the figures are read on behalf of every reader.</summary>
    private sealed class EveryCaseReader : ICurrentUser
    {
        public static readonly EveryCaseReader Instance = new();

        public string UserId => "plo-overview-figures";
        public IReadOnlyCollection<string> Roles => [Common.Security.Roles.SeniorManager];
    }

    /// <summary>The rows of the active episodes the user may see.</summary>
    public IQueryable<OverviewData> ActiveRows() => Rows(closed: false, today);

    /// <param name="closed">Episodes closed since <paramref name="since"/>, or the active ones; null for every episode,
    /// when the caller picks them by id.</param>
    /// <param name="since">The earliest day a closed episode ended.</param>
    public IQueryable<OverviewData> Rows(bool? closed, DateOnly since)
    {
        Expression<Func<Episode, bool>> episodes = closed switch
        {
            null => e => true,
            true => e => e.ClosedOn != null && e.ClosedOn >= since,
            false => e => e.ClosedOn == null,
        };
        var rows =
            from c in db.Cases.AsNoTracking().Where(CaseReach.VisibleTo(user, db))
            from e in c.Episodes.AsQueryable().Where(episodes)
            select new
            {
                c,
                e,
                // A correlated lookup rather than a join: queries that do not show the child (sorting keys, the
                // summary) skip it entirely.
                ch = c.Children.FirstOrDefault(ch => ch.Id == e.ChildId),
                NextDue = c.NextKeyDate == null ? (DateOnly?)null : c.NextKeyDate.DueOn,
                worker = db.Staff.FirstOrDefault(s => s.UserId == c.Allocation.SocialWorkerId),
                // Derived state kept current on the case by each unit of work, so the RAG is a comparison of columns.
                RationaleCurrent = c.RationaleValidUntil >= today,
                Extensions = c.ExtensionCount,
                SupervisionOverdue = c.SupervisionDueOn < today,
            };

        var data = rows.Select(x => new OverviewData
        {
            CaseId = x.c.Id,
            Reference = x.c.Reference,
            EpisodeId = x.e.Id,
            ChildId = x.e.ChildId,
            FirstName = x.ch!.FirstName,
            LastName = x.ch!.LastName,
            DateOfBirth = x.ch!.DateOfBirth,
            ExpectedDueDate = x.ch!.ExpectedDueDate,
            Stage = x.e.Stage,
            StartDate = x.e.StartDate,
            ExpectedEndDate = x.e.ExpectedEndDate,
            ClosedOn = x.e.ClosedOn,
            Outcome = x.e.Outcome,
            NextKind = x.c.NextKeyDate == null ? null : x.c.NextKeyDate.Kind,
            NextDue = x.NextDue,
            RationaleCurrent = x.RationaleCurrent,
            // Only the id here: SQL picks it for the rows it returns, where the whole rationale would be ranked for
            // every family before the join.
            RationaleId = x
                .c.DelayRationales.Where(r => r.RevisedDate >= today)
                .OrderByDescending(r => r.RecordedOn)
                .ThenByDescending(r => r.Id)
                .Select(r => (Guid?)r.Id)
                .FirstOrDefault(),
            Extensions = x.Extensions,
            SocialWorkerId = x.c.Allocation.SocialWorkerId,
            SocialWorkerName = x.worker!.DisplayName,
            TeamManagerId = x.c.Allocation.TeamManagerId,
            TeamManagerName = db
                .Staff.Where(s => s.UserId == x.c.Allocation.TeamManagerId)
                .Select(s => s.DisplayName)
                .FirstOrDefault(),
            TeamId = x.worker!.TeamId,
            TeamName = db.Teams.Where(t => t.Id == x.worker!.TeamId).Select(t => t.Name).FirstOrDefault(),
            LegalAdviserId = x.c.Allocation.LegalAdviserId,
            LastDecision = x
                .c.Decisions.OrderByDescending(d => d.DecidedOn)
                .Select(d => (DecisionOption?)d.Option)
                .FirstOrDefault(),
            LastDecisionOn = x
                .c.Decisions.OrderByDescending(d => d.DecidedOn)
                .Select(d => (DateOnly?)d.DecidedOn)
                .FirstOrDefault(),
            LetterSentOn = x.c.LetterSentOn,
            OverrideLetters = db.Letters.Count(l => l.CaseId == x.c.Id && l.OverrideReason != null),
            Overdue = x.e.ClosedOn == null && x.NextDue < today,
            Rag =
                x.e.ClosedOn == null
                && (
                    (options.RedWhenOverdueWithoutRationale && x.NextDue < today && !x.RationaleCurrent)
                    || (options.RedWhenPastEndWithoutExtension && x.e.ExpectedEndDate < today && x.Extensions == 0)
                    || x.c.SupervisionDueOn < _supervisionRedBefore
                )
                    ? (int)Rag.Red
                : x.e.ClosedOn == null
                && (
                    (options.AmberWhenOverdueWithRationale && x.NextDue < today && x.RationaleCurrent)
                    || (x.NextDue >= today && x.NextDue <= amberLimit)
                    || (options.AmberWhenSupervisionOverdue && x.SupervisionOverdue)
                )
                    ? (int)Rag.Amber
                : (int)Rag.Green,
            SupervisionDue = x.e.ClosedOn == null ? x.c.SupervisionDueOn : null,
            ReassessmentDueSince = x.e.ClosedOn == null ? x.c.ReassessmentDueSince : null,
            WorkerChanges = x.c.AllocationHistory.Count(a =>
                a.Role == AllocatedRole.SocialWorker && a.FromUserId != null && a.At >= _yearAgo
            ),
            // A case held by someone who is not a social worker (a team manager) waits for one.
            WaitingForSocialWorker = x.worker != null && !x.worker.Roles.Contains(Roles.SocialWorker),
        });
        return closed is not null && !CaseReach.ReachesEveryCase(user) ? data.TagWith(ReachedCasesFirstTag) : data;
    }

    /// <summary>Marks the rows of a reader who reaches some cases, not all: on SQLite they are read from those cases
    /// first, through the allocation's indexes (<c>SqliteIndexHints</c>). Without statistics SQLite starts from every
    /// active or closed episode and looks each case up, reading every child to find a team's.</summary>
    public const string ReachedCasesFirstTag = "Overview rows from the cases the reader reaches";

    /// <summary>The rationales with these ids, as a row shows them: one array parameter, whatever the count (a CSV of
    /// every child may name thousands).</summary>
    public IQueryable<OverviewRationale> Rationales(List<Guid> ids) =>
        db
            .Cases.SelectMany(c => c.DelayRationales)
            .Where(r => EF.Parameter(ids).Contains(r.Id))
            .Select(r => new OverviewRationale
            {
                Id = r.Id,
                Reason = r.Reason,
                RevisedDate = r.RevisedDate,
                // one more, so Shorten knows it was cut
                Narrative = r.Narrative.Substring(0, CurrentRationaleDto.NarrativeLength + 1),
                RecordedOn = r.RecordedOn,
                RecordedBy = r.RecordedBy,
                RecordedByName = db
                    .Staff.Where(s => s.UserId == r.RecordedBy)
                    .Select(s => s.DisplayName)
                    .FirstOrDefault(),
            });

    /// <summary>Reads the current rationale of each row that has one (one query, however many rows).</summary>
    public async Task<List<OverviewData>> WithRationalesAsync(List<OverviewData> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.RationaleId != null).Select(r => r.RationaleId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return rows;
        }

        var rationales = await Rationales(ids).ToDictionaryAsync(r => r.Id, ct);
        foreach (var row in rows.Where(r => r.RationaleId != null))
        {
            row.Rationale = rationales[row.RationaleId!.Value];
        }

        return rows;
    }

    /// <summary>What the summary needs of every active child the user may see: one scan of the rows, so every count,
    /// the caseloads and (for an unfiltered list) the page's order come from it. Unordered: sorting every active child
    /// costs SQLite more than the rest of the read, and in memory a page is picked without sorting them all.</summary>
    public IQueryable<SummaryFactColumns> Facts(IQueryable<OverviewData> activeRows) =>
        (CaseReach.ReachesEveryCase(user) ? activeRows.TagWith(FactsForEveryCaseTag) : activeRows).Select(
            r => new SummaryFactColumns
            {
                Packed =
                    r.Rag
                    + (r.Overdue && !r.RationaleCurrent ? SummaryFact.MissingRationaleFlag : 0)
                    + (r.SupervisionDue < today ? SummaryFact.SupervisionOverdueFlag : 0)
                    + (r.ReassessmentDueSince != null ? SummaryFact.ReassessmentDueFlag : 0)
                    // Stored by name (EF's converter); the number is the enum's (OverviewFactsTests checks each stage).
                    + (
                        r.Stage == EpisodeStage.AwaitingLetter ? 0L
                        : r.Stage == EpisodeStage.LetterSent ? 1L
                        : r.Stage == EpisodeStage.InitialMeetingHeld ? 2L
                        : r.Stage == EpisodeStage.InReview ? 3L
                        : r.Stage == EpisodeStage.DecisionDue ? 4L
                        : 5L
                    ) * SummaryFact.StageUnit
                    + r.StartDate.DayNumber * SummaryFact.StartUnit
                    + (r.NextDue == null ? 0L : r.NextDue.Value.DayNumber + 1L) * SummaryFact.NextDueUnit,
                Keys =
                    r.CaseId.ToString()
                    + r.EpisodeId.ToString()
                    + r.SocialWorkerId
                    + SummaryFact.Separator
                    + r.Reference,
            }
        );

    /// <summary>Marks the facts read for a user who reaches every case: on SQLite they are read through one index
    /// (<see cref="IPloDbContext.CommandFor"/>). Others' reads start from the cases they reach, which SQLite plans well
    /// alone.</summary>
    public const string FactsForEveryCaseTag = "Overview facts for every case";

    /// <summary>
    /// Runs <see cref="Facts"/> and reads its two columns straight from the data reader: one row per active child,
    /// where EF's general-purpose materialiser would cost more than the query itself.
    /// </summary>
    public Task<List<SummaryFact>> FactsAsync(IQueryable<OverviewData> activeRows, CancellationToken ct) =>
        RowsAsync<SummaryFactColumns, SummaryFact>(
            Facts(activeRows),
            reader =>
            {
                var (packed, keys) = (
                    reader.GetOrdinal(nameof(SummaryFactColumns.Packed)),
                    reader.GetOrdinal(nameof(SummaryFactColumns.Keys))
                );
                return row => new SummaryFact(row.GetInt64(packed), row.GetString(keys));
            },
            ct
        );

    /// <summary>Runs a query and reads its rows straight from the data reader, for reads of thousands of rows: EF's
    /// general-purpose materialiser costs more than the query itself (reading a case's id through it, three times what
    /// the data reader takes).</summary>
    /// <param name="query">The query, as EF translates it.</param>
    /// <param name="reading">Given the open reader (to look its columns up once), how to read each row.</param>
    /// <param name="ct">Ends the read.</param>
    private async Task<List<T>> RowsAsync<TQuery, T>(
        IQueryable<TQuery> query,
        Func<DbDataReader, Func<DbDataReader, T>> reading,
        CancellationToken ct
    )
    {
        await using var command = db.CommandFor(query);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var row = reading(reader);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(row(reader));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>What the summary counts from the last 12 months' history: independent of the active children's
    /// facts, so it can be read beside them on a second connection.</summary>
    public async Task<SummaryHistory> HistoryAsync(CancellationToken ct) =>
        new(
            (await ChangedOften().Select(c => c.CaseId).ToListAsync(ct)).ToHashSet(),
            await Exits().ToListAsync(ct),
            await KeyDatesMetCounts().ToListAsync(ct)
        );

    /// <summary>The history <see cref="HistoryAsync"/> counts, by case (<see cref="OverviewFigures"/>): of these
    /// cases, or of every case the user may see when null.</summary>
    public async Task<(
        HashSet<Guid> ChangedOften,
        List<CaseExitCount> Exits,
        List<CaseKeyDatesMet> Met
    )> HistoryByCaseAsync(IReadOnlySet<Guid>? cases, CancellationToken ct)
    {
        List<Guid>? ids = cases is null ? null : [.. cases];
        var changedOften = await ChangedOften(ids).Select(c => c.CaseId).ToListAsync(ct);
        return (
            [.. changedOften],
            await ExitsByCase(ids).ToListAsync(ct),
            // A row for nearly every case: read as the facts are.
            await RowsAsync<CaseKeyDatesMet, CaseKeyDatesMet>(
                KeyDatesMetByCase(ids),
                reader =>
                {
                    var (caseId, met, onTime) = (
                        reader.GetOrdinal(nameof(CaseKeyDatesMet.CaseId)),
                        reader.GetOrdinal(nameof(CaseKeyDatesMet.Met)),
                        reader.GetOrdinal(nameof(CaseKeyDatesMet.OnTime))
                    );
                    return row => new CaseKeyDatesMet
                    {
                        CaseId = row.GetGuid(caseId),
                        Met = row.GetInt32(met),
                        OnTime = row.GetInt32(onTime),
                    };
                },
                ct
            )
        );
    }

    /// <summary>As <see cref="Exits"/>, by case: of these cases, or of every case the user may see when
    /// null.</summary>
    public IQueryable<CaseExitCount> ExitsByCase(List<Guid>? cases) =>
        ClosedInYear(cases)
            .GroupBy(r => new
            {
                r.CaseId,
                r.Outcome,
                Days = r.ClosedOn.DayNumber - r.StartDate.DayNumber,
            })
            .Select(g => new CaseExitCount
            {
                CaseId = g.Key.CaseId,
                Outcome = g.Key.Outcome,
                Days = g.Key.Days,
                Children = g.Count(),
            });

    /// <summary>As <see cref="KeyDatesMetCounts"/>, by case: of these cases, or of every case the user may see when
    /// null.</summary>
    public IQueryable<CaseKeyDatesMet> KeyDatesMetByCase(List<Guid>? cases) =>
        // Grouped by the case alone, so SQLite groups in the order of the case's covering index (by the case and
        // lateness, it sorts every key date met first).
        MetInYear(cases)
            .GroupBy(k => k.CaseId)
            .Select(g => new CaseKeyDatesMet
            {
                CaseId = g.Key,
                Met = g.Count(),
                OnTime = g.Count(k => k.OnTime),
            });

    /// <summary>The rows of these cases (by their <c>CaseId</c> column), or every row when null.</summary>
    private static IQueryable<T> OfCases<T>(IQueryable<T> rows, List<Guid>? cases) =>
        cases is null ? rows : rows.Where(r => cases.Contains(EF.Property<Guid>(r!, "CaseId")));

    /// <summary>Counts and percentiles over the active children's facts (<see cref="Facts"/>), with exits and key
    /// dates met in the last 12 months (<see cref="HistoryAsync"/>).</summary>
    public async Task<OverviewSummary> SummaryAsync(
        IReadOnlyList<SummaryFact> facts,
        SummaryHistory history,
        CancellationToken ct
    )
    {
        var (changedOften, exits, met) = history;
        var tally = FactTally.Of(facts, today, changedOften);
        var caseloads = await CaseloadsAsync(tally.HeldBy, ct);
        var (metCount, onTime) = (met.Sum(m => m.Count), met.Where(m => m.OnTime).Sum(m => m.Count));

        return new OverviewSummary(
            facts.Count,
            tally.Families,
            tally.ByStage,
            tally.ByRag,
            Percentile(tally.Weeks, 0.5),
            Percentile(tally.Weeks, 0.9),
            tally.Weeks.Count(w => w > options.ExpectedWeeks),
            tally.MissingRationale,
            [
                .. exits
                    .GroupBy(e => ExitGroups.Of(e.Outcome!.Value))
                    .OrderBy(g => g.Key)
                    .Select(g => new ExitSummary(
                        g.Key,
                        g.Sum(e => e.Children),
                        Percentile([.. g.SelectMany(e => Enumerable.Repeat(e.Days / 7.0, e.Children)).Order()], 0.5)
                    )),
            ],
            new KeyDatesMet(metCount, onTime, metCount == 0 ? null : Math.Round(100.0 * onTime / metCount, 1)),
            tally.SupervisionOverdue,
            tally.ReassessmentDue,
            caseloads.Where(c => c.HoldingForSocialWorker).Sum(c => c.ChildrenInPreProceedings),
            tally.InChangedOftenFamilies,
            caseloads
        );
    }

    /// <summary>Episodes closed in the last 12 months, counted by outcome and length in days by the database (reading
    /// two dates for each exit would cost more).</summary>
    public IQueryable<ExitCount> Exits() =>
        ClosedInYear(null)
            .GroupBy(r => new { r.Outcome, Days = r.ClosedOn.DayNumber - r.StartDate.DayNumber })
            .Select(g => new ExitCount
            {
                Outcome = g.Key.Outcome,
                Days = g.Key.Days,
                Children = g.Count(),
            });

    /// <summary>Key dates met in the last 12 months, on time or not: two rows.</summary>
    public IQueryable<KeyDatesMetCount> KeyDatesMetCounts() =>
        MetInYear(null).GroupBy(k => k.OnTime).Select(g => new KeyDatesMetCount { OnTime = g.Key, Count = g.Count() });

    /// <summary>The episodes closed in the last 12 months that the user may see: of these cases, or of every case
    /// when null.</summary>
    private IQueryable<ClosedEpisode> ClosedInYear(List<Guid>? cases)
    {
        var yearAgo = today.AddMonths(-12);
        // Without a reach to apply, closed episodes are read without their cases (a join per row saved).
        if (CaseReach.ReachesEveryCase(user))
        {
            return OfCases(db.Episodes.Where(e => e.ClosedOn != null && e.ClosedOn >= yearAgo), cases)
                .Select(e => new ClosedEpisode
                {
                    CaseId = EF.Property<Guid>(e, "CaseId"),
                    Outcome = e.Outcome,
                    StartDate = e.StartDate,
                    ClosedOn = e.ClosedOn!.Value,
                });
        }

        var reached = Rows(closed: true, yearAgo);
        return (cases is null ? reached : reached.Where(r => cases.Contains(r.CaseId))).Select(r => new ClosedEpisode
        {
            CaseId = r.CaseId,
            Outcome = r.Outcome,
            StartDate = r.StartDate,
            ClosedOn = r.ClosedOn!.Value,
        });
    }

    /// <summary>The key dates met in the last 12 months that the user may see: of these cases, or of every case when
    /// null.</summary>
    private IQueryable<MetKeyDateRow> MetInYear(List<Guid>? cases)
    {
        var yearAgo = today.AddMonths(-12);
        // As for exits: no join to the case without a reach to apply (a covering index serves the rest).
        if (CaseReach.ReachesEveryCase(user))
        {
            return OfCases(db.MetKeyDates.Where(k => k.MetOn > yearAgo), cases)
                .Select(k => new MetKeyDateRow
                {
                    CaseId = EF.Property<Guid>(k, "CaseId"),
                    OnTime = k.WorkingDaysLate == 0,
                });
        }

        var reached = db.Cases.Where(CaseReach.VisibleTo(user, db));
        // The case's id taken by a result selector: a projection inside the collection would need APPLY.
        return (cases is null ? reached : reached.Where(c => cases.Contains(c.Id)))
            .SelectMany(
                c => c.MetKeyDates,
                (c, k) =>
                    new
                    {
                        c.Id,
                        k.MetOn,
                        k.WorkingDaysLate,
                    }
            )
            .Where(k => k.MetOn > yearAgo)
            .Select(k => new MetKeyDateRow { CaseId = k.Id, OnTime = k.WorkingDaysLate == 0 });
    }

    /// <summary>
    /// The families whose social worker changed at least <see cref="OverviewOptions.WorkerChangesAmberFrom"/> times in
    /// the last 12 months, with how many times: one pass over the allocation history, where a count per child would
    /// look it up for every child.
    /// </summary>
    /// <param name="cases">Only these families; every family when null.</param>
    public IQueryable<WorkerChangeCount> ChangedOften(List<Guid>? cases = null) =>
        OfCases(
                db.AllocationChanges.Where(a =>
                    a.Role == AllocatedRole.SocialWorker && a.FromUserId != null && a.At >= _yearAgo
                ),
                cases
            )
            .GroupBy(a => EF.Property<Guid>(a, "CaseId"))
            .Where(g => g.Count() >= options.WorkerChangesAmberFrom)
            .Select(g => new WorkerChangeCount { CaseId = g.Key, Changes = g.Count() });

    /// <summary>Children in pre-proceedings held by each member of staff in the social worker's place, with what the
    /// staff directory knows of them.</summary>
    private async Task<List<Caseload>> CaseloadsAsync(IReadOnlyDictionary<string, int> heldBy, CancellationToken ct)
    {
        var held = heldBy.Select(h => new { UserId = h.Key, Children = h.Value }).ToList();
        var ids = held.Select(h => h.UserId).ToList();
        var staff = await db
            .Staff.AsNoTracking()
            // One array parameter: a parameter per member of staff cost more to bind than the query to run.
            .Where(s => EF.Parameter(ids).Contains(s.UserId))
            .Select(s => new
            {
                s.UserId,
                s.DisplayName,
                s.Roles,
                s.TotalCaseload,
                Team = db.Teams.Where(t => t.Id == s.TeamId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(s => s.UserId, ct);
        return
        [
            .. held.Select(h =>
                    staff.TryGetValue(h.UserId, out var s)
                        ? new Caseload(
                            h.UserId,
                            s.DisplayName,
                            s.Team,
                            h.Children,
                            s.TotalCaseload,
                            !s.Roles.Contains(Roles.SocialWorker),
                            h.Children > options.CaseloadAmberAbove || s.TotalCaseload > options.TotalCaseloadAmberAbove
                        )
                        : new Caseload(h.UserId, null, null, h.Children, null, false, false)
                )
                .OrderBy(c => c.Team ?? "\uffff", StringComparer.Ordinal)
                .ThenByDescending(c => c.ChildrenInPreProceedings)
                .ThenBy(c => c.Name ?? c.UserId, StringComparer.Ordinal),
        ];
    }

    /// <summary>Linear interpolation between closest ranks of a sorted list; 0 when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return Math.Round(sorted[low] + ((sorted[high] - sorted[low]) * (rank - low)), 1);
    }
}
