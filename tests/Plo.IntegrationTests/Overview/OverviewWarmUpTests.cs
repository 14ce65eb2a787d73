using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.Application.Overview.GetOverview;
using Plo.Infrastructure.DemoData;

namespace Plo.IntegrationTests.Overview;

/// <summary>A senior manager's overview figures are read ahead of them while in use (<see cref="OverviewWarmUp"/>),
/// so their read after the figures would have expired reads no case.</summary>
public class OverviewWarmUpTests(CachedOverviewApiFactory api) : IClassFixture<CachedOverviewApiFactory>
{
    [Fact]
    public async Task Figures_read_ahead_serve_the_next_read_after_the_first_would_have_expired()
    {
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(20, null, default);
        }

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var manager = api.ClientFor(Roles.SeniorManager, "sm-warm-up");
        var figures = api.Services.GetRequiredService<OverviewFiguresCache>();
        var first = await manager.GetFromJsonAsync<JsonElement>("/api/overview");
        var fullReads = figures.FullReads;

        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 21, TimeSpan.Zero));
        using (var scope = api.Services.CreateScope())
        {
            // The service behind it may have run first, in which case this run finds nothing due.
            await api
                .Services.GetRequiredService<OverviewWarmUp>()
                .RunAsync(
                    scope.ServiceProvider.GetRequiredService<IPloDbContext>(),
                    api.Services.GetRequiredService<IConcurrentReads>(),
                    default
                );
        }

        Assert.Equal(fullReads + 1, figures.FullReads);
        api.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 36, TimeSpan.Zero));
        var second = await manager.GetFromJsonAsync<JsonElement>("/api/overview");

        Assert.Equal(fullReads + 1, figures.FullReads);
        Assert.True(first.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }
}

/// <summary>The figures of every case are read at start, before the first request, and every reader's overview is
/// taken from them: a team manager's first read reads no case.</summary>
public class OverviewStartTests(CachedOverviewApiFactory api) : IClassFixture<CachedOverviewApiFactory>
{
    [Fact]
    public async Task Figures_read_at_start_serve_a_team_managers_first_read()
    {
        var figures = api.Services.GetRequiredService<OverviewFiguresCache>();
        Assert.True(figures.FullReads >= 1);
        string manager;
        using (var scope = api.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyntheticSeeder>().SeedAsync(20, null, default);
            manager = scope
                .ServiceProvider.GetRequiredService<IPloDbContext>()
                .Cases.Select(c => c.Allocation.TeamManagerId)
                .First();
            // As at start, now on the seeded data.
            await api
                .Services.GetRequiredService<OverviewWarmUp>()
                .StartAsync(
                    scope.ServiceProvider.GetRequiredService<IPloDbContext>(),
                    api.Services.GetRequiredService<IConcurrentReads>(),
                    default
                );
        }

        var fullReads = figures.FullReads;
        var page = await api.ClientFor(Roles.TeamManager, manager).GetFromJsonAsync<JsonElement>("/api/overview");

        Assert.Equal(fullReads, figures.FullReads);
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
    }
}
