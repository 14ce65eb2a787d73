using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;
using Plo.Application.Common.Security;
using Plo.Application.Overview.GetOverview;
using Plo.Infrastructure.DemoData;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Overview;

/// <summary>
/// The summary's inputs are kept case by case for each reader and, after a change, only the cases it touched are read
/// again (<see cref="OverviewFiguresCache"/>). After each kind of change made through the API, the change must name
/// exactly its case, and every reader's overview must be the one computed from scratch: a senior manager's (every
/// case), the family's team manager's, and two social workers' (the family moves from one to the other and back).
/// </summary>
public class OverviewFiguresTests(CachedOverviewApiFactory api) : IClassFixture<CachedOverviewApiFactory>
{
    private sealed class Reader(string userId, string role) : ICurrentUser
    {
        public string UserId => userId;
        public IReadOnlyCollection<string> Roles => [role];
    }

    private static readonly Reader[] Readers =
    [
        new("sm-figures", Roles.SeniorManager),
        new("tm-1", Roles.TeamManager),
        new("user-1", Roles.SocialWorker),
        new("sw-figures-2", Roles.SocialWorker),
    ];

    private DataVersion Version => api.Services.GetRequiredService<DataVersion>();

    [Fact]
    public async Task After_each_change_the_overview_kept_case_by_case_is_the_one_computed_from_scratch()
    {
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(30, null, default);
        }

        await SameAsFromScratchAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var worker = api.ClientFor(Roles.SocialWorker, "user-1");
        // A first family puts its staff in the directory (a change to other data), so the next names only its case.
        // For a reader of every case, whose reach the directory does not decide, the first names only its case too.
        var beforeFirst = Version.Current;
        var first = await CaseRequests.OpenAsync(worker, CaseRequests.Family("user-1", "tm-1"));
        Assert.Null(Version.CasesChanged(beforeFirst, Version.Current));
        Assert.Equal([first.CaseId], Version.CasesChanged(beforeFirst, Version.Current, directoryAside: true) ?? []);
        // A retry-safe request: the key's own record is no change to the tracker's data.
        worker.DefaultRequestHeaders.Add("Idempotency-Key", $"open-{Guid.NewGuid():N}");
        var beforeOpening = Version.Current;
        var opened = await CaseRequests.OpenAsync(worker, CaseRequests.Family("user-1", "tm-1"));
        Assert.Equal([opened.CaseId], Version.CasesChanged(beforeOpening, Version.Current) ?? []);
        var journey = new JourneyDriver(api, opened.CaseId, 1);
        await journey.DecideAsync(new DateOnly(2026, 3, 2), "EnterPreProceedings");
        await SameAsFromScratchAsync();
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await SameAsFromScratchAsync();

        // A panel meeting belongs to no case, but its agenda names the cases it touches.
        var beforePanel = Version.Current;
        var panel = await journey.ScheduleGatewayMeetingAsync(new DateOnly(2026, 3, 12));
        Assert.Equal([journey.CaseId], Version.CasesChanged(beforePanel, Version.Current) ?? []);
        beforePanel = Version.Current;
        var added = await journey.Panel.PostAsJsonAsync(
            $"/api/gateway-meetings/{panel}/agenda",
            new { caseId = first.CaseId }
        );
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        Assert.Equal(
            new HashSet<Guid> { journey.CaseId, first.CaseId },
            (Version.CasesChanged(beforePanel, Version.Current) ?? []).ToHashSet()
        );
        await SameAsFromScratchAsync();

        api.ClientFor(Roles.SocialWorker, "sw-figures-2"); // in the staff directory
        var changes = new (string Path, HttpClient By, object Body, HttpMethod Method)[]
        {
            ("letter-sent", journey.Worker, new { sentOn = "2026-03-04" }, HttpMethod.Post),
            (
                "delay-rationales",
                journey.Senior,
                new
                {
                    reason = "ParentEngagement",
                    narrative = "Sam is in hospital this week.",
                    revisedDate = "2026-04-20",
                },
                HttpMethod.Post
            ),
            (
                "allocation/social-worker",
                journey.Manager,
                new { userId = "sw-figures-2", reason = "Sam Jordan is on long-term leave." },
                HttpMethod.Put
            ),
            (
                "allocation/social-worker",
                journey.Manager,
                new { userId = "user-1", reason = "Sam Jordan is back." },
                HttpMethod.Put
            ),
            (
                "exit",
                journey.Manager,
                new
                {
                    outcome = "SteppedDownToChildInNeedPlan",
                    on = "2026-03-05",
                    reason = "The family worked with the plan.",
                },
                HttpMethod.Post
            ),
        };
        foreach (var (path, by, body, method) in changes)
        {
            var before = Version.Current;
            await JourneyDriver.ItemAsync(await journey.ChangeAsync(by, path, body, method));

            Assert.Equal([journey.CaseId], Version.CasesChanged(before, Version.Current) ?? []);
            await SameAsFromScratchAsync();
        }
    }

    /// <summary>Each reader's first page and page of every child, by the kept figures and from scratch.</summary>
    private async Task SameAsFromScratchAsync()
    {
        var queries = new[] { new GetOverviewQuery(), new GetOverviewQuery(Sort: OverviewSort.Weeks, PageSize: 500) };
        foreach (var reader in Readers)
        {
            foreach (var query in queries)
            {
                Assert.Equal(
                    await OverviewAsync(reader, query, fromScratch: true),
                    await OverviewAsync(reader, query, fromScratch: false)
                );
            }
        }
    }

    private async Task<string> OverviewAsync(Reader reader, GetOverviewQuery query, bool fromScratch)
    {
        using var scope = api.Services.CreateScope();
        var services = scope.ServiceProvider;
        var none = Options.Create(new ReadCacheOptions { Seconds = 0 });
        var figures = fromScratch
            ? new OverviewFiguresCache(Version, api.Clock, none)
            : services.GetRequiredService<OverviewFiguresCache>();
        var handler = ActivatorUtilities.CreateInstance<GetOverviewQueryHandler>(
            services,
            reader,
            new OverviewCache(Version, api.Clock, none),
            figures
        );
        var page = await handler.Handle(query, default);
        Assert.True(page.Rows.Count > 0 || !reader.Roles.Contains(Roles.SeniorManager));
        return JsonSerializer.Serialize(page);
    }
}
