using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Plo.Api.Endpoints;
using Plo.Api.Web;
using Plo.Application.Common.Behaviours;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Application.Overview;
using Plo.Application.Overview.GetDashboard;
using Plo.Application.Overview.GetOverview;
using Plo.Application.Staff;
using Plo.Application.Staff.ListStaff;
using Plo.Application.Staff.ListTeams;

namespace Plo.Api.Pages.Dashboard;

/// <summary>
/// The senior manager's dashboard: every child in pre-proceedings the user may see, what needs a manager now,
/// filters by name (every filter state in the query string), the CSV, and charts with their numbers.
/// </summary>
public sealed class IndexModel : PloPage
{
    public OverviewEndpoints.OverviewRequest Filter { get; private set; } = Empty;

    public OverviewPage? Overview { get; private set; }

    public DashboardDto? Dashboard { get; private set; }

    public IReadOnlyList<StaffMemberDto> Staff { get; private set; } = [];

    public IReadOnlyList<TeamDto> Teams { get; private set; } = [];

    public bool Closed => Filter.Status == "closed";

    /// <summary>From this many changes of social worker in 12 months a child's family is listed.</summary>
    public int WorkerChangesAmberFrom =>
        HttpContext.RequestServices.GetRequiredService<IOptions<OverviewOptions>>().Value.WorkerChangesAmberFrom;

    private static readonly OverviewEndpoints.OverviewRequest Empty = new(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null
    );

    public async Task<IActionResult> OnGetAsync([FromQuery] OverviewEndpoints.OverviewRequest filter)
    {
        Filter = filter;
        var ct = HttpContext.RequestAborted;
        // A filter the binder could not read (minWeeks=abc) is left out, and said so.
        foreach (var field in ModelState.Where(m => m.Value?.Errors.Count > 0).Select(m => m.Key))
        {
            Errors.Add(
                FieldPath.ToCamelCase(field),
                field.Equals("minWeeks", StringComparison.OrdinalIgnoreCase)
                    ? "Enter the weeks as a whole number, for example 16"
                    : "Choose one of the options"
            );
        }

        Staff = await Sender.Send(new ListStaffQuery(), ct);
        Teams = await Sender.Send(new ListTeamsQuery(), ct);
        Dashboard = await Sender.Send(new GetDashboardQuery(), ct);
        try
        {
            Overview = await Sender.Send(filter.ToQuery(allRows: false), ct);
        }
        catch (RequestValidationException e)
        {
            Errors.AddAll(e.Errors);
            Overview = await Sender.Send(Empty.ToQuery(allRows: false), ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] OverviewEndpoints.OverviewRequest filter)
    {
        var page = await Sender.Send(filter.ToQuery(allRows: true), HttpContext.RequestAborted);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(OverviewCsv.Write(page.Rows))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "plo-overview.csv");
    }

    public IEnumerable<Choice> PeopleWith(string role) =>
        Staff.Where(s => s.Roles.Contains(role)).Select(s => new Choice(s.DisplayName, s.DisplayName));

    public IEnumerable<Choice> SocialWorkers => PeopleWith(Roles.SocialWorker);

    public IEnumerable<Choice> TeamManagers => PeopleWith(Roles.TeamManager);

    /// <summary>This view's address with some filters changed, for sort links, paging and "remove filter".</summary>
    public string With(
        string? sort = null,
        int? page = null,
        string? status = null,
        bool clearFilters = false,
        string handler = ""
    )
    {
        var f = clearFilters ? Empty with { Status = Filter.Status } : Filter;
        var query = new Dictionary<string, string?>
        {
            ["status"] = status ?? f.Status,
            ["team"] = f.Team,
            ["teamManager"] = f.TeamManager,
            ["socialWorker"] = f.SocialWorker,
            ["stage"] = f.Stage,
            ["rag"] = f.Rag,
            ["overdue"] = f.Overdue?.ToString().ToLowerInvariant(),
            ["unborn"] = f.Unborn?.ToString().ToLowerInvariant(),
            ["minWeeks"] = f.MinWeeks?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = sort ?? f.Sort,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var path = handler.Length == 0 ? "/dashboard" : $"/dashboard/{handler}";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            path,
            query.Where(kv => !string.IsNullOrEmpty(kv.Value))!
        );
    }

    public int Pages =>
        Overview is null ? 1 : Math.Max(1, (int)Math.Ceiling(Overview.TotalCount / (double)Overview.PageSize));
}
