using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Plo.Application.Common.Exceptions;
using Plo.Application.Overview.GetCaseWork;
using Plo.Application.Overview.GetDashboard;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Journey;

namespace Plo.Api.Endpoints;

public static class OverviewEndpoints
{
    public static RouteGroupBuilder MapOverviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", Overview)
            .WithTags("Overview")
            .WithSummary(
                "Every child in pre-proceedings you may see, with RAG, key dates and a summary. Send Accept: text/csv "
                    + "for CSV."
            )
            .Produces<OverviewPage>(200)
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem();
        api.MapGet("/overview.csv", Csv)
            .WithTags("Overview")
            .WithSummary("The overview rows (all of them, filtered) as CSV for Excel.")
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem();
        api.MapGet(
                "/dashboard",
                (ISender s, CancellationToken ct, bool everyDraftLetter = false) =>
                    SenderResults.Query(s, new GetDashboardQuery(EveryDraftLetter: everyDraftLetter), ct)
            )
            .WithTags("Overview")
            .WithSummary(
                "What needs a manager now (overdue without a reason, past the expected end without an extension, "
                    + "letters waiting for approval, meetings without an outcome, carried-on actions overdue) and the "
                    + "dashboard charts' figures. everyDraftLetter=true lists every draft, however new."
            )
            .Produces<DashboardDto>(200);
        api.MapGet(
                "/case-work",
                (ISender s, CancellationToken ct, string? socialWorker = null, string? teamManager = null) =>
                    SenderResults.Query(s, new GetCaseWorkQuery(socialWorker, teamManager), ct)
            )
            .WithTags("Overview")
            .WithSummary(
                "For each open case you may see: written-agreement actions due by the end of this week (and how many "
                    + "are overdue) and letters in draft."
            )
            .Produces<IReadOnlyList<CaseWork>>(200)
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> Overview(
        [AsParameters] OverviewRequest request,
        ISender sender,
        HttpContext http,
        CancellationToken ct
    )
    {
        var wantsCsv = http.Request.Headers.Accept.Any(a =>
            a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true
        );
        return wantsCsv
            ? await Csv(request, sender, ct)
            : TypedResults.Ok(await sender.Send(request.ToQuery(allRows: false), ct));
    }

    private static async Task<FileContentHttpResult> Csv(
        [AsParameters] OverviewRequest request,
        ISender sender,
        CancellationToken ct
    )
    {
        var page = await sender.Send(request.ToQuery(allRows: true), ct);
        // UTF-8 with a byte-order mark, so Excel reads names with accents correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(OverviewCsv.Write(page.Rows))).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", "plo-overview.csv");
    }

    /// <summary>Query-string filters; names of stages, RAG and sorts are read in any case (rag=red,
    /// stage=InReview).</summary>
    public sealed record OverviewRequest(
        string? Status,
        DateOnly? Since,
        string? Team,
        string? TeamManager,
        string? SocialWorker,
        string? Stage,
        string? Rag,
        bool? Overdue,
        bool? Unborn,
        int? MinWeeks,
        string? Sort,
        int? Page,
        int? PageSize,
        Guid? CaseId
    )
    {
        public GetOverviewQuery ToQuery(bool allRows) =>
            new(
                Status ?? "active",
                Since,
                Team,
                TeamManager,
                SocialWorker,
                Parse<EpisodeStage>(Stage, "stage"),
                Parse<Rag>(Rag, "rag"),
                Overdue,
                Unborn,
                MinWeeks,
                Parse<OverviewSort>(Sort, "sort") ?? OverviewSort.Rag,
                Page ?? 1,
                PageSize ?? 50,
                allRows,
                CaseId
            );

        private static T? Parse<T>(string? value, string field)
            where T : struct, Enum =>
            value is null ? null
            : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw RequestValidationException.For(field, $"Use one of: {string.Join(", ", Enum.GetNames<T>())}.");
    }
}
