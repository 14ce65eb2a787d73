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
/// episode closed since a date), filtered, sorted and paged, with a summary. Computed by the database
/// in four queries whatever the number of children (see <see cref="OverviewQueries"/>).
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
    OverviewCache cache
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
        var queries = new OverviewQueries(
            db,
            user,
            options.Value,
            today,
            calendar.AddWorkingDays(today, options.Value.AmberWithinWorkingDays)
        );
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

        var sorted = query.Sort switch
        {
            OverviewSort.Weeks => rows.OrderBy(r => r.StartDate).ThenBy(r => r.Reference),
            OverviewSort.NextDue => rows.OrderBy(r => r.NextDue == null)
                .ThenBy(r => r.NextDue)
                .ThenBy(r => r.Reference),
            _ => rows.OrderByDescending(r => r.Rag)
                .ThenBy(r => r.NextDue == null)
                .ThenBy(r => r.NextDue)
                .ThenBy(r => r.Reference),
        };

        var data = query.AllRows
            ? await sorted.ToListAsync(cancellationToken)
            : await PageAsync(rows, sorted, query, cancellationToken);
        var summary = await queries.SummaryAsync(cancellationToken);
        var held = summary.Caseloads.ToDictionary(c => c.UserId, c => c.ChildrenInPreProceedings);
        var unfiltered =
            query with { Page = 1, PageSize = 50, Sort = OverviewSort.Rag, AllRows = false } == new GetOverviewQuery();
        var total =
            query.AllRows ? data.Count
            : unfiltered ? summary.ActiveChildren // the summary has just counted exactly these rows
            : await rows.CountAsync(cancellationToken);
        return new OverviewPage(
            [.. data.Select(r => OverviewRows.ToRow(r, today, options.Value, held))],
            query.Page,
            query.PageSize,
            total,
            summary
        );
    }

    /// <summary>
    /// Sorts and pages on the few columns the order needs, then reads the full rows for that page only,
    /// so the per-row subqueries (last decision, letters) run for 50 rows, not for every child.
    /// </summary>
    private static async Task<List<OverviewData>> PageAsync(
        IQueryable<OverviewData> rows,
        IQueryable<OverviewData> sorted,
        GetOverviewQuery query,
        CancellationToken ct
    )
    {
        var keys = await sorted
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(r => r.ChildId)
            .ToListAsync(ct);
        var details = await rows.Where(r => keys.Contains(r.ChildId)).ToDictionaryAsync(r => r.ChildId, ct);
        return [.. keys.Select(k => details[k])];
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
