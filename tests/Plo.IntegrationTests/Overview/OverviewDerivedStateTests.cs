using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Security;
using Plo.Application.Overview.GetOverview;
using Plo.Domain.Calendar;
using Plo.Domain.Cases;
using Plo.Domain.Journey;
using Plo.Infrastructure.DemoData;
using Plo.Infrastructure.Persistence;

namespace Plo.IntegrationTests.Overview;

/// <summary>
/// The overview reads each case's rationale and extension state from columns kept current by every unit of work.
/// On a seeded database, at the seeding day and after rationales and expected ends have passed, its rows and summary
/// must be those the cases themselves give (what the query computed from the rationales and extensions before).
/// </summary>
public class OverviewDerivedStateTests(OverviewApiFactory api) : IClassFixture<OverviewApiFactory>
{
    private const int Families = 120;

    [Fact]
    public async Task Rows_and_summary_match_the_cases_on_any_day()
    {
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(Families, null, default);
        }

        var seeded = api.Clock.GetUtcNow();
        foreach (var days in new[] { 0, 10, 40, 90, 150 })
        {
            api.Clock.SetUtcNow(seeded.AddDays(days));
            var today = DateOnly.FromDateTime(api.Clock.GetUtcNow().UtcDateTime);
            var expected = await ExpectedAsync(today);
            var page = await api.ClientFor(Roles.SeniorManager, "sm-derived")
                .GetFromJsonAsync<JsonElement>("/api/overview?pageSize=500");
            var rows = page.GetProperty("rows").EnumerateArray().ToList();

            Assert.Equal(expected.Count, rows.Count);
            foreach (var row in rows)
            {
                var want = expected[row.GetProperty("childId").GetGuid()];
                Assert.Equal(want, Actual(row));
            }

            var summary = page.GetProperty("summary");
            Assert.Equal(expected.Count, summary.GetProperty("activeChildren").GetInt32());
            Assert.Equal(
                expected.Values.Select(r => r.CaseId).Distinct().Count(),
                summary.GetProperty("activeFamilies").GetInt32()
            );
            foreach (var rag in new[] { "red", "amber", "green" })
            {
                Assert.Equal(
                    expected.Values.Count(r => r.Rag == rag),
                    summary.GetProperty("byRag").GetProperty(rag).GetInt32()
                );
            }

            Assert.Equal(
                expected.Values.Count(r => r.RationaleStatus == "missing"),
                summary.GetProperty("overdueWithoutRationale").GetInt32()
            );
            Assert.Contains(expected.Values, r => r.Rag == "red");
            Assert.Contains(expected.Values, r => r.ReassessmentDueSince is not null);
            Assert.Equal(
                expected.Values.Count(r => r.ReassessmentDueSince is not null),
                summary.GetProperty("reassessmentsDue").GetInt32()
            );
            Assert.Equal(
                expected.Values.Count(r =>
                    string.CompareOrdinal(r.SupervisionDue, today.ToString("yyyy-MM-dd", null)) < 0
                ),
                summary.GetProperty("supervisionOverdue").GetInt32()
            );
            await SummaryAgreesWithRowsAsync(rows, summary);
            await ExitsAndKeyDatesMatchTheCasesAsync(summary, today);
        }
    }

    /// <summary>Exits and key dates met are read without their cases for a reader who reaches every case: they must
    /// still be what the cases hold.</summary>
    private async Task ExitsAndKeyDatesMatchTheCasesAsync(JsonElement summary, DateOnly today)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var cases = await db.Cases.AsNoTracking().AsSplitQuery().ToListAsync();
        var yearAgo = today.AddMonths(-12);
        var exits = cases
            .SelectMany(c => c.Episodes)
            .Where(e => e.ClosedOn >= yearAgo)
            .GroupBy(e => ExitGroups.Of(e.Outcome!.Value))
            .ToDictionary(
                g => JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString()),
                g =>
                    (
                        Children: g.Count(),
                        Weeks: g.Select(e => (e.ClosedOn!.Value.DayNumber - e.StartDate.DayNumber) / 7.0)
                    )
            );
        var reported = summary.GetProperty("exitsLast12Months").EnumerateArray().ToList();
        Assert.NotEmpty(reported);
        Assert.Equal(exits.Count, reported.Count);
        foreach (var exit in reported)
        {
            var want = exits[exit.GetProperty("outcome").GetString()!];
            Assert.Equal(want.Children, exit.GetProperty("children").GetInt32());
            Assert.Equal(
                OverviewQueries.Percentile([.. want.Weeks.Order()], 0.5),
                exit.GetProperty("medianWeeks").GetDouble()
            );
        }

        var met = cases.SelectMany(c => c.MetKeyDates).Where(k => k.MetOn > yearAgo).ToList();
        var figures = summary.GetProperty("keyDatesMetLast12Months");
        Assert.NotEmpty(met);
        Assert.Equal(met.Count, figures.GetProperty("met").GetInt32());
        Assert.Equal(met.Count(k => k.WorkingDaysLate == 0), figures.GetProperty("onTime").GetInt32());
    }

    /// <summary>The summary counts from its own narrow read, and the default page is taken from it: both must be what
    /// the full rows give.</summary>
    private async Task SummaryAgreesWithRowsAsync(List<JsonElement> rows, JsonElement summary)
    {
        foreach (var stage in summary.GetProperty("byStage").EnumerateObject())
        {
            Assert.Equal(rows.Count(r => r.GetProperty("stage").GetString() == stage.Name), stage.Value.GetInt32());
        }

        Assert.Equal(
            rows.Count(r => r.GetProperty("workerChangesAmber").GetBoolean()),
            summary.GetProperty("frequentWorkerChanges").GetInt32()
        );
        Assert.Equal(
            rows.Count(r => r.GetProperty("waitingForSocialWorker").GetBoolean()),
            summary.GetProperty("waitingForSocialWorker").GetInt32()
        );
        var held = rows.GroupBy(r => r.GetProperty("socialWorkerId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        var caseloads = summary.GetProperty("caseloads").EnumerateArray().ToList();
        Assert.Equal(held.Count, caseloads.Count);
        foreach (var caseload in caseloads)
        {
            Assert.Equal(
                held[caseload.GetProperty("userId").GetString()!],
                caseload.GetProperty("childrenInPreProceedings").GetInt32()
            );
        }

        // minWeeks=0 keeps every child but is a filter, so that page is ordered and paged by SQL.
        foreach (var sort in new[] { "rag", "weeks", "nextDue" })
        {
            var all = await api.ClientFor(Roles.SeniorManager, "sm-derived")
                .GetFromJsonAsync<JsonElement>($"/api/overview?pageSize=500&sort={sort}&minWeeks=0");
            var second = await api.ClientFor(Roles.SeniorManager, "sm-derived")
                .GetFromJsonAsync<JsonElement>($"/api/overview?page=2&sort={sort}");
            Assert.NotEmpty(ChildIds(second));
            Assert.Equal(ChildIds(all).Skip(50).Take(50), ChildIds(second));
        }
    }

    private static IEnumerable<Guid> ChildIds(JsonElement page) =>
        page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("childId").GetGuid());

    private sealed record Expected(
        Guid CaseId,
        string Rag,
        string RationaleStatus,
        int Extensions,
        string? NextDue,
        string? SupervisionDue,
        string? ReassessmentDueSince
    );

    private static Expected Actual(JsonElement row) =>
        new(
            row.GetProperty("caseId").GetGuid(),
            row.GetProperty("rag").GetString()!,
            row.GetProperty("rationaleStatus").GetString()!,
            row.GetProperty("extensionCount").GetInt32(),
            row.GetProperty("nextReviewDue").GetString(),
            row.GetProperty("supervisionDueOn").GetString(),
            row.GetProperty("reassessmentDueSince").GetString()
        );

    /// <summary>Each active child as its case gives it today, by the RAG rules as shipped (the defaults).</summary>
    private async Task<Dictionary<Guid, Expected>> ExpectedAsync(DateOnly today)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PloDbContext>();
        var amberLimit = new WorkingDayCalendar().AddWorkingDays(today, 5);
        var cases = await db
            .Cases.AsNoTracking()
            .AsSplitQuery()
            .Where(c => c.OpenedBy == SyntheticSeeder.SeedUser)
            .ToListAsync();
        return cases
            .SelectMany(c => c.Episodes.Where(e => e.ClosedOn is null).Select(e => (c, e)))
            .ToDictionary(x => x.e.ChildId, x => Expect(x.c, x.e.ExpectedEndDate, today, amberLimit));
    }

    private static Expected Expect(FamilyCase c, DateOnly expectedEnd, DateOnly today, DateOnly amberLimit)
    {
        var due = c.NextKeyDate?.DueOn;
        var overdue = due < today;
        var current = c.DelayRationales.Any(r => r.RevisedDate >= today);
        var extensions = c.Extensions.Count;
        var rag =
            (overdue && !current) || (expectedEnd < today && extensions == 0) ? "red"
            : (overdue && current) || (due >= today && due <= amberLimit) ? "amber"
            : "green";
        var status =
            !overdue ? "notNeeded"
            : current ? "recorded"
            : "missing";
        // Supervision and reassessment as the case's own schedule and records give them (the RAG's supervision rule is
        // off in this factory).
        var supervision = SupervisionSchedule
            .For(c, new WorkingDayCalendar(), today)
            .LastOrDefault(p => p.MetOn is null);
        var assessed = c.Assessments.Max(a => a.CompletedOn);
        var changed = c.SignificantChanges.Where(x => x.OccurredOn > assessed).Min(x => (DateOnly?)x.OccurredOn);
        return new Expected(
            c.Id,
            rag,
            status,
            extensions,
            due?.ToString("yyyy-MM-dd", null),
            supervision?.DueOn.ToString("yyyy-MM-dd", null),
            changed?.ToString("yyyy-MM-dd", null)
        );
    }
}
