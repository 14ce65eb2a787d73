using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Common.Validation;
using Plo.Domain.Calendar;
using Plo.Domain.Journey;

namespace Plo.Application.Overview.GetOverview;

public enum OverviewSort
{
    Rag,
    Weeks,
    NextDue,
}

/// <summary>
/// Every child in pre-proceedings that the user may see (or, with <c>Status = closed</c>, those whose
/// episode closed since a date), filtered, sorted and paged, with a summary: a fixed number of queries whatever the
/// number of children, the summary counting from one narrow row per active child (see <see cref="OverviewQueries"/>).
/// </summary>
[NotCaseScoped]
public sealed record GetOverviewQuery(
    string Status = "active",
    DateOnly? Since = null,
    string? Team = null,
    string? TeamManager = null,
    string? SocialWorker = null,
    EpisodeStage? Stage = null,
    Rag? Rag = null,
    bool? Overdue = null,
    bool? Unborn = null,
    int? MinWeeks = null,
    OverviewSort Sort = OverviewSort.Rag,
    int Page = 1,
    int PageSize = 50,
    bool AllRows = false,
    Guid? CaseId = null
) : IQuery<OverviewPage>;

public sealed class GetOverviewQueryHandler(
    IPloDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    WorkingDayCalendar calendar,
    IOptions<OverviewOptions> options,
    OverviewCache cache,
    OverviewFiguresCache figures,
    IConcurrentReads concurrently
) : IQueryHandler<GetOverviewQuery, OverviewPage>
{
    public async ValueTask<OverviewPage> Handle(GetOverviewQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        // What the user may see follows from who they are and the data; the data's version is the cache's concern.
        var key = $"{user.UserId}|{string.Join(',', user.Roles)}|{today:O}|{query}";
        return await cache.GetAsync(key, () => ComputeAsync(query, today, cancellationToken));
    }

    private async Task<OverviewPage> ComputeAsync(
        GetOverviewQuery query,
        DateOnly today,
        CancellationToken cancellationToken
    )
    {
        var queries = OverviewQueries.For(db, user, options.Value, calendar, today);
        var rows = queries.Rows(query.Status == "closed", query.Since ?? today.AddMonths(-12));

        // Staff and teams by id or by name, as a person would type them.
        rows =
            query.Team is not { } team ? rows
            : Guid.TryParse(team, out var teamId) ? rows.Where(r => r.TeamId == teamId)
            : rows.Where(r => r.TeamName == team);
        rows = query.TeamManager is { } tm ? rows.Where(r => r.TeamManagerId == tm || r.TeamManagerName == tm) : rows;
        rows = query.SocialWorker is { } sw
            ? rows.Where(r => r.SocialWorkerId == sw || r.SocialWorkerName == sw)
            : rows;
        rows = query.CaseId is { } caseId ? rows.Where(r => r.CaseId == caseId) : rows;
        rows = query.Stage is { } stage ? rows.Where(r => r.Stage == stage) : rows;
        rows = query.Rag is { } rag ? rows.Where(r => r.Rag == (int)rag) : rows;
        rows = query.Overdue is { } overdue ? rows.Where(r => r.Overdue == overdue) : rows;
        rows = query.Unborn is { } unborn ? rows.Where(r => (r.DateOfBirth == null) == unborn) : rows;
        // "at least N weeks in": started on or before today less N weeks
        rows = query.MinWeeks is { } weeks ? rows.Where(r => r.StartDate <= today.AddDays(-7 * weeks)) : rows;

        var sorted = Sorted(rows, query.Sort);
        // A page of every active child the user may see: the summary's facts are already these rows, so the page is
        // picked from them in memory (FactOrder) rather than asked of SQL.
        var unfiltered =
            query with { Page = 1, PageSize = 50, Sort = OverviewSort.Rag, AllRows = false } == new GetOverviewQuery();
        var (facts, history) = figures.Enabled
            ? await KeptFiguresAsync(queries, today, cancellationToken)
            : await OverviewFiguresReads.ReadAsync(queries, concurrently, cancellationToken);
        var summary = await queries.SummaryAsync(facts, history, cancellationToken);
        var held = summary.Caseloads.ToDictionary(c => c.UserId, c => c.ChildrenInPreProceedings);
        var skip = (query.Page - 1) * query.PageSize;
        var data = await queries.WithRationalesAsync(
            query.AllRows
                ? await sorted.ToListAsync(cancellationToken)
                : await PageAsync(
                    queries,
                    unfiltered
                        ? [.. FactOrder.Page(facts, query.Sort, skip, query.PageSize).Select(f => f.EpisodeId)]
                        : await sorted
                            .Skip(skip)
                            .Take(query.PageSize)
                            .Select(r => r.EpisodeId)
                            .ToListAsync(cancellationToken),
                    today,
                    cancellationToken
                ),
            cancellationToken
        );
        var total =
            query.AllRows ? data.Count
            : unfiltered ? facts.Count
            : await rows.CountAsync(cancellationToken);
        return new OverviewPage(
            [.. data.Select(r => OverviewRows.ToRow(r, today, options.Value, held))],
            query.Page,
            query.PageSize,
            total,
            summary
        );
    }

    /// <summary>The summary's inputs kept case by case for every case (<see cref="OverviewFiguresCache"/>): usually
    /// only the cases changed since the last read are read. A reader with a reach takes those of the cases they
    /// reach.</summary>
    private async Task<(IReadOnlyList<SummaryFact>, SummaryHistory)> KeptFiguresAsync(
        OverviewQueries queries,
        DateOnly today,
        CancellationToken ct
    )
    {
        var everyCase = OverviewQueries.ForEveryCase(db, options.Value, calendar, today);
        var current = await figures.GetAsync(
            today,
            cases => OverviewFiguresReads.ByCaseAsync(everyCase, concurrently, cases, ct),
            ct
        );
        if (!CaseReach.ReachesEveryCase(user))
        {
            current = current.Within(await queries.ReachedCasesAsync(ct));
        }

        return (current.Facts, current.History);
    }

    /// <summary>The order asked for; the episode's id last, so that pages never share or skip a row.</summary>
    private static IOrderedQueryable<OverviewData> Sorted(IQueryable<OverviewData> rows, OverviewSort sort) =>
        sort switch
        {
            OverviewSort.Weeks => rows.OrderBy(r => r.StartDate).ThenBy(r => r.Reference).ThenBy(r => r.EpisodeId),
            OverviewSort.NextDue => rows.OrderBy(r => r.NextDue == null)
                .ThenBy(r => r.NextDue)
                .ThenBy(r => r.Reference)
                .ThenBy(r => r.EpisodeId),
            _ => rows.OrderByDescending(r => r.Rag)
                .ThenBy(r => r.NextDue == null)
                .ThenBy(r => r.NextDue)
                .ThenBy(r => r.Reference)
                .ThenBy(r => r.EpisodeId),
        };

    /// <summary>
    /// The full rows of one page, read by episode id after the order and paging have picked them, so the per-row
    /// subqueries (names, last decision, letters) run for one page of rows, not for every child.
    /// </summary>
    private static async Task<List<OverviewData>> PageAsync(
        OverviewQueries queries,
        List<Guid> episodes,
        DateOnly today,
        CancellationToken ct
    )
    {
        // Every episode, not only active ones: the ids already say which, and a status filter here would lead SQLite
        // to walk every active episode instead of looking up these. The ids as one parameter (a JSON array): fifty
        // parameters cost EF and Microsoft.Data.Sqlite more to bind than the database to read the array.
        var details = await queries
            .Rows(closed: null, today)
            .Where(r => EF.Parameter(episodes).Contains(r.EpisodeId))
            .ToDictionaryAsync(r => r.EpisodeId, ct);
        return [.. episodes.Select(k => details[k])];
    }
}

public sealed class GetOverviewQueryValidator : PloValidator<GetOverviewQuery>
{
    public const int MaxPageSize = 500;

    public GetOverviewQueryValidator(TimeProvider clock)
    {
        RuleFor(q => q.Status).Must(s => s is "active" or "closed").WithMessage("Status is active or closed.");
        RuleFor(q => q.Since).NotInFuture(clock);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Rag).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.MinWeeks).InclusiveBetween(0, 520);
    }
}
